import { beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createPaper, createUser } from "../testing/factories";
import { createIssue, getIssueForEditor, saveIssueText } from "./issue-editor";
import { savePickText } from "./picks";
import { getHistorySubject, getRevisionContent, getRevisionHistory, restoreRevision } from "./revisions";
import { PermissionError, type Actor } from "./access";

const testDb = setupAppDatabase();

let cora: Actor;
let eddie: Actor;

beforeEach(async () => {
  await truncateAll(testDb.client());
  cora = await createUser(testDb.client(), { role: "CURATOR", name: "Cora" });
  eddie = await createUser(testDb.client(), { role: "EDITOR", name: "Eddie" });
});

async function issueWithPick() {
  await createIssue(cora, "2021-04");
  const issue = (await getIssueForEditor(cora, "2021-04"))!;
  const paper = await createPaper(testDb.client(), [], "A paper to pick");
  const pick = await testDb.client().pick.create({ data: { issueId: issue.id, paperId: paper.id, position: 1, paperVersion: 1 }, select: { id: true } });
  return { issue, pickId: pick.id };
}

describe("revision history", () => {
  it("lists who saved which version, newest first, and returns each revision's text", async () => {
    const { issue } = await issueWithPick();
    await saveIssueText(cora, issue.id, { title: "First", intro: "Hello", closing: "" }, 1);
    await saveIssueText(eddie, issue.id, { title: "Second", intro: "Hello world", closing: "" }, 2);
    const history = (await getRevisionHistory(cora, { type: "ISSUE", issueId: issue.id }))!;
    expect(history.currentVersion).toBe(3);
    expect(history.revisions.map((r) => [r.version, r.authorName])).toEqual([
      [3, "Eddie"],
      [2, "Cora"],
    ]);
    const older = await getRevisionContent(cora, history.target, history.revisions[1].id);
    expect(older).toEqual({ title: "First", intro: "Hello", closing: "" });
  });

  it("never returns another target's revision under this target", async () => {
    const { issue, pickId } = await issueWithPick();
    await savePickText(cora, pickId, { why: "Because", keyInsights: "" }, 1);
    const pickHistory = (await getRevisionHistory(cora, { type: "PICK", pickId }))!;
    expect(await getRevisionContent(cora, { type: "ISSUE", issueId: issue.id }, pickHistory.revisions[0].id)).toBeNull();
    expect(await getHistorySubject(cora, "2021-04", pickId)).toMatchObject({ label: "Pick: A paper to pick", target: { type: "PICK", pickId } });
    expect(await getHistorySubject(cora, "2021-05", pickId)).toBeNull();
  });

  it("restores a pick's old text as a new version, recorded as a revision by the restorer", async () => {
    const { pickId } = await issueWithPick();
    await savePickText(cora, pickId, { why: "Original why", keyInsights: "One" }, 1);
    await savePickText(cora, pickId, { why: "Rewritten why", keyInsights: "Two" }, 2);
    const before = (await getRevisionHistory(cora, { type: "PICK", pickId }))!;
    const original = before.revisions.find((r) => r.version === 2)!;

    const restored = await restoreRevision(eddie, original.id, before.currentVersion);
    expect(restored).toMatchObject({ ok: true, version: 4, restoredVersion: 2 });
    const pick = await testDb.client().pick.findUniqueOrThrow({ where: { id: pickId }, select: { why: true, keyInsights: true, version: true } });
    expect(pick).toEqual({ why: "Original why", keyInsights: "One", version: 4 });
    const after = (await getRevisionHistory(cora, { type: "PICK", pickId }))!;
    expect(after.revisions.map((r) => [r.version, r.authorName])).toEqual([
      [4, "Eddie"],
      [3, "Cora"],
      [2, "Cora"],
    ]);
  });

  it("refuses a restore based on a stale version as a conflict and overwrites nothing", async () => {
    const { issue } = await issueWithPick();
    await saveIssueText(cora, issue.id, { title: "Old title", intro: "", closing: "" }, 1);
    const history = (await getRevisionHistory(cora, { type: "ISSUE", issueId: issue.id }))!;
    // Someone saves while the history page is open.
    await saveIssueText(eddie, issue.id, { title: "Newer title", intro: "typed meanwhile", closing: "" }, 2);
    const restored = await restoreRevision(cora, history.revisions[0].id, history.currentVersion);
    expect(restored).toMatchObject({ ok: false, conflict: true });
    const row = await testDb.client().issue.findUniqueOrThrow({ where: { id: issue.id }, select: { title: true, intro: true, version: true } });
    expect(row).toEqual({ title: "Newer title", intro: "typed meanwhile", version: 3 });
    expect(await testDb.client().revision.count({ where: { issueId: issue.id } })).toBe(2);
  });

  it("checks the role in the data layer", async () => {
    const { issue } = await issueWithPick();
    const nobody = { id: cora.id, role: "READER" } as unknown as Actor;
    await expect(getRevisionHistory(nobody, { type: "ISSUE", issueId: issue.id })).rejects.toBeInstanceOf(PermissionError);
    await expect(restoreRevision(nobody, "x", 1)).rejects.toBeInstanceOf(PermissionError);
  });
});
