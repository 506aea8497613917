"use server";

import { revalidatePath } from "../revalidate";
import { createPreviewLink, revokePreviewLink } from "../data/preview-links";
import { createPreviewLinkSchema, previewLinkIdSchema } from "../validation/issues";
import { authorize } from "./guard";
import { fromZodError, type ActionResult } from "./result";

export type CreatePreviewLinkState = ActionResult<{ path: string; expiresAt: string }> | null;

/** Creates a private preview link; its token is shown once, in the result, and stored only hashed. */
export async function createPreviewLinkAction(_prev: CreatePreviewLinkState, formData: FormData): Promise<CreatePreviewLinkState> {
  const values = { issueId: String(formData.get("issueId") ?? ""), days: String(formData.get("days") ?? "") };
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ...denied, values };
  const parsed = createPreviewLinkSchema.safeParse(values);
  if (!parsed.success) return { ...fromZodError(parsed.error), values };
  const result = await createPreviewLink(actor, parsed.data.issueId, parsed.data.days);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: {}, values, code: "refused" };
  revalidatePath("/dashboard/issues", "layout");
  return { ok: true, data: { path: result.path, expiresAt: result.expiresAt.toISOString() } };
}

export type RevokePreviewLinkState = ActionResult | null;

export async function revokePreviewLinkAction(_prev: RevokePreviewLinkState, formData: FormData): Promise<RevokePreviewLinkState> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return denied;
  const parsed = previewLinkIdSchema.safeParse({ linkId: formData.get("linkId") });
  if (!parsed.success) return fromZodError(parsed.error, "Unknown preview link.");
  const result = await revokePreviewLink(actor, parsed.data.linkId);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: {}, code: "not_found" };
  revalidatePath(`/dashboard/issues/${result.issueSlug}/preview`);
  return { ok: true, data: undefined, message: "Preview link revoked: it no longer opens the issue." };
}
