"use server";

import { revalidatePath } from "../revalidate";
import { redirect } from "next/navigation";
import { createIssue, saveIssueText, type IssueText, type SaveOutcome } from "../data/issue-editor";
import { publishIssue, scheduleIssue, submitForReview, unpublishIssue, type WorkflowOutcome } from "../data/issue-workflow";
import { renderMarkdown } from "../markdown/render";
import { createIssueSchema, issueIdSchema, issueTextSchema, MAX_TEXT, scheduleSchema } from "../validation/issues";
import { authorize, type Denied } from "./guard";
import { fromZodError, type ActionResult } from "./result";

export async function createIssueAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return denied;
  const month = String(formData.get("month") ?? "");
  const parsed = createIssueSchema.safeParse({ month });
  if (!parsed.success) return { ...fromZodError(parsed.error), values: { month } };
  const result = await createIssue(actor, parsed.data.month);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { month: [result.message] }, values: { month } };
  revalidatePath("/dashboard/issues");
  redirect(`/dashboard/issues/${result.slug}`);
}

export type SaveIssueTextResult = SaveOutcome<IssueText> | { ok: false; conflict: false; message: string; code?: Denied["code"] };

export async function saveIssueTextAction(input: { issueId: string; baseVersion: number } & IssueText): Promise<SaveIssueTextResult> {
  const { actor, denied } = await authorize("CURATOR");
  if (denied) return { ok: false, conflict: false, message: denied.message, code: denied.code };
  const parsed = issueTextSchema.safeParse(input);
  if (!parsed.success) return { ok: false, conflict: false, message: parsed.error.issues.map((i) => i.message).join(" ") };
  const { issueId, baseVersion, ...text } = parsed.data;
  const result = await saveIssueText(actor, issueId, text, baseVersion);
  // A published issue's public page and the home page list show this text.
  if (result.ok && result.isPublic) revalidatePath("/", "layout");
  return result;
}

/** The live preview: the same renderer as the public site, on the server (no math library in the browser). */
export async function renderPreviewAction(markdown: string): Promise<{ ok: true; html: string } | { ok: false; message: string; code?: Denied["code"] }> {
  const { denied } = await authorize("CURATOR");
  if (denied) return { ok: false, message: denied.message, code: denied.code };
  if (typeof markdown !== "string" || markdown.length > MAX_TEXT) return { ok: false, message: "Text too long to preview." };
  return { ok: true, html: renderMarkdown(markdown) };
}

type WorkflowState = { ok: boolean; message: string; code?: Denied["code"] } | null;

async function runWorkflow(formData: FormData, role: "CURATOR" | "EDITOR", step: (actor: { id: string; role: "CURATOR" | "EDITOR" | "ADMIN" }, issueId: string) => Promise<WorkflowOutcome>): Promise<WorkflowState> {
  const { actor, denied } = await authorize(role);
  if (denied) return { ok: false, message: denied.message, code: denied.code };
  const parsed = issueIdSchema.safeParse({ issueId: formData.get("issueId") });
  if (!parsed.success) return { ok: false, message: "Unknown issue." };
  const result = await step(actor, parsed.data.issueId);
  if (result.ok) {
    // Public pages are cached: a publication change refreshes all of them.
    revalidatePath("/", "layout");
  }
  return { ok: result.ok, message: result.message };
}

export async function submitForReviewAction(_prev: WorkflowState, formData: FormData): Promise<WorkflowState> {
  return runWorkflow(formData, "CURATOR", (actor, id) => submitForReview(actor, id));
}

export async function publishAction(_prev: WorkflowState, formData: FormData): Promise<WorkflowState> {
  return runWorkflow(formData, "EDITOR", (actor, id) => publishIssue(actor, id));
}

export async function unpublishAction(_prev: WorkflowState, formData: FormData): Promise<WorkflowState> {
  return runWorkflow(formData, "EDITOR", (actor, id) => unpublishIssue(actor, id));
}

export async function scheduleAction(_prev: WorkflowState, formData: FormData): Promise<WorkflowState> {
  // Who is asking comes first, before anything about the form is said.
  const { denied } = await authorize("EDITOR");
  if (denied) return { ok: false, message: denied.message, code: denied.code };
  const parsed = scheduleSchema.safeParse({ issueId: formData.get("issueId"), at: formData.get("at") });
  if (!parsed.success) return { ok: false, message: "Choose a date and time to publish at." };
  return runWorkflow(formData, "EDITOR", (actor, id) => scheduleIssue(actor, id, new Date(parsed.data.at)));
}
