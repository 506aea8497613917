/** Expected failures of the data layer, turned into action results by lib/actions/safe-action.ts. */
export { ForbiddenError } from "../auth/permissions";

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** The record changed since the form was loaded (optimistic concurrency). */
export class ConflictError extends Error {
  override name = "ConflictError";
}

/** A rule refused the change (e.g. the last active admin); `field` names the form field to show it at. */
export class RefusedError extends Error {
  override name = "RefusedError";
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
