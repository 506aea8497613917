"use client";

import { useActionState } from "react";
import { publishAction, scheduleAction, submitForReviewAction, unpublishAction } from "@/lib/actions/issues";
import type { IssueStatus } from "@/lib/generated/prisma/enums";

const button = "rounded px-3 py-1.5 text-sm font-medium focus-visible:outline-2 disabled:opacity-60";

type State = { ok: boolean; message: string } | null;

function Message({ state }: { state: State }) {
  if (!state) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}>
      {state.message}
    </p>
  );
}

export function WorkflowPanel({ issueId, status, canPublish }: { issueId: string; status: IssueStatus; canPublish: boolean }) {
  const [submitState, submit, submitting] = useActionState(submitForReviewAction, null);
  const [publishState, publish, publishing] = useActionState(publishAction, null);
  const [scheduleState, schedule, scheduling] = useActionState(scheduleAction, null);
  const [unpublishState, unpublish, unpublishing] = useActionState(unpublishAction, null);
  const isPublic = status === "PUBLISHED" || status === "SCHEDULED";
  return (
    <section aria-labelledby="workflow-heading" className="space-y-2 rounded border border-gray-200 p-3 dark:border-gray-800">
      <h2 id="workflow-heading" className="text-sm font-semibold uppercase tracking-wide text-gray-500">
        Publication
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        {(status === "DRAFT" || status === "UNPUBLISHED") && (
          <form action={submit}>
            <input type="hidden" name="issueId" value={issueId} />
            <button type="submit" disabled={submitting} className={`${button} bg-gray-800 text-white hover:bg-gray-900`}>
              Submit for review
            </button>
          </form>
        )}
        {canPublish && status !== "PUBLISHED" && (
          <form action={publish}>
            <input type="hidden" name="issueId" value={issueId} />
            <button type="submit" disabled={publishing} className={`${button} bg-green-700 text-white hover:bg-green-800`}>
              Publish
            </button>
          </form>
        )}
        {canPublish && status !== "PUBLISHED" && (
          <form
            action={(formData: FormData) => {
              const local = String(formData.get("local") ?? "");
              // datetime-local is the editor's local time; the server gets an absolute instant.
              formData.set("at", local ? new Date(local).toISOString() : "");
              schedule(formData);
            }}
            className="flex items-end gap-2"
          >
            <input type="hidden" name="issueId" value={issueId} />
            <div>
              <label htmlFor="publish-at" className="block text-xs font-medium">
                Publish at
              </label>
              <input id="publish-at" name="local" type="datetime-local" required className="rounded border border-gray-300 px-2 py-1 text-sm dark:border-gray-700 dark:bg-gray-900" />
            </div>
            <button type="submit" disabled={scheduling} className={`${button} border border-gray-400 hover:bg-gray-50 dark:hover:bg-gray-900`}>
              Schedule
            </button>
          </form>
        )}
        {canPublish && isPublic && (
          <form action={unpublish}>
            <input type="hidden" name="issueId" value={issueId} />
            <button type="submit" disabled={unpublishing} className={`${button} border border-red-400 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950`}>
              Unpublish
            </button>
          </form>
        )}
      </div>
      {!canPublish && status === "IN_REVIEW" && <p className="text-sm text-gray-600">Waiting for an editor to publish.</p>}
      <Message state={submitState} />
      <Message state={publishState} />
      <Message state={scheduleState} />
      <Message state={unpublishState} />
    </section>
  );
}
