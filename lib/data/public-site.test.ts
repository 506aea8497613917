import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "../testing/db";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { getNeighbourIssues, getPublicIssue, listPublicIssues } from "./issues";
import { getPublicPaper } from "./papers";
import { findPublicAuthor } from "./authors";
import { getPublicTopic, listPublicTopics } from "./topics";
import { searchPicks } from "./search";

const db = setupTestDatabase();

beforeAll(async () => {
  await seedDemo(db.client(), { accounts: false });
  // A draft issue whose only pick is a paper no public issue has.
  const draft = await db.client().issue.create({
    data: { slug: "2021-04", month: new Date("2021-04-01T00:00:00Z"), title: "April draft", status: "DRAFT" },
  });
  const paper = await db.client().paper.create({
    data: {
      arxivId: "2104.00001",
      latestVersion: 1,
      title: "A secret draft paper about zymurgy",
      abstract: "Zymurgy <script>alert(1)</script> & fermentation.",
      publishedAt: new Date("2021-04-01"),
      arxivUpdatedAt: new Date("2021-04-01"),
      primaryCategory: "cs.LG",
      categories: ["cs.LG"],
      absUrl: "https://arxiv.org/abs/2104.00001",
      pdfUrl: "https://arxiv.org/pdf/2104.00001",
    },
  });
  await db.client().pick.create({ data: { issueId: draft.id, paperId: paper.id, position: 1, why: "Zymurgy matters.", paperVersion: 1 } });
});

const q = (text: string, page = 1, size = 10) => searchPicks({ q: text, page, size });

