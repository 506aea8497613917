"use server";

import { revalidatePath } from "next/cache";
import { addFigure, deleteFigure, MAX_FIGURE_BYTES, NOT_AN_IMAGE, sniffImageType } from "../data/figures";
import { figureIdSchema, figureTextSchema } from "../validation/issues";
import { authorize, authorizeOrThrow } from "./guard";
import { fromZodError, type ActionResult } from "./result";

export type UploadFigureState = ActionResult | null;

/** Uploads a figure for a pick; the bytes decide the type, never the file name. */
export async function uploadFigureAction(_prev: UploadFigureState, formData: FormData): Promise<UploadFigureState> {
  const values = {
    pickId: String(formData.get("pickId") ?? ""),
    alt: String(formData.get("alt") ?? ""),
    caption: String(formData.get("caption") ?? ""),
    sourceCredit: String(formData.get("sourceCredit") ?? ""),
    sourceUrl: String(formData.get("sourceUrl") ?? ""),
  };
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ...denied, values };
  const parsed = figureTextSchema.safeParse(values);
  const file = formData.get("image");
  let fileError: string | null = null;
  if (!(file instanceof File) || file.size === 0) fileError = "Choose an image file.";
  else if (file.size > MAX_FIGURE_BYTES) fileError = `The image is larger than ${MAX_FIGURE_BYTES / 1024 / 1024} MB.`;
  // The first bytes tell the type (checked again, and the image decoded, in the data layer).
  else if (!sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()))) fileError = NOT_AN_IMAGE;
  if (!parsed.success || fileError) {
    const failed = parsed.success ? { ok: false as const, message: "Please correct the highlighted fields.", fieldErrors: {}, code: "invalid" as const } : fromZodError(parsed.error);
    return { ...failed, fieldErrors: { ...failed.fieldErrors, ...(fileError ? { image: [fileError] } : {}) }, values };
  }
  const bytes = new Uint8Array(await (file as File).arrayBuffer());
  const { pickId, sourceUrl, ...text } = parsed.data;
  const result = await addFigure(actor, pickId, { ...text, sourceUrl: sourceUrl || null, bytes });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.field ? { [result.field]: [result.message] } : {}, values, code: "refused" };
  revalidatePath(`/dashboard/issues/${result.issueSlug}`);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined, message: `Figure added (${result.width} × ${result.height}).` };
}

export async function deleteFigureAction(formData: FormData): Promise<void> {
  const actor = await authorizeOrThrow("CURATOR");
  const parsed = figureIdSchema.safeParse({ figureId: formData.get("figureId") });
  if (!parsed.success) return;
  const result = await deleteFigure(actor, parsed.data.figureId);
  if (result.ok) {
    revalidatePath(`/dashboard/issues/${result.issueSlug}`);
    revalidatePath("/", "layout");
  }
}
