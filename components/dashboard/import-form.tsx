"use client";

import { useActionState } from "react";
import { importIntoIssueAction } from "@/lib/actions/picks";

/** Paste ids or URLs; on any failure the pasted text stays in the field. */
export function ImportForm({ issueId }: { issueId: string }) {
  const [state, action, pending] = useActionState(importIntoIssueAction, null);
  const error = state && !state.ok ? state.message : null;
  return (
    <form action={action} className="space-y-2" aria-labelledby="import-heading">
      <h2 id="import-heading" className="text-lg font-semibold">
        Add papers
      </h2>
      <input type="hidden" name="issueId" value={issueId} />
      <label htmlFor="import-ids" className="block text-sm font-medium">
        arXiv ids or URLs
      </label>
      <p id="import-hint" className="text-xs text-gray-500">
        One or many, separated by spaces, commas or new lines: 2103.03206v2, arXiv:2103.03206, https://arxiv.org/abs/…, hep-th/9711200
      </p>
      <textarea
        id="import-ids"
        name="ids"
        rows={3}
        // React resets the form after the action; a failed import puts back what was pasted.
        defaultValue={state && !state.ok ? state.values?.ids : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "import-hint import-error" : "import-hint"}
        className="block w-full rounded border border-gray-300 bg-white px-3 py-2 font-mono text-sm text-gray-900 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 disabled:opacity-60">
          {pending ? "Importing…" : "Import"}
        </button>
        <p role="status" className="text-sm">
          {pending ? "Asking arXiv… (requests are spaced a few seconds apart)" : state?.ok ? state.data.message : ""}
        </p>
      </div>
      {error && (
        <p id="import-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
