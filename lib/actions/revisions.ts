"use server";

import { revalidatePath } from "../revalidate";
import { restoreRevision } from "../data/revisions";
import { restoreRevisionSchema } from "../validation/issues";
import { authorize } from "./guard";
import { fromZodError, type ActionResult } from "./result";

export type RestoreState = ActionResult | null;

/** Restores a revision through the versioned save: refused (nothing overwritten) if someone saved since. */
export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return denied;
  const parsed = restoreRevisionSchema.safeParse({ revisionId: formData.get("revisionId"), baseVersion: formData.get("baseVersion") });
  if (!parsed.success) return fromZodError(parsed.error, "Unknown revision.");
  const result = await restoreRevision(actor, parsed.data.revisionId, parsed.data.baseVersion);
  if (!result.ok) {
    const message = result.conflict
      ? "Someone saved this text after you opened the history. Nothing was restored or overwritten: reload the history and try again."
      : result.message;
    return { ok: false, message, fieldErrors: {}, code: result.conflict ? "conflict" : "refused" };
  }
  // The editor and the history show the new text; a public issue's pages too.
  revalidatePath("/dashboard/issues", "layout");
  if (result.isPublic) revalidatePath("/", "layout");
  return { ok: true, data: undefined, message: `Restored version ${result.restoredVersion} as version ${result.version}.` };
}
