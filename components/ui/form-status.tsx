import type { ActionResult } from "@/lib/actions/result";

/** The form-level outcome of an action: an alert on failure, a polite status on success. */
export function FormStatus({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  if (!state.ok) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {state.message}
      </p>
    );
  }
  if (!state.message) return null;
  return (
    <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
      {state.message}
    </p>
  );
}

/** What was typed before a failed submission, else the stored value. */
export function kept(state: ActionResult<unknown> | null, field: string, fallback = ""): string {
  return state && !state.ok && state.values && field in state.values ? state.values[field]! : fallback;
}

export function errorsOf(state: ActionResult<unknown> | null): Record<string, string[] | undefined> {
  return state && !state.ok ? state.fieldErrors : {};
}

export const buttonClass =
  "rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border border-gray-300 px-3 py-1.5 text-sm hover:bg-gray-50 focus-visible:outline-2 disabled:opacity-60 dark:border-gray-700 dark:hover:bg-gray-900";
