"use client";

import { useActionState } from "react";
import { restoreRevisionAction } from "@/lib/actions/revisions";
import { FormStatus } from "@/components/ui/form-status";

/** Restores one revision, based on the version the page was showing (so a stale page gets a conflict). */
export function RestoreRevisionButton({ revisionId, version, baseVersion }: { revisionId: string; version: number; baseVersion: number }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" disabled={pending} className="rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-100 disabled:opacity-60 dark:border-gray-700 dark:hover:bg-gray-800">
        {pending ? "Restoring…" : `Restore version ${version}`}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
