import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../../lib/testing/db";
import { verifyPassword } from "../../lib/auth/password";
import { renderMarkdown } from "../../lib/markdown/render";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./seed-demo";

const db = setupTestDatabase();

const EXPECTED_ORDER = [
  "2102.07074",
  "2102.01293",
  "2102.00176",
  "2102.10106",
  "2102.12092",
  "2102.11107",
  "2102.06171",
  "2102.11090",
  "2102.07033",
];

describe("seedDemo", () => {
  it("seeds a published issue 2021-03 with nine picks in the reference order, once", async () => {
    const client = db.client();
    expect(await seedDemo(client, { accounts: false })).toEqual({ seeded: true, accounts: false });

    const issue = await client.issue.findUniqueOrThrow({
      where: { slug: "2021-03" },
      select: {
        status: true,
        publishedAt: true,
        intro: true,
        picks: { orderBy: { position: "asc" }, select: { position: true, why: true, keyInsights: true, paperVersion: true, paper: { select: { arxivId: true, latestVersion: true } }, figures: true } },
      },
    });
    expect(issue.status).toBe("PUBLISHED");
    expect(issue.publishedAt).not.toBeNull();
    expect(issue.picks.map((p) => p.paper.arxivId)).toEqual(EXPECTED_ORDER);
    expect(issue.picks.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const p of issue.picks) {
      expect(p.why.length).toBeGreaterThan(50);
      expect(p.paperVersion).toBe(p.paper.latestVersion);
    }

    // The commentary carries at least one list, inline formula, display formula and figure with a credit.
    const text = issue.picks.map((p) => `${p.why}\n${p.keyInsights}`).join("\n");
    expect(text).toMatch(/^\s*(-|\d+\.) /m);
    expect(text).toMatch(/[^$]\$[^$\n]+\$[^$]/);
    expect(text).toMatch(/\$\$[\s\S]+?\$\$/);
    // Every formula is valid TeX (KaTeX marks errors with .katex-error) and no escape was lost.
    for (const p of issue.picks) {
      for (const source of [p.why, p.keyInsights]) {
        expect(source).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
        expect(renderMarkdown(source)).not.toContain("katex-error");
      }
    }
    expect(renderMarkdown(issue.picks[1].keyInsights)).toContain('<annotation encoding="application/x-tex">D_T = k \\, (D_F)^{\\alpha} \\, (N)^{\\beta}</annotation>');

    const figures = issue.picks.flatMap((p) => p.figures);
    expect(figures.length).toBeGreaterThanOrEqual(1);
    expect(figures[0]).toMatchObject({ url: expect.stringMatching(/^\/figures\//), caption: expect.any(String), sourceCredit: expect.any(String) });

    // Second run: nothing happens, and an edit survives.
    await client.issue.update({ where: { slug: "2021-03" }, data: { intro: "Edited by a curator" } });
    expect(await seedDemo(client, { accounts: true })).toEqual({ seeded: false, accounts: false });
    const after = await client.issue.findUniqueOrThrow({ where: { slug: "2021-03" }, select: { intro: true } });
    expect(after.intro).toBe("Edited by a curator");
    expect(await client.user.count()).toBe(0);
  });

  it("stores authors once, in order, with accents, and matches them across papers by normalized name", async () => {
    const client = db.client();
    const causal = await client.paper.findUniqueOrThrow({
      where: { arxivId: "2102.11107" },
      select: { title: true, categories: true, authors: { orderBy: { position: "asc" }, select: { position: true, author: { select: { name: true, slug: true, normalizedName: true } } } } },
    });
    expect(causal.title).toBe("Towards Causal Representation Learning");
    expect(causal.authors[0].author).toEqual({ name: "Bernhard Schölkopf", slug: "bernhard-scholkopf", normalizedName: "bernhard scholkopf" });
    expect(causal.authors.map((a) => a.position)).toEqual(causal.authors.map((_, i) => i + 1));

    const dupes = await client.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT "normalizedName" FROM "Author" GROUP BY 1 HAVING count(*) > 1) d`;
    expect(Number(dupes[0].n)).toBe(0);
  });

  it("creates the three demo accounts only when asked, with the documented password", async () => {
    const client = db.client();
    await seedDemo(client, { accounts: true, force: true });
    const users = await client.user.findMany({ orderBy: { email: "asc" }, select: { email: true, role: true, passwordHash: true, disabled: true } });
    expect(users.map((u) => [u.email, u.role])).toEqual(
      [...DEMO_ACCOUNTS].sort((a, b) => a.email.localeCompare(b.email)).map((a) => [a.email, a.role]),
    );
    for (const u of users) {
      expect(u.disabled).toBe(false);
      expect(u.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(u.passwordHash!, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(u.passwordHash!, "wrong-password-123")).toBe(false);
    }
    // Forcing re-creates the issue without duplicating papers or authors.
    expect(await client.issue.count()).toBe(1);
    expect(await client.paper.count()).toBe(9);
  });

  it("finds papers through the full-text search column", async () => {
    const rows = await db.client().$queryRaw<{ arxivId: string }[]>`
      SELECT "arxivId" FROM "Paper" WHERE search @@ websearch_to_tsquery('english', 'normalization') ORDER BY "arxivId"`;
    expect(rows.map((r) => r.arxivId)).toContain("2102.06171");
  });
});
