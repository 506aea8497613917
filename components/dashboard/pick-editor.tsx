"use client";

import { useActionState, useCallback } from "react";
import { movePickAction, refreshPaperAction, removePickAction, savePickTextAction } from "@/lib/actions/picks";
import type { EditorPick } from "@/lib/data/issue-editor";
import { authorsLine } from "@/lib/format";
import { ConflictPanel } from "./conflict-panel";
import { PickFigures } from "./figure-form";
import { MarkdownPreview } from "./markdown-preview";
import { PickTopics } from "./pick-topics";
import { SaveStatus } from "./save-status";
import { TextArea } from "./text-area";
import { useAutosave } from "./use-autosave";

const FIELDS = [
  { name: "why", label: "Why" },
  { name: "keyInsights", label: "Key insights" },
];

const smallButton =
  "rounded border border-gray-300 px-2 py-1 text-xs hover:bg-gray-50 focus-visible:outline-2 disabled:opacity-40 dark:border-gray-700 dark:hover:bg-gray-900";

export function PickEditor({ pick, isFirst, isLast, historyHref }: { pick: EditorPick; isFirst: boolean; isLast: boolean; historyHref: string }) {
  const save = useCallback(
    (values: { why: string; keyInsights: string }, baseVersion: number) => savePickTextAction({ pickId: pick.id, baseVersion, ...values }),
    [pick.id],
  );
  const { values, status, setField, keepMine, takeTheirs } = useAutosave({
    storageKey: `picks:draft:pick:${pick.id}`,
    initial: { why: pick.why, keyInsights: pick.keyInsights },
    initialVersion: pick.version,
    save,
  });
  const [refreshState, refresh, refreshing] = useActionState(refreshPaperAction, null);
  const headingId = `pick-${pick.id}-title`;
  const { paper, revision } = pick;

  return (
    <article aria-labelledby={headingId} className="rounded border border-gray-200 p-4 dark:border-gray-800">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-xs text-gray-500">
            #{pick.position} · arXiv {paper.arxivId} · pick written about v{pick.paperVersion}
          </p>
          <h3 id={headingId} className="text-lg font-semibold">
            <a href={paper.absUrl} className="hover:underline">
              {paper.title}
            </a>
          </h3>
          <p className="text-sm text-gray-600 dark:text-gray-400">{authorsLine(paper.authors)}</p>
        </div>
        <div className="flex flex-wrap gap-1">
          <form action={movePickAction}>
            <input type="hidden" name="pickId" value={pick.id} />
            <input type="hidden" name="direction" value="up" />
            <button type="submit" className={smallButton} disabled={isFirst}>
              Move up
            </button>
          </form>
          <form action={movePickAction}>
            <input type="hidden" name="pickId" value={pick.id} />
            <input type="hidden" name="direction" value="down" />
            <button type="submit" className={smallButton} disabled={isLast}>
              Move down
            </button>
          </form>
          <a href={historyHref} className={smallButton}>
            History
          </a>
          <form action={refresh}>
            <input type="hidden" name="paperId" value={paper.id} />
            <button type="submit" className={smallButton} disabled={refreshing}>
              {refreshing ? "Refreshing…" : "Refresh metadata"}
            </button>
          </form>
          <form
            action={removePickAction}
            onSubmit={(e) => {
              if ((values.why || values.keyInsights) && !window.confirm("Remove this pick and its commentary from the issue?")) e.preventDefault();
            }}
          >
            <input type="hidden" name="pickId" value={pick.id} />
            <button type="submit" className={smallButton}>
              Remove
            </button>
          </form>
        </div>
      </div>
      {refreshState && (
        <p role="status" className={`mt-2 text-sm ${refreshState.ok ? "text-gray-700 dark:text-gray-300" : "text-red-700 dark:text-red-400"}`}>
          {refreshState.message}
        </p>
      )}
      {revision && (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p className="font-medium">
            revised since this pick (v{revision.fromVersion} → v{revision.toVersion})
          </p>
          {revision.title && (
            <p className="mt-1">
              Title was “{revision.title.before}”, now “{revision.title.after}”.
            </p>
          )}
          {revision.abstract && (
            <details className="mt-1">
              <summary>The abstract changed</summary>
              <div className="mt-2 grid gap-2 md:grid-cols-2">
                <p>
                  <strong>v{revision.fromVersion}:</strong> {revision.abstract.before}
                </p>
                <p>
                  <strong>v{revision.toVersion}:</strong> {revision.abstract.after}
                </p>
              </div>
            </details>
          )}
          {!revision.earlierTextKnown && <p className="mt-1">The text of v{revision.fromVersion} was never fetched, so changes cannot be shown.</p>}
          {revision.earlierTextKnown && !revision.title && !revision.abstract && <p className="mt-1">Title and abstract are unchanged.</p>}
        </div>
      )}
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <TextArea
            id={`why-${pick.id}`}
            label="Why"
            hint="Markdown; $…$ and $$…$$ for math"
            rows={6}
            value={values.why}
            onChange={(e) => setField("why", e.target.value)}
          />
          <TextArea id={`insights-${pick.id}`} label="Key insights" rows={6} value={values.keyInsights} onChange={(e) => setField("keyInsights", e.target.value)} />
          <SaveStatus status={status} label={`Save state of ${paper.title}`} />
        </div>
        <div className="space-y-3">
          <MarkdownPreview source={values.why} label="Preview: Why" />
          <MarkdownPreview source={values.keyInsights} label="Preview: Key insights" />
        </div>
      </div>
      <div className="mt-4">
        <PickTopics pick={pick} />
      </div>
      <div className="mt-4">
        <PickFigures pick={pick} />
      </div>
      {status.kind === "conflict" && (
        <ConflictPanel
          message={status.message}
          fields={FIELDS}
          mine={values}
          theirs={status.theirs}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
        />
      )}
    </article>
  );
}
