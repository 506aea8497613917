import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../testing/db";
import { createPrismaClient } from "../prisma-client";

const db = setupTestDatabase();

async function makeIssue(slug: string, picks: number) {
  const client = db.client();
  const issue = await client.issue.create({ data: { slug, month: new Date(`${slug}-01T00:00:00Z`), title: slug, status: "PUBLISHED", publishedAt: new Date() } });
  for (let n = 1; n <= picks; n++) {
    const author = await client.author.create({ data: { name: `Author ${slug} ${n}`, normalizedName: `author ${slug} ${n}`, slug: `author-${slug}-${n}` } });
    const topic = await client.topic.create({ data: { slug: `topic-${slug}-${n}`, name: `Topic ${n}` } });
    const paper = await client.paper.create({
      data: {
        arxivId: `${slug.replace("-", "").slice(2)}.${String(10000 + n)}`,
        latestVersion: 1,
        title: `Paper ${n}`,
        abstract: "Abstract",
        publishedAt: new Date(),
        arxivUpdatedAt: new Date(),
        primaryCategory: "cs.LG",
        categories: ["cs.LG"],
        absUrl: "https://arxiv.org/abs/x",
        pdfUrl: "https://arxiv.org/pdf/x",
        authors: { create: [{ authorId: author.id, position: 1 }] },
      },
    });
    await client.pick.create({
      data: {
        issueId: issue.id,
        paperId: paper.id,
        position: n,
        why: "Why",
        paperVersion: 1,
        topics: { create: [{ topicId: topic.id }] },
        figures: { create: [{ position: 1, url: "/x.png", mimeType: "image/png", alt: "x", caption: "c", sourceCredit: "s" }] },
      },
    });
  }
}

describe("the public issue page's queries", () => {
  it("are bounded: the same number of queries for 2 picks as for 12", async () => {
    await makeIssue("2020-01", 2);
    await makeIssue("2020-02", 12);
    // A client that reports every SQL statement, wired in where lib/db.ts would create its own.
    const counting = createPrismaClient(db.url, { max: 2, log: true });
    const statements: string[] = [];
    (counting as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on("query", (e) => statements.push(e.query));
    (globalThis as { picksPrisma?: unknown }).picksPrisma = counting;
    const { getPublicIssue } = await import("./issues");

    statements.length = 0;
    const small = await getPublicIssue("2020-01");
    const smallCount = statements.length;
    statements.length = 0;
    const large = await getPublicIssue("2020-02");
    const largeCount = statements.length;

    expect(small?.picks).toHaveLength(2);
    expect(large?.picks).toHaveLength(12);
    expect(large?.picks[11].figures).toHaveLength(1);
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThanOrEqual(8);
    await counting.$disconnect();
  });
});
