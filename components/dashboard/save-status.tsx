"use client";

import type { AutosaveStatus } from "./use-autosave";

function hhmm(d: Date): string {
  return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false });
}

/** The save state, announced to screen readers (role="status" is a polite live region). */
export function SaveStatus<T>({ status, label }: { status: AutosaveStatus<T>; label: string }) {
  let text: string;
  let tone = "text-gray-600 dark:text-gray-400";
  switch (status.kind) {
    case "saved":
      text = status.at ? `Saved · ${hhmm(status.at)}` : "All changes saved";
      break;
    case "dirty":
      text = "Unsaved changes";
      break;
    case "saving":
      text = "Saving…";
      break;
    case "error":
      text = status.message;
      tone = "text-amber-800 dark:text-amber-300";
      break;
    case "conflict":
      text = "Not saved — someone else saved in the meantime";
      tone = "text-red-700 dark:text-red-400";
      break;
  }
  return (
    <p role="status" aria-label={label} className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}
