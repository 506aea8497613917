/** The one result shape of every server action, shown by forms through useActionState. */
import type { z } from "zod";

/** Why an action was refused, when it was refused before doing anything. */
export type FailureCode = "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict" | "refused";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string[] | undefined>;
      /** What was typed, so the form can show it again. */
      values?: Record<string, string>;
      code?: FailureCode;
    };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export function fromZodError(error: z.ZodError, message = "Please correct the highlighted fields."): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors, code: "invalid" };
}

export function failure(message: string, code: FailureCode = "refused", fieldErrors: ActionFailure["fieldErrors"] = {}): ActionFailure {
  return { ok: false, message, fieldErrors, code };
}
