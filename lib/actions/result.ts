/** The one result shape of every server action, shown by forms through useActionState. */
import type { z } from "zod";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors: Record<string, string[] | undefined>; values?: Record<string, string> };

export function fromZodError(
  error: z.ZodError,
  message = "Please correct the highlighted fields.",
): Extract<ActionResult, { ok: false }> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors };
}
