"use client";

import { useCallback } from "react";
import { saveIssueTextAction } from "@/lib/actions/issues";
import { ConflictPanel } from "./conflict-panel";
import { MarkdownPreview } from "./markdown-preview";
import { SaveStatus } from "./save-status";
import { TextArea } from "./text-area";
import { useAutosave } from "./use-autosave";

const FIELDS = [
  { name: "title", label: "Title" },
  { name: "intro", label: "Introduction" },
  { name: "closing", label: "Closing note" },
];

type Props = { issueId: string; version: number; title: string; intro: string; closing: string };

export function IssueTextEditor({ issueId, version, title, intro, closing }: Props) {
  const save = useCallback(
    (values: { title: string; intro: string; closing: string }, baseVersion: number) => saveIssueTextAction({ issueId, baseVersion, ...values }),
    [issueId],
  );
  const { values, status, setField, keepMine, takeTheirs } = useAutosave({
    storageKey: `picks:draft:issue:${issueId}`,
    initial: { title, intro, closing },
    initialVersion: version,
    save,
  });
  return (
    <section aria-labelledby="issue-text-heading" className="space-y-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="issue-text-heading" className="text-lg font-semibold">
          Issue text
        </h2>
        <SaveStatus status={status} label="Save state of the issue text" />
      </div>
      <div>
        <label htmlFor="issue-title" className="block text-sm font-medium">
          Title
        </label>
        <input
          id="issue-title"
          value={values.title}
          onChange={(e) => setField("title", e.target.value)}
          className="mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-gray-900 focus-visible:outline-2 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <TextArea id="issue-intro" label="Introduction" rows={5} value={values.intro} onChange={(e) => setField("intro", e.target.value)} />
        <MarkdownPreview source={values.intro} label="Preview: Introduction" />
        <TextArea id="issue-closing" label="Closing note" rows={3} value={values.closing} onChange={(e) => setField("closing", e.target.value)} />
        <MarkdownPreview source={values.closing} label="Preview: Closing note" />
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
    </section>
  );
}
