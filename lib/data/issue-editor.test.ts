import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { startReplayServer, type ReplayServer } from "../arxiv/testing/replay-server";
import { createIssue, getIssueForEditor, listIssuesForDashboard, saveIssueText } from "./issue-editor";
import { importIntoIssue, movePick, removePick, reorderPicks, savePickText } from "./picks";
import { publishIssue, scheduleIssue, submitForReview, unpublishIssue } from "./issue-workflow";
import { getPublicIssue } from "./issues";
import { PermissionError, type Actor } from "./access";

const testDb = setupAppDatabase();

let arxiv: ReplayServer;
let curator: Actor;
let editor: Actor;
const fast = () => ({ apiUrl: arxiv.url, spacingMs: 20, timeoutMs: 1000, retries: 0 });

beforeAll(async () => {
  arxiv = await startReplayServer();
});
afterAll(() => arxiv.close());
beforeEach(async () => {
  await truncateAll(testDb.client());
  const c = await testDb.client().user.create({ data: { email: "c@x.test", name: "Cora", role: "CURATOR" }, select: { id: true, role: true } });
  const e = await testDb.client().user.create({ data: { email: "e@x.test", name: "Eddie", role: "EDITOR" }, select: { id: true, role: true } });
  curator = c;
  editor = e;
});

async function issueWithPicks(ids = "2102.12092v2 https://arxiv.org/abs/2102.06171 hep-th/9711200") {
  expect(await createIssue(curator, "2021-04")).toEqual({ ok: true, slug: "2021-04" });
  const issue = (await getIssueForEditor(curator, "2021-04"))!;
  const imported = await importIntoIssue(curator, issue.id, ids, fast());
  expect(imported.ok).toBe(true);
  return (await getIssueForEditor(curator, "2021-04"))!;
}

describe("issues", () => {
  it("creates one issue per month, with a clear error for an existing month, and lists them with search", async () => {
    expect(await createIssue(curator, "2021-04")).toEqual({ ok: true, slug: "2021-04" });
    expect(await createIssue(curator, "2021-04")).toEqual({ ok: false, message: "An issue for April 2021 (2021-04) already exists." });
    await createIssue(curator, "2021-05");
    const all = await listIssuesForDashboard(curator, {});
    expect(all.items.map((i) => [i.slug, i.title])).toEqual([
      ["2021-05", "Our top picks for May 2021"],
      ["2021-04", "Our top picks for April 2021"],
    ]);
    expect((await listIssuesForDashboard(curator, { q: "april" })).items.map((i) => i.slug)).toEqual(["2021-04"]);
    expect(await listIssuesForDashboard(curator, { pageSize: 1, page: 2 })).toMatchObject({ pageCount: 2, items: [{ slug: "2021-04" }] });
    expect((await listIssuesForDashboard(curator, { pageSize: 10_000 })).items.length).toBe(2);
  });

  it("adds imported papers as picks at the end, with the version the curator named, never twice", async () => {
    const issue = await issueWithPicks();
    expect(issue.picks.map((p) => [p.position, p.paper.arxivId, p.paperVersion])).toEqual([
      [1, "2102.12092", 2],
      [2, "2102.06171", 1],
      [3, "hep-th/9711200", 3],
    ]);
    const again = await importIntoIssue(curator, issue.id, "2102.06171 2102.11107", fast());
    expect(again).toMatchObject({ ok: true, added: ["2102.11107"], alreadyInIssue: ["2102.06171"] });
    expect((await getIssueForEditor(curator, "2021-04"))!.picks.map((p) => p.position)).toEqual([1, 2, 3, 4]);
  });

  it("reorders and removes picks keeping positions 1..n", async () => {
    const issue = await issueWithPicks();
    const [a, b, c] = issue.picks.map((p) => p.id);
    await movePick(curator, c, "up");
    let picks = (await getIssueForEditor(curator, "2021-04"))!.picks;
    expect(picks.map((p) => p.id)).toEqual([a, c, b]);
    await movePick(curator, a, "up"); // already first: nothing moves
    await reorderPicks(curator, issue.id, [b, a, c]);
    picks = (await getIssueForEditor(curator, "2021-04"))!.picks;
    expect(picks.map((p) => p.id)).toEqual([b, a, c]);
    expect(await reorderPicks(curator, issue.id, [b, a])).toMatchObject({ ok: false });
    await removePick(curator, a);
    picks = (await getIssueForEditor(curator, "2021-04"))!.picks;
    expect(picks.map((p) => [p.id, p.position])).toEqual([
      [b, 1],
      [c, 2],
    ]);
  });
});

describe("saving a pick's text", () => {
  it("names the public pages that show it once its issue is public, and none before", async () => {
    const issue = await issueWithPicks("2102.12092");
    const pick = issue.picks[0];
    const topic = await testDb.client().topic.create({ data: { slug: "generative-models", name: "Generative models" }, select: { id: true } });
    await testDb.client().pickTopic.create({ data: { pickId: pick.id, topicId: topic.id } });
    const draft = await savePickText(curator, pick.id, { why: "Because.", keyInsights: "" }, pick.version);
    expect(draft).toMatchObject({ ok: true, isPublic: false, publicPaths: [] });
    expect(await publishIssue(editor, issue.id)).toMatchObject({ ok: true });
    const published = await savePickText(curator, pick.id, { why: "Because, again.", keyInsights: "" }, pick.version + 1);
    expect(published).toMatchObject({ ok: true, isPublic: true });
    expect(published.ok && published.publicPaths).toEqual([
      "/issues/2021-04",
      "/issues/2021-04.md",
      "/issues/2021-04/export/md",
      "/feed.xml",
      "/atom.xml",
      "/feed.json",
      "/papers/2102.12092",
      "/topics/generative-models",
    ]);
  });
});

