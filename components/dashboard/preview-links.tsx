"use client";

import { useActionState } from "react";
import { createPreviewLinkAction, revokePreviewLinkAction } from "@/lib/actions/preview-links";
import { Field } from "@/components/ui/field";
import { FormStatus, buttonClass, errorsOf, kept, secondaryButtonClass } from "@/components/ui/form-status";

/** Creates a private preview link; the address is shown once (only its hash is stored). */
export function CreatePreviewLinkForm({ issueId }: { issueId: string }) {
  const [state, action, pending] = useActionState(createPreviewLinkAction, null);
  const errors = errorsOf(state);
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <div className="space-y-3">
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="issueId" value={issueId} />
        <div className="w-40">
          <Field id="days" label="Expires after (days)" inputMode="numeric" defaultValue={kept(state, "days", "7")} errors={errors.days} />
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Creating…" : "Create preview link"}
        </button>
      </form>
      {state && !state.ok && !errors.days && <FormStatus state={state} />}
      {state?.ok && (
        <div role="status" className="space-y-1 rounded border border-green-300 bg-green-50 p-3 text-sm dark:border-green-800 dark:bg-green-950">
          <label htmlFor="preview-link-url" className="block font-medium">
            Preview link
          </label>
          <input id="preview-link-url" readOnly value={`${origin}${state.data.path}`} className="block w-full rounded border border-gray-300 bg-white px-2 py-1 font-mono text-xs dark:border-gray-700 dark:bg-gray-900" onFocus={(e) => e.currentTarget.select()} />
          <p>Copy it now: it is shown only once. Anyone with it can read this issue until {new Date(state.data.expiresAt).toUTCString()} or until it is revoked.</p>
        </div>
      )}
    </div>
  );
}

export function RevokePreviewLinkButton({ linkId, label }: { linkId: string; label: string }) {
  const [state, action, pending] = useActionState(revokePreviewLinkAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" disabled={pending} className={secondaryButtonClass} aria-label={label}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
