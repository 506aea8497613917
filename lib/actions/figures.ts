"use server";

import { revalidatePath } from "../revalidate";
import { addFigure, deleteFigure, moveFigure, updateFigure, MAX_FIGURE_BYTES, NOT_AN_IMAGE, sniffImageType } from "../data/figures";
import { figureIdSchema, figureTextSchema, moveFigureSchema, updateFigureSchema } from "../validation/issues";
import { authorize, authorizeOrThrow } from "./guard";
import { authorizedAction } from "./safe-action";
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

/**
 * Saves a figure's alt text, caption and source. On a conflict nothing is overwritten: the form keeps
 * what was typed, the message shows what is saved now, and the form's version becomes the current one,
 * so saving again (a deliberate choice) replaces it.
 */
export const updateFigureAction = authorizedAction("CURATOR", updateFigureSchema, async (actor, input): Promise<ActionResult> => {
  const { figureId, version, sourceUrl, ...text } = input;
  const result = await updateFigure(actor, figureId, { ...text, sourceUrl: sourceUrl || null }, version);
  if (!result.ok) {
    if (!result.conflict) return { ok: false, message: result.message, fieldErrors: {}, code: "not_found" };
    const c = result.current;
    return {
      ok: false,
      code: "conflict",
      fieldErrors: {},
      message: `${result.message} Saved now — alt text: “${c.alt}”, caption: “${c.caption}”, source: “${c.sourceCredit}”${c.sourceUrl ? ` (${c.sourceUrl})` : ""}. Your text is kept below: save again to replace theirs, or reload the page to keep theirs.`,
      values: { figureId, alt: text.alt, caption: text.caption, sourceCredit: text.sourceCredit, sourceUrl, version: String(c.version) },
    };
  }
  revalidatePath(`/dashboard/issues/${result.issueSlug}`);
  if (result.isPublic) revalidatePath("/", "layout");
  return { ok: true, data: undefined, message: "Figure saved." };
});

export async function moveFigureAction(formData: FormData): Promise<void> {
  const actor = await authorizeOrThrow("CURATOR");
  const parsed = moveFigureSchema.safeParse({ figureId: formData.get("figureId"), direction: formData.get("direction") });
  if (!parsed.success) return;
  const result = await moveFigure(actor, parsed.data.figureId, parsed.data.direction);
  if (result.ok) {
    revalidatePath(`/dashboard/issues/${result.issueSlug}`);
    if (result.isPublic) revalidatePath("/", "layout");
  }
}
