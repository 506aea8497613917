"use server";

import { revalidatePath } from "../revalidate";
import { refreshPaper } from "../data/papers";
import { importIntoIssue, movePick, removePick, reorderPicks, savePickText, type PickOpOutcome, type PickText } from "../data/picks";
import type { SaveOutcome } from "../data/issue-editor";
import { addTopicToPick, removeTopicFromPick } from "../data/topics-admin";
import { addPickTopicSchema, importSchema, moveSchema, pickIdSchema, pickTextSchema, removePickTopicSchema, reorderSchema } from "../validation/issues";
import { authorize, authorizeOrThrow, type Denied } from "./guard";
import { fromZodError, type ActionResult } from "./result";

function revalidateIssue(slug: string, isPublic: boolean) {
  revalidatePath(`/dashboard/issues/${slug}`);
  if (isPublic) revalidatePath("/", "layout");
}

export type ImportState = (ActionResult<{ message: string }> & { message?: string }) | null;

export async function importIntoIssueAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const ids = String(formData.get("ids") ?? "");
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ...denied, values: { ids } };
  const parsed = importSchema.safeParse({ issueId: formData.get("issueId"), ids });
  if (!parsed.success) return { ...fromZodError(parsed.error), values: { ids } };
  const result = await importIntoIssue(actor, parsed.data.issueId, parsed.data.ids);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { ids: [result.message] }, values: { ids } };
  // New picks may land in a published issue: refresh the public pages too (and the dashboard under them).
  revalidatePath("/", "layout");
  return { ok: true, data: { message: result.message } };
}

export type SavePickTextResult = SaveOutcome<PickText> | { ok: false; conflict: false; message: string; code?: Denied["code"] };

export async function savePickTextAction(input: { pickId: string; baseVersion: number } & PickText): Promise<SavePickTextResult> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ok: false, conflict: false, message: denied.message, code: denied.code };
  const parsed = pickTextSchema.safeParse(input);
  if (!parsed.success) return { ok: false, conflict: false, message: parsed.error.issues.map((i) => i.message).join(" ") };
  const { pickId, baseVersion, ...text } = parsed.data;
  const { issueSlug, publicPaths = [], ...result } = await savePickText(actor, pickId, text, baseVersion);
  // Autosaves come every few seconds while someone types: refresh only the public pages that show this
  // text, so the rest of the site stays cached (the other instances follow within 30 s, as for any change).
  if (result.ok && issueSlug) for (const path of publicPaths) revalidatePath(path);
  return result;
}

async function pickOp(op: () => Promise<PickOpOutcome>): Promise<void> {
  const result = await op();
  if (result.ok) revalidateIssue(result.issueSlug, result.isPublic);
}

export async function movePickAction(formData: FormData): Promise<void> {
  const actor = await authorizeOrThrow("CURATOR");
  const parsed = moveSchema.safeParse({ pickId: formData.get("pickId"), direction: formData.get("direction") });
  if (!parsed.success) return;
  await pickOp(() => movePick(actor, parsed.data.pickId, parsed.data.direction));
}

export async function removePickAction(formData: FormData): Promise<void> {
  const actor = await authorizeOrThrow("CURATOR");
  const parsed = pickIdSchema.safeParse({ pickId: formData.get("pickId") });
  if (!parsed.success) return;
  await pickOp(() => removePick(actor, parsed.data.pickId));
}

export async function reorderPicksAction(issueId: string, orderedIds: string[]): Promise<{ ok: boolean; message?: string; code?: Denied["code"] }> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ok: false, message: denied.message, code: denied.code };
  const parsed = reorderSchema.safeParse({ issueId, orderedIds });
  if (!parsed.success) return { ok: false, message: "Invalid order." };
  const result = await reorderPicks(actor, parsed.data.issueId, parsed.data.orderedIds);
  if (result.ok) revalidateIssue(result.issueSlug, result.isPublic);
  return result.ok ? { ok: true } : { ok: false, message: result.message };
}

export async function refreshPaperAction(
  _prev: { ok: boolean; message: string } | null,
  formData: FormData,
): Promise<{ ok: boolean; message: string; code?: Denied["code"] }> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ok: false, message: denied.message, code: denied.code };
  const paperId = String(formData.get("paperId") ?? "");
  if (!paperId || paperId.length > 64) return { ok: false, message: "Unknown paper." };
  const result = await refreshPaper(actor, paperId);
  // Titles and authors show on public pages as well as in the dashboard.
  if (result.ok) revalidatePath("/", "layout");
  return { ok: result.ok, message: result.message };
}

export type PickTopicState = ActionResult<{ topic: string; change: "added" | "removed" }> | null;

/** Adds a topic to a pick by name: an existing topic (same name, ignoring case) or a new one. */
export async function addPickTopicAction(_prev: PickTopicState, formData: FormData): Promise<PickTopicState> {
  const values = { name: String(formData.get("name") ?? "") };
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ...denied, values };
  const parsed = addPickTopicSchema.safeParse({ pickId: formData.get("pickId"), name: values.name });
  if (!parsed.success) return { ...fromZodError(parsed.error, parsed.error.issues[0]?.message), values };
  const result = await addTopicToPick(actor, parsed.data.pickId, parsed.data.name);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { name: [result.message] }, values, code: "refused" };
  revalidateIssue(result.issueSlug, result.isPublic);
  const message = result.created ? `Created topic “${result.topic.name}” and added it.` : `Added topic “${result.topic.name}”.`;
  return { ok: true, data: { topic: result.topic.name, change: "added" }, message };
}

export async function removePickTopicAction(_prev: PickTopicState, formData: FormData): Promise<PickTopicState> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return denied;
  const parsed = removePickTopicSchema.safeParse({ pickId: formData.get("pickId"), topicId: formData.get("topicId") });
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await removeTopicFromPick(actor, parsed.data.pickId, parsed.data.topicId);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: {}, code: "refused" };
  revalidateIssue(result.issueSlug, result.isPublic);
  return { ok: true, data: { topic: result.topic.name, change: "removed" }, message: `Removed topic “${result.topic.name}”.` };
}
