"use client";

import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/form-status";

/** A freshly made invitation link, shown once (only its hash is stored), with a copy button. */
export function InvitationLink({ id, link, emailed, emailError }: { id: string; link: string; emailed: boolean; emailError?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="mt-3 rounded border border-green-300 bg-green-50 p-3 text-sm dark:border-green-800 dark:bg-green-950">
      <p>
        {emailed ? "Invitation emailed. " : "Invitation created. "}
        {emailError ? `${emailError} ` : null}
        Copy the link now: it is shown only once and works once, for 7 days.
      </p>
      <div className="mt-2 flex gap-2">
        <label htmlFor={`${id}-link`} className="sr-only">
          Invitation link
        </label>
        <input id={`${id}-link`} readOnly value={link} className="w-full rounded border border-gray-300 bg-white px-2 py-1 font-mono text-xs dark:border-gray-700 dark:bg-gray-900" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}