describe("public issues", () => {
  it("shows published issues only; drafts and future schedules are invisible", async () => {
    expect((await listPublicIssues()).map((i) => i.slug)).toEqual(["2021-03"]);
    expect(await getPublicIssue("2021-04")).toBeNull();
    await db.client().issue.update({ where: { slug: "2021-04" }, data: { status: "SCHEDULED", publishAt: new Date(Date.now() + 3600_000) } });
    expect(await getPublicIssue("2021-04")).toBeNull();
    await db.client().issue.update({ where: { slug: "2021-04" }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect((await getPublicIssue("2021-04"))?.title).toBe("April draft");
    expect((await getNeighbourIssues(new Date("2021-03-01T00:00:00Z"))).next?.slug).toBe("2021-04");
    await db.client().issue.update({ where: { slug: "2021-04" }, data: { status: "DRAFT", publishAt: null } });
    expect((await getNeighbourIssues(new Date("2021-03-01T00:00:00Z"))).next).toBeNull();
  });

  it("loads an issue with picks in order, authors in order, topics and figures", async () => {
    const issue = await getPublicIssue("2021-03");
    expect(issue?.picks).toHaveLength(9);
    expect(issue?.picks[5].paper.authors[0]).toEqual({ name: "Bernhard Schölkopf", slug: "bernhard-scholkopf" });
    expect(issue?.picks[1].figures[0].sourceCredit).toMatch(/Picks illustration/);
    expect(issue?.picks[0].topics.map((t) => t.slug)).toEqual(["generative-models", "transformers"]);
  });
});

describe("papers, authors and topics", () => {
  it("shows a paper with a public pick, and 404s one picked only in a draft", async () => {
    const paper = await getPublicPaper("2102.11107");
    expect(paper?.picks.map((p) => p.issue.slug)).toEqual(["2021-03"]);
    expect(await getPublicPaper("2104.00001")).toBeNull();
    expect(await getPublicPaper("9999.99999")).toBeNull();
  });

  it("finds an author by slug and redirects an old slug", async () => {
    const found = await findPublicAuthor("bernhard-scholkopf");
    expect(found.kind === "found" && found.author.papers.map((p) => p.arxivId)).toEqual(["2102.11107"]);
    const author = await db.client().author.findUniqueOrThrow({ where: { slug: "bernhard-scholkopf" } });
    await db.client().authorSlugRedirect.create({ data: { slug: "b-scholkopf", authorId: author.id } });
    expect(await findPublicAuthor("b-scholkopf")).toEqual({ kind: "moved", slug: "bernhard-scholkopf" });
    expect(await findPublicAuthor("nobody")).toEqual({ kind: "missing" });
  });

  it("lists topics with counts of public picks", async () => {
    const topics = await listPublicTopics();
    expect(topics.find((t) => t.slug === "transformers")?.pickCount).toBe(2);
    expect((await getPublicTopic("transformers"))?.picks.map((p) => p.arxivId).sort()).toEqual(["2102.07074", "2102.11090"]);
    expect(await getPublicTopic("nope")).toBeNull();
  });
});

describe("searchPicks", () => {
  it("finds a paper by a word of its abstract, with a highlighted snippet", async () => {
    const r = await q("discrete VAE");
    expect(r.hits[0].arxivId).toBe("2102.12092");
    expect(r.hits[0].snippetHtml).toMatch(/<mark>discrete<\/mark>/i);
  });

  it("finds an author's accented name typed without the accent, and with it", async () => {
    expect((await q("Scholkopf")).hits.map((h) => h.arxivId)).toEqual(["2102.11107"]);
    expect((await q("Schölkopf")).hits.map((h) => h.arxivId)).toEqual(["2102.11107"]);
    expect((await q("schutze")).hits.map((h) => h.arxivId)).toEqual(["2102.11090"]);
  });

  it("finds commentary words and never drafts", async () => {
    expect((await q("neuroscience")).hits.map((h) => h.arxivId)).toContain("2102.10106");
    expect((await q("zymurgy")).total).toBe(0);
  });

  it("answers empty and absurd queries without error", async () => {
    expect(await q("")).toMatchObject({ hits: [], total: 0 });
    expect((await q("!!! ((( &&& :* |")).total).toBe(0);
    expect((await q("x".repeat(200))).total).toBe(0);
    expect((await q("'; DROP TABLE \"Paper\"; --")).total).toBe(0);
    expect(await db.client().paper.count()).toBe(10);
  });

  it("paginates with the total", async () => {
    const all = await q("transformer", 1, 50);
    expect(all.total).toBeGreaterThanOrEqual(3);
    const first = await q("transformer", 1, 2);
    const second = await q("transformer", 2, 2);
    expect(first.hits).toHaveLength(2);
    expect(first.pages).toBe(Math.ceil(all.total / 2));
    expect([...first.hits, ...second.hits].map((h) => h.arxivId)).toEqual(all.hits.slice(0, 4).map((h) => h.arxivId));
    const beyond = await q("transformer", 99, 2);
    expect(beyond).toMatchObject({ hits: [], total: all.total });
  });

  it("escapes snippet text", async () => {
    await db.client().issue.update({ where: { slug: "2021-04" }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const r = await q("zymurgy");
    // PostgreSQL's parser drops the tag itself; what remains is escaped, only <mark> is markup.
    expect(r.hits[0].snippetHtml).not.toContain("<script");
    expect(r.hits[0].snippetHtml).toContain("&amp; fermentation");
    expect(r.hits[0].snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    await db.client().issue.update({ where: { slug: "2021-04" }, data: { status: "DRAFT", publishedAt: null } });
  });
});

describe("sitemap source", () => {
  it("lists every published issue and no draft", async () => {
    const { listPublicPaths } = await import("./sitemap");
    const published = (await listPublicIssues()).map((i) => `/issues/${i.slug}`);
    const paths = (await listPublicPaths()).map((p) => p.path);
    for (const p of published) expect(paths).toContain(p);
    expect(paths).not.toContain("/issues/2021-04");
    expect(paths).toContain("/papers/2102.11107");
    expect(paths).toContain("/authors/bernhard-scholkopf");
    expect(paths).not.toContain("/papers/2104.00001");
  });
});

describe("the pick search document", () => {
  it("follows commentary edits and paper metadata changes (triggers)", async () => {
    const pick = await db.client().pick.findFirstOrThrow({ where: { paper: { arxivId: "2102.07033" } }, select: { id: true } });
    expect((await q("quokka")).total).toBe(0);
    await db.client().pick.update({ where: { id: pick.id }, data: { why: "A quokka would approve." } });
    expect((await q("quokka")).hits.map((h) => h.arxivId)).toEqual(["2102.07033"]);
    await db.client().paper.update({ where: { arxivId: "2102.07033" }, data: { title: "PAQ revisited by a wombat" } });
    expect((await q("wombat")).hits.map((h) => h.arxivId)).toEqual(["2102.07033"]);
    expect((await q("quokka")).total).toBe(1);
    // Author names: a rename and a merge (authorship moved to another author) reach the vector too.
    const lewis = await db.client().author.findFirstOrThrow({ where: { normalizedName: "patrick lewis" } });
    await db.client().author.update({ where: { id: lewis.id }, data: { name: "Patrick Lewiß", normalizedName: "patrick lewiss" } });
    expect((await q("lewiss")).hits.map((h) => h.arxivId)).toEqual(["2102.07033"]);
    const other = await db.client().author.create({ data: { name: "Zebulon Quux", normalizedName: "zebulon quux", slug: "zebulon-quux" } });
    await db.client().paperAuthor.updateMany({ where: { authorId: lewis.id }, data: { authorId: other.id } });
    expect((await q("quux")).hits.map((h) => h.arxivId)).toEqual(["2102.07033"]);
    expect((await q("lewiss")).total).toBe(0);
  });

  it("stays in the pick's row: a search scan reads no TOAST pages", async () => {
    // Long commentary of words that do not compress: each pick's row is well over the 2 KB at which
    // PostgreSQL moves its largest value out of the row, and the document alone is over 2 KB.
    let seed = 11;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const words = (n: number) => Array.from({ length: n }, () => Array.from({ length: 4 + (seed % 6) }, letter).join("")).join(" ");
    const picks = await db.client().pick.findMany({ select: { id: true } });
    for (const pick of picks) await db.client().pick.update({ where: { id: pick.id }, data: { why: words(100), keyInsights: words(100) } });
    const [{ doc }] = await db.client().$queryRaw<{ doc: number }[]>`SELECT min(pg_column_size("searchDoc"))::int AS doc FROM "Pick"`;
    expect(doc).toBeGreaterThan(2048);

    // Every pick is tested by a sequential scan, as search does when a word is common.
    const plan = await db.client().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
      await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
      const rows = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Node Type": string; "Shared Hit Blocks": number; "Shared Read Blocks": number } }] }[]>`
        EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT id FROM "Pick" WHERE "searchDoc" @@ to_tsquery('english', 'transformer')`;
      return rows[0]["QUERY PLAN"][0].Plan;
    });
    expect(plan["Node Type"]).toBe("Seq Scan");
    const [{ pages }] = await db.client().$queryRaw<{ pages: number }[]>`SELECT (pg_relation_size('"Pick"') / 8192)::int AS pages`;
    // The table's own pages, and not one more: no document was fetched from the TOAST table.
    expect(plan["Shared Hit Blocks"] + plan["Shared Read Blocks"]).toBeLessThanOrEqual(pages);
    expect((await q("transformer")).total).toBeGreaterThan(0);
  });
});