describe("saving text without lost updates", () => {
  it("refuses a save based on an old version, returns the other text, and writes a revision per save", async () => {
    const issue = await issueWithPicks("2102.12092");
    const pick = issue.picks[0];
    const first = await savePickText(curator, pick.id, { why: "Curator's why", keyInsights: "" }, pick.version);
    expect(first).toMatchObject({ ok: true, version: pick.version + 1 });
    const stale = await savePickText(editor, pick.id, { why: "Editor's why", keyInsights: "" }, pick.version);
    expect(stale).toMatchObject({ ok: false, conflict: true, current: { why: "Curator's why", version: pick.version + 1, savedBy: "Cora" } });
    const stored = await testDb.client().pick.findUniqueOrThrow({ where: { id: pick.id }, select: { why: true } });
    expect(stored.why).toBe("Curator's why");
    // The editor chooses their own text knowingly: a save based on the version they saw.
    expect(await savePickText(editor, pick.id, { why: "Editor's why", keyInsights: "" }, pick.version + 1)).toMatchObject({ ok: true });
    const revisions = await testDb.client().revision.findMany({ where: { pickId: pick.id }, orderBy: { version: "asc" }, select: { version: true, content: true, authorId: true } });
    expect(revisions).toEqual([
      { version: pick.version + 1, content: { why: "Curator's why", keyInsights: "" }, authorId: curator.id },
      { version: pick.version + 2, content: { why: "Editor's why", keyInsights: "" }, authorId: editor.id },
    ]);
  });

  it("does the same for the issue's title, intro and closing", async () => {
    await createIssue(curator, "2021-04");
    const issue = (await getIssueForEditor(curator, "2021-04"))!;
    const text = { title: "April", intro: "Intro", closing: "Bye" };
    expect(await saveIssueText(curator, issue.id, text, issue.version)).toMatchObject({ ok: true, isPublic: false });
    expect(await saveIssueText(editor, issue.id, { ...text, intro: "Other" }, issue.version)).toMatchObject({ ok: false, conflict: true, current: { intro: "Intro" } });
    expect(await testDb.client().revision.count({ where: { issueId: issue.id } })).toBe(1);
  });
});

describe("workflow", () => {
  it("refuses to publish an issue without picks or with a pick without Why, naming what is missing", async () => {
    await createIssue(curator, "2021-04");
    const empty = (await getIssueForEditor(curator, "2021-04"))!;
    expect(await publishIssue(editor, empty.id)).toMatchObject({ ok: false, message: expect.stringMatching(/no picks/) });
    await truncateAll(testDb.client());
    await testDb.client().user.createMany({ data: [{ id: curator.id, email: "c@x.test", name: "Cora" }, { id: editor.id, email: "e@x.test", name: "Eddie", role: "EDITOR" }] });
    const issue = await issueWithPicks("2102.12092 2102.06171");
    await savePickText(curator, issue.picks[0].id, { why: "Because.", keyInsights: "" }, issue.picks[0].version);
    const refused = await publishIssue(editor, issue.id);
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.message).toContain("#2 “High-Performance Large-Scale Image Recognition Without Normalization” (2102.06171)");
    expect(!refused.ok && refused.message).not.toContain("2102.12092");
  });

  it("goes draft → in review → published → unpublished, editor-only past review, audited", async () => {
    const issue = await issueWithPicks("2102.12092");
    await savePickText(curator, issue.picks[0].id, { why: "Because.", keyInsights: "" }, issue.picks[0].version);
    expect(await submitForReview(curator, issue.id)).toMatchObject({ ok: true, status: "IN_REVIEW" });
    await expect(publishIssue(curator, issue.id)).rejects.toThrow(PermissionError);
    await expect(unpublishIssue(curator, issue.id)).rejects.toThrow(PermissionError);
    expect(await getPublicIssue("2021-04")).toBeNull();
    expect(await publishIssue(editor, issue.id)).toMatchObject({ ok: true, status: "PUBLISHED" });
    expect((await getPublicIssue("2021-04"))?.picks).toHaveLength(1);
    expect(await unpublishIssue(editor, issue.id)).toMatchObject({ ok: true, status: "UNPUBLISHED" });
    expect(await getPublicIssue("2021-04")).toBeNull();
    const audit = await testDb.client().auditEvent.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, targetId: true } });
    expect(audit).toEqual([
      { action: "issue.publish", actorId: editor.id, targetId: issue.id },
      { action: "issue.unpublish", actorId: editor.id, targetId: issue.id },
    ]);
  });

  it("makes a scheduled issue public when its time comes, with no job running", async () => {
    const issue = await issueWithPicks("2102.12092");
    await savePickText(curator, issue.picks[0].id, { why: "Because.", keyInsights: "" }, issue.picks[0].version);
    expect(await scheduleIssue(editor, issue.id, new Date(Date.now() - 1000))).toMatchObject({ ok: false });
    expect(await scheduleIssue(editor, issue.id, new Date(Date.now() + 1200))).toMatchObject({ ok: true, status: "SCHEDULED" });
    expect(await getPublicIssue("2021-04")).toBeNull();
    await new Promise((r) => setTimeout(r, 1300));
    expect(await getPublicIssue("2021-04")).not.toBeNull();
  });
});
