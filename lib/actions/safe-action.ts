/**
 * The one wrapper every server action goes through (dub's authActionClient): it authenticates and
 * authorizes first — reading the account from the database, so disabled accounts and changed roles take
 * effect at once — then parses the form with zod, then runs the action. Refusals come back as the
 * common result shape with a `code`, never as a thrown error; the data layer checks the role again.
 */
import "server-only";
import type { z } from "zod";
import { getCurrentUser, type SessionUser } from "../auth/session";
import { hasRole, ForbiddenError } from "../auth/permissions";
import type { Role } from "../generated/prisma/enums";
import { logger } from "../logger";
import { failure, fromZodError, type ActionResult } from "./result";
import { ConflictError, NotFoundError, RefusedError } from "../data/errors";

/** Who may call an action: any signed-in, active account, or at least a role. */
export type Access = "signed-in" | Role;

export type FormAction<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** Form fields as strings (files and repeated names are not used by these forms). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

const SECRET_FIELDS = /password|token/i;

/** What was typed, minus secrets, to send back with a failure. */
function echo(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.test(k)));
}

export function authorizedAction<S extends z.ZodType, T = undefined>(
  access: Access,
  schema: S,
  run: (actor: SessionUser, input: z.output<S>) => Promise<ActionResult<T>>,
): FormAction<T> {
  return async (_prev, formData) => {
    const actor = await getCurrentUser();
    if (!actor) return failure("Your session has ended. Sign in again.", "unauthenticated");
    if (access !== "signed-in" && !hasRole(actor, access)) return failure("You do not have permission to do that.", "forbidden");
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values: echo(values) };
    try {
      const result = await run(actor, parsed.data);
      return result.ok ? result : { ...result, values: result.values ?? echo(values) };
    } catch (error) {
      if (error instanceof ForbiddenError) return failure("You do not have permission to do that.", "forbidden");
      if (error instanceof NotFoundError) return { ...failure(error.message, "not_found"), values: echo(values) };
      if (error instanceof ConflictError) return { ...failure(error.message, "conflict"), values: echo(values) };
      if (error instanceof RefusedError) {
        return { ...failure(error.message, "refused", error.field ? { [error.field]: [error.message] } : {}), values: echo(values) };
      }
      // Next's redirect()/notFound() are thrown too and must propagate; so must real failures (error.tsx).
      if (!(error instanceof Error && "digest" in error)) logger.error("action failed", { error: String(error) });
      throw error;
    }
  };
}
