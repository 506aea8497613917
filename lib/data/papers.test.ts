import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { startReplayServer, type ReplayServer } from "../arxiv/testing/replay-server";
import { importPapers, paperRevisionSince, refreshPaper, waitForArxivSlot, type ArxivRequestOptions } from "./papers";
import { PermissionError } from "./access";

const testDb = setupAppDatabase();

const curator = { id: "curator-1", role: "CURATOR" as const };
let arxiv: ReplayServer;
let opts: ArxivRequestOptions;

beforeAll(async () => {
  arxiv = await startReplayServer();
  // Short spacing, timeout and backoff keep the suite fast; the 3 s production spacing has its own test.
  opts = { apiUrl: arxiv.url, spacingMs: 50, timeoutMs: 500, retries: 2, backoffMs: 10 };
});
afterAll(() => arxiv.close());
beforeEach(async () => {
  await truncateAll(testDb.client());
  arxiv.setMode({ kind: "normal" });
  arxiv.requests.length = 0;
});

describe("importPapers", () => {
  it("fetches a pasted batch in one request and stores every paper with its authors in order", async () => {
    const result = await importPapers(curator, "2102.12092v2, https://arxiv.org/abs/2102.06171\nhep-th/9711200", opts);
    expect(result).toMatchObject({ ok: true, notFound: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.imported.map((p) => [p.arxivId, p.version, p.isNew])).toEqual([
      ["2102.12092", 2, true],
      ["2102.06171", 1, true],
      ["hep-th/9711200", 3, true],
    ]);
    expect(arxiv.requests).toHaveLength(1);
    expect(arxiv.requests[0].idList).toEqual(["2102.12092", "2102.06171", "hep-th/9711200"]);
    expect(arxiv.requests[0].maxResults).toBe(3);

    const maldacena = await testDb.client().paper.findUniqueOrThrow({
      where: { arxivId: "hep-th/9711200" },
      select: { title: true, latestVersion: true, doi: true, authors: { select: { position: true, author: { select: { name: true } } } } },
    });
    expect(maldacena).toMatchObject({ title: "The Large N Limit of Superconformal Field Theories and Supergravity", latestVersion: 3, doi: "10.1023/A:1026654312961" });
    expect(maldacena.authors[0]).toEqual({ position: 1, author: { name: "Juan M. Maldacena" } });
    const dalle = await testDb.client().paperAuthor.findMany({ where: { paper: { arxivId: "2102.12092" } }, orderBy: { position: "asc" }, select: { author: { select: { name: true } } } });
    expect(dalle.map((a) => a.author.name).slice(0, 3)).toEqual(["Aditya Ramesh", "Mikhail Pavlov", "Gabriel Goh"]);
  });

  it("never duplicates authors or papers on re-import", async () => {
    await importPapers(curator, "2102.12092 2102.11107", opts);
    const authors = await testDb.client().author.count();
    const again = await importPapers(curator, "arXiv:2102.12092 https://arxiv.org/pdf/2102.11107", opts);
    expect(again.ok && again.imported.map((p) => p.isNew)).toEqual([false, false]);
    expect(await testDb.client().author.count()).toBe(authors);
    expect(await testDb.client().paper.count()).toBe(2);
  });

  it("rejects malformed ids before any request, naming each", async () => {
    const result = await importPapers(curator, "2102.12092 not-an-id 2102.123", opts);
    expect(result).toMatchObject({ ok: false, kind: "invalid", invalid: ["not-an-id", "2102.123"] });
    expect(!result.ok && result.message).toContain('"not-an-id", "2102.123"');
    expect(arxiv.requests).toHaveLength(0);
    expect(await testDb.client().paper.count()).toBe(0);
  });

  it("reports an id arXiv does not know and still imports the others", async () => {
    const result = await importPapers(curator, "2102.12092 2012.99999", opts);
    expect(result).toMatchObject({ ok: true, notFound: [{ arxivId: "2012.99999" }] });
    expect(result.ok && result.message).toContain("arXiv has no paper 2012.99999");
    expect(await testDb.client().paper.count()).toBe(1);
  });

  it("reports arXiv's Error entry without retrying", async () => {
    arxiv.setMode({ kind: "error-entry" });
    const result = await importPapers(curator, "2102.12092", opts);
    expect(result).toMatchObject({ ok: false, kind: "arxiv-error" });
    expect(!result.ok && result.message).toMatch(/arXiv reported an error: incorrect id format for 2102\.12092/);
    expect(arxiv.requests).toHaveLength(1);
  });

  it("retries a 503 politely and succeeds when arXiv recovers", async () => {
    arxiv.setMode({ kind: "status", status: 503 }, 1);
    const result = await importPapers(curator, "2102.12092", opts);
    expect(result.ok).toBe(true);
    expect(arxiv.requests).toHaveLength(2);
  });

  it("gives up after the retries on repeated 5xx with a clear message", async () => {
    arxiv.setMode({ kind: "status", status: 503 });
    const result = await importPapers(curator, "2102.12092", opts);
    expect(result).toMatchObject({ ok: false, kind: "server" });
    expect(!result.ok && result.message).toMatch(/arXiv is having trouble \(HTTP 503\)/);
    expect(arxiv.requests).toHaveLength(3);
    expect(await testDb.client().paper.count()).toBe(0);
  });

  it("times out a slow answer, retries, and says so", async () => {
    arxiv.setMode({ kind: "slow", delayMs: 2_000 });
    const result = await importPapers(curator, "2102.12092", { ...opts, timeoutMs: 200, retries: 1 });
    expect(result).toMatchObject({ ok: false, kind: "timeout" });
    expect(!result.ok && result.message).toMatch(/did not answer within/);
    expect(arxiv.requests).toHaveLength(2);
  });

  it("reports malformed XML without retrying", async () => {
    arxiv.setMode({ kind: "malformed" });
    const result = await importPapers(curator, "2102.12092", opts);
    expect(result).toMatchObject({ ok: false, kind: "malformed" });
    expect(!result.ok && result.message).toMatch(/cannot read/);
    expect(arxiv.requests).toHaveLength(1);
  });

  it("needs a signed-in staff role", async () => {
    await expect(importPapers({ id: "x", role: "READER" as never }, "2102.12092", opts)).rejects.toThrow(PermissionError);
  });
});

describe("arXiv request spacing", () => {
  it("spaces concurrent requests at least 3 s apart by default, across callers", async () => {
    await waitForArxivSlot(); // the first slot is free
    const started = Date.now();
    await Promise.all([waitForArxivSlot(), waitForArxivSlot()]);
    // Two more slots after the first: the second one lands 6 s after it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_900);
  }, 15_000);

  it("keeps concurrent imports apart", async () => {
    const spaced = { ...opts, spacingMs: 400 };
    await Promise.all([importPapers(curator, "2102.12092", spaced), importPapers(curator, "2102.06171", spaced), importPapers(curator, "2102.11107", spaced)]);
    const times = arxiv.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(times).toHaveLength(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(390);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(390);
  });
});

describe("refreshPaper", () => {
  it("learns about a newer version and keeps what the earlier one said", async () => {
    const first = await importPapers(curator, "2102.12092", opts);
    if (!first.ok) throw new Error(first.message);
    const paperId = first.imported[0].paperId;
    expect(await paperRevisionSince(paperId, 2)).toBeNull();

    const v3 = arxiv
      .entryFor("2102.12092")!
      .replace(/2102\.12092v2/g, "2102.12092v3")
      .replace("<title>Zero-Shot Text-to-Image Generation</title>", "<title>Zero-Shot Text-to-Image Generation, Revised</title>")
      .replace(/<summary>[\s\S]*?<\/summary>/, "<summary>A new abstract.</summary>");
    arxiv.setEntry("2102.12092", v3);

    const refreshed = await refreshPaper(curator, paperId, opts);
    expect(refreshed).toMatchObject({ ok: true, previousVersion: 2, latestVersion: 3 });
    expect(await paperRevisionSince(paperId, 2)).toMatchObject({
      fromVersion: 2,
      toVersion: 3,
      earlierTextKnown: true,
      title: { before: "Zero-Shot Text-to-Image Generation", after: "Zero-Shot Text-to-Image Generation, Revised" },
      abstract: { after: "A new abstract." },
    });
    // A pick about v1, whose text was never fetched, still learns that the paper changed.
    expect(await paperRevisionSince(paperId, 1)).toMatchObject({ fromVersion: 1, toVersion: 3, earlierTextKnown: false, title: null });
  });
});
