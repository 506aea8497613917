"use server";

import { revalidatePath } from "../revalidate";
import { redirect } from "next/navigation";
import { addCandidates, pickCandidate, setDismissed, setShortlisted, toggleVote } from "../data/candidates";
import { addCandidatesSchema, candidateIdSchema, dismissSchema, pickCandidateSchema, shortlistSchema } from "../validation/issues";
import { authorize, authorizeOrThrow } from "./guard";
import { fromZodError, type ActionResult } from "./result";

const INBOX = "/dashboard/candidates";

export type AddCandidatesState = ActionResult | null;

export async function addCandidatesAction(_prev: AddCandidatesState, formData: FormData): Promise<AddCandidatesState> {
  const values = { ids: String(formData.get("ids") ?? ""), note: String(formData.get("note") ?? "") };
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ...denied, values };
  const parsed = addCandidatesSchema.safeParse(values);
  if (!parsed.success) return { ...fromZodError(parsed.error), values };
  const result = await addCandidates(actor, parsed.data.ids, parsed.data.note);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { ids: [result.message] }, values, code: "refused" };
  revalidatePath(INBOX);
  return { ok: true, data: undefined, message: result.message };
}

export async function toggleVoteAction(formData: FormData): Promise<void> {
  const actor = await authorizeOrThrow("CURATOR", INBOX);
  const parsed = candidateIdSchema.safeParse({ candidateId: formData.get("candidateId") });
  if (!parsed.success) return;
  const result = await toggleVote(actor, parsed.data.candidateId);
  if (result.ok) revalidatePath(INBOX);
}

export async function setShortlistedAction(formData: FormData): Promise<void> {
  const actor = await authorizeOrThrow("CURATOR", INBOX);
  const parsed = shortlistSchema.safeParse({ candidateId: formData.get("candidateId"), shortlisted: formData.get("shortlisted") });
  if (!parsed.success) return;
  const result = await setShortlisted(actor, parsed.data.candidateId, parsed.data.shortlisted === "true");
  if (result.ok) revalidatePath(INBOX);
}

/** Dismisses a candidate (out of the inbox, kept under "Dismissed") or restores it to the inbox. */
export async function setDismissedAction(formData: FormData): Promise<void> {
  const actor = await authorizeOrThrow("CURATOR", INBOX);
  const parsed = dismissSchema.safeParse({ candidateId: formData.get("candidateId"), dismissed: formData.get("dismissed") });
  if (!parsed.success) return;
  const result = await setDismissed(actor, parsed.data.candidateId, parsed.data.dismissed === "true");
  if (result.ok) revalidatePath(INBOX);
}

export type PickCandidateState = ActionResult | null;

/** Makes the candidate a pick of the chosen issue, then opens that issue's editor. */
export async function pickCandidateAction(_prev: PickCandidateState, formData: FormData): Promise<PickCandidateState> {
  const values = { candidateId: String(formData.get("candidateId") ?? ""), issueId: String(formData.get("issueId") ?? "") };
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ...denied, values };
  const parsed = pickCandidateSchema.safeParse(values);
  if (!parsed.success) return { ...fromZodError(parsed.error), values };
  const result = await pickCandidate(actor, parsed.data.candidateId, parsed.data.issueId);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.field ? { [result.field]: [result.message] } : {}, values, code: "refused" };
  revalidatePath(INBOX);
  revalidatePath(`/dashboard/issues/${result.issueSlug}`);
  redirect(`/dashboard/issues/${result.issueSlug}`);
}
