import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createUser } from "../testing/factories";
import { startReplayServer, type ReplayServer } from "../arxiv/testing/replay-server";
import { addCandidates, listCandidates, listIssuesForPicking, pickCandidate, setDismissed, setShortlisted, toggleVote } from "./candidates";
import { createIssue, getIssueForEditor } from "./issue-editor";
import { PermissionError, type Actor } from "./access";

const testDb = setupAppDatabase();

let arxiv: ReplayServer;
let cora: Actor;
let eddie: Actor;
const fast = () => ({ apiUrl: arxiv.url, spacingMs: 20, timeoutMs: 1000, retries: 0 });

beforeAll(async () => {
  arxiv = await startReplayServer();
});
afterAll(() => arxiv.close());
beforeEach(async () => {
  await truncateAll(testDb.client());
  cora = await createUser(testDb.client(), { role: "CURATOR", name: "Cora" });
  eddie = await createUser(testDb.client(), { role: "EDITOR", name: "Eddie" });
});

describe("candidate inbox", () => {
  it("adds pasted papers once each, with the note, and reports malformed ids without adding anything", async () => {
    expect(await addCandidates(cora, "2102.12092v2 not-an-id", "", fast())).toMatchObject({ ok: false, message: expect.stringContaining('"not-an-id"') });
    expect(await testDb.client().candidate.count()).toBe(0);

    const first = await addCandidates(cora, "2102.12092v2 hep-th/9711200", "Worth a look", fast());
    expect(first).toMatchObject({ ok: true, added: ["2102.12092", "hep-th/9711200"], already: [] });
    const again = await addCandidates(eddie, "2102.12092 2102.06171", "", fast());
    expect(again).toMatchObject({ ok: true, added: ["2102.06171"], already: ["2102.12092"] });

    const list = await listCandidates(cora, {});
    expect(list.total).toBe(3);
    const dalle = list.items.find((c) => c.paper.arxivId === "2102.12092")!;
    expect(dalle).toMatchObject({ note: "Worth a look", addedBy: "Cora", votes: 0, votedByMe: false, status: "OPEN" });
  });

  it("counts one vote per person, toggled, and orders by votes; searches and paginates", async () => {
    await addCandidates(cora, "2102.12092 2102.06171 hep-th/9711200", "", fast());
    const { items } = await listCandidates(cora, {});
    const ads = items.find((c) => c.paper.arxivId === "hep-th/9711200")!;
    expect(await toggleVote(cora, ads.id)).toEqual({ ok: true, voted: true });
    expect(await toggleVote(eddie, ads.id)).toEqual({ ok: true, voted: true });
    await toggleVote(cora, items.find((c) => c.id !== ads.id)!.id);
    let list = await listCandidates(cora, {});
    expect(list.items[0]).toMatchObject({ id: ads.id, votes: 2, votedByMe: true });
    expect(await toggleVote(cora, ads.id)).toEqual({ ok: true, voted: false });
    list = await listCandidates(cora, {});
    expect(list.items.find((c) => c.id === ads.id)).toMatchObject({ votes: 1, votedByMe: false });
    expect((await listCandidates(eddie, {})).items.find((c) => c.id === ads.id)).toMatchObject({ votedByMe: true });

    expect((await listCandidates(cora, { q: "superconformal" })).items.map((c) => c.paper.arxivId)).toEqual(["hep-th/9711200"]);
    const paged = await listCandidates(cora, { pageSize: 2, page: 2 });
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
    expect((await listCandidates(cora, { pageSize: 10_000 })).pageSize).toBe(50);
  });

  it("shortlists and un-shortlists", async () => {
    await addCandidates(cora, "2102.12092", "", fast());
    const [c] = (await listCandidates(cora, {})).items;
    expect(await setShortlisted(cora, c.id, true)).toEqual({ ok: true });
    expect((await listCandidates(cora, { filter: "shortlisted" })).items.map((i) => i.id)).toEqual([c.id]);
    expect(await setShortlisted(cora, c.id, true)).toMatchObject({ ok: false });
    expect(await setShortlisted(cora, c.id, false)).toEqual({ ok: true });
    expect((await listCandidates(cora, { filter: "shortlisted" })).total).toBe(0);
  });

  it("turns a candidate into the last pick of an issue in one step; the others stay in the inbox", async () => {
    await createIssue(cora, "2021-04");
    const issue = (await getIssueForEditor(cora, "2021-04"))!;
    await addCandidates(cora, "2102.12092v1 2102.06171", "", fast());
    const { items } = await listCandidates(cora, {});
    const dalle = items.find((c) => c.paper.arxivId === "2102.12092")!;
    expect((await listIssuesForPicking(cora)).map((i) => i.slug)).toEqual(["2021-04"]);

    expect(await pickCandidate(cora, dalle.id, issue.id)).toEqual({ ok: true, issueSlug: "2021-04" });
    const after = (await getIssueForEditor(cora, "2021-04"))!;
    // The pick is about the paper's latest version (v2 in the fixture), at the end.
    expect(after.picks.map((p) => [p.position, p.paper.arxivId, p.paperVersion])).toEqual([[1, "2102.12092", 2]]);
    expect((await listCandidates(cora, {})).items.map((c) => c.paper.arxivId)).toEqual(["2102.06171"]);
    expect((await listCandidates(cora, { filter: "picked" })).items.map((c) => c.id)).toEqual([dalle.id]);
    expect(await pickCandidate(cora, dalle.id, issue.id)).toMatchObject({ ok: false });
  });

  it("refuses a paper already in the issue and changes nothing (the candidate stays)", async () => {
    await createIssue(cora, "2021-04");
    const issue = (await getIssueForEditor(cora, "2021-04"))!;
    const paper = await addCandidates(cora, "2102.06171", "", fast());
    expect(paper.ok).toBe(true);
    const [c] = (await listCandidates(cora, {})).items;
    const paperId = (await testDb.client().paper.findUniqueOrThrow({ where: { arxivId: "2102.06171" }, select: { id: true } })).id;
    await testDb.client().pick.create({ data: { issueId: issue.id, paperId, position: 1, paperVersion: 1 } });
    expect(await pickCandidate(cora, c.id, issue.id)).toMatchObject({ ok: false, field: "issueId", message: "This paper is already a pick of issue 2021-04." });
    expect((await listCandidates(cora, {})).items).toMatchObject([{ id: c.id, status: "OPEN" }]);
    expect(await pickCandidate(cora, c.id, "missing")).toMatchObject({ ok: false, field: "issueId" });
  });

  it("dismisses a candidate out of the inbox, keeps it under 'dismissed', and restores it", async () => {
    await createIssue(cora, "2021-04");
    const issue = (await getIssueForEditor(cora, "2021-04"))!;
    await addCandidates(cora, "2102.12092 2102.06171", "Keep the note", fast());
    const { items } = await listCandidates(cora, {});
    const dalle = items.find((c) => c.paper.arxivId === "2102.12092")!;
    await toggleVote(eddie, dalle.id);
    await setShortlisted(cora, dalle.id, true);

    // A shortlisted candidate can be dismissed too; it leaves the inbox and the shortlist.
    expect(await setDismissed(eddie, dalle.id, true)).toEqual({ ok: true });
    expect((await listCandidates(cora, {})).items.map((c) => c.paper.arxivId)).toEqual(["2102.06171"]);
    expect((await listCandidates(cora, { filter: "shortlisted" })).total).toBe(0);
    const dismissed = await listCandidates(cora, { filter: "dismissed" });
    expect(dismissed.items).toMatchObject([{ id: dalle.id, status: "DISMISSED", note: "Keep the note", votes: 1 }]);
    expect((await listCandidates(cora, { filter: "dismissed", q: "2102.12092" })).total).toBe(1);

    // Twice is refused with a reason; a dismissed candidate cannot be picked.
    expect(await setDismissed(cora, dalle.id, true)).toEqual({ ok: false, message: "This candidate is already dismissed." });
    expect(await pickCandidate(cora, dalle.id, issue.id)).toEqual({ ok: false, message: "This candidate was dismissed: restore it first." });
    expect((await getIssueForEditor(cora, "2021-04"))!.picks).toHaveLength(0);
    // Re-adding the paper does not revive it silently: the message says where it is.
    const readded = await addCandidates(cora, "2102.12092", "", fast());
    expect(readded).toMatchObject({ ok: true, added: [], already: [], dismissed: ["2102.12092"], message: expect.stringContaining("Dismissed earlier: 2102.12092") });
    expect(await testDb.client().candidate.count()).toBe(2);

    // Restored: back in the inbox as open, with its votes and note.
    expect(await setDismissed(cora, dalle.id, false)).toEqual({ ok: true });
    expect(await setDismissed(cora, dalle.id, false)).toMatchObject({ ok: false });
    expect((await listCandidates(cora, { filter: "dismissed" })).total).toBe(0);
    expect((await listCandidates(cora, {})).items.find((c) => c.id === dalle.id)).toMatchObject({ status: "OPEN", votes: 1, note: "Keep the note" });

    // A picked candidate cannot be dismissed; a missing one is named.
    expect(await pickCandidate(cora, dalle.id, issue.id)).toMatchObject({ ok: true });
    expect(await setDismissed(cora, dalle.id, true)).toEqual({ ok: false, message: "This candidate was picked for an issue meanwhile." });
    expect((await listCandidates(cora, { filter: "picked" })).items.map((c) => c.id)).toEqual([dalle.id]);
    expect(await setDismissed(cora, "missing", true)).toEqual({ ok: false, message: "This candidate no longer exists." });
  });

  it("checks the role in the data layer", async () => {
    const nobody = { id: cora.id, role: "READER" } as unknown as Actor;
    await expect(listCandidates(nobody, {})).rejects.toBeInstanceOf(PermissionError);
    await expect(toggleVote(nobody, "x")).rejects.toBeInstanceOf(PermissionError);
    await expect(pickCandidate(nobody, "x", "y")).rejects.toBeInstanceOf(PermissionError);
    await expect(addCandidates(nobody, "2102.06171", "")).rejects.toBeInstanceOf(PermissionError);
    await addCandidates(cora, "2102.06171", "", fast());
    const [c] = (await listCandidates(cora, {})).items;
    await expect(setDismissed(nobody, c.id, true)).rejects.toBeInstanceOf(PermissionError);
    await expect(setDismissed(nobody, c.id, false)).rejects.toBeInstanceOf(PermissionError);
    expect((await listCandidates(cora, {})).items).toMatchObject([{ id: c.id, status: "OPEN" }]);
  });
});
