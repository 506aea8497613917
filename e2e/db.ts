/**
 * The app-under-test's database, for tests that arrange data a reader cannot create. Plain `pg`: the
 * generated Prisma client is an ES module that Playwright's test loader cannot import.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { test } from "@playwright/test";
import { e2eDatabaseFile } from "./database-file";
import { hashPassword } from "../lib/auth/password";
import { normalizeName } from "../lib/authors/normalize";

let pool: pg.Pool | undefined;

export function e2eDb(): pg.Pool {
  if (!pool) {
    const { databaseUrl } = JSON.parse(readFileSync(e2eDatabaseFile(process.env.E2E_PORT ?? "3210"), "utf8")) as { databaseUrl: string };
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }
  return pool;
}

/** Creates (or replaces) an issue with one pick of an already imported paper; returns its id. */
export async function createIssue(opts: {
  slug: string;
  title: string;
  status: "PUBLISHED" | "DRAFT";
  arxivId: string;
  why: string;
  keyInsights?: string;
  intro?: string;
}): Promise<{ id: string }> {
  const client = await e2eDb().connect();
  try {
    await client.query("BEGIN");
    await client.query(`DELETE FROM "Issue" WHERE slug = $1`, [opts.slug]);
    const issue = await client.query<{ id: string }>(
      `INSERT INTO "Issue" (id, slug, month, title, intro, status, "publishedAt", "updatedAt")
       VALUES (gen_random_uuid()::text, $1, ($1 || '-01')::date, $2, $3, $4::"IssueStatus", CASE WHEN $4 = 'PUBLISHED' THEN now() END, now())
       RETURNING id`,
      [opts.slug, opts.title, opts.intro ?? "", opts.status],
    );
    await client.query(
      `INSERT INTO "Pick" (id, "issueId", "paperId", position, why, "keyInsights", "paperVersion", "updatedAt")
       SELECT gen_random_uuid()::text, $1, id, 1, $2, $3, "latestVersion", now() FROM "Paper" WHERE "arxivId" = $4`,
      [issue.rows[0].id, opts.why, opts.keyInsights ?? "", opts.arxivId],
    );
    await client.query("COMMIT");
    return issue.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export async function issueViewCount(issueId: string): Promise<number> {
  const r = await e2eDb().query<{ n: string | null }>(`SELECT sum(count) AS n FROM "PageView" WHERE "issueId" = $1`, [issueId]);
  return Number(r.rows[0].n ?? 0);
}

// ---- Accounts and paper authors (issue 4) -------------------------------------------------------------

export const uniqueSuffix = () => randomBytes(4).toString("hex");

/** A query on the app-under-test's database; skips the test when the server wrote no database URL (PGlite). */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  test.skip(!existsSync(e2eDatabaseFile(process.env.E2E_PORT ?? "3210")), "the e2e server runs on the embedded database: no direct access");
  return (await e2eDb().query<T>(text, values)).rows;
}

export async function createUser(opts: { email: string; name: string; role: "CURATOR" | "EDITOR" | "ADMIN"; password: string }): Promise<string> {
  const id = randomUUID();
  await sql(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4::"Role", $5, now())`, [
    id, opts.email.toLowerCase(), opts.name, opts.role, await hashPassword(opts.password),
  ]);
  return id;
}

export async function createAuthor(name: string, slug: string): Promise<string> {
  const id = randomUUID();
  await sql(`INSERT INTO "Author" (id, name, "normalizedName", slug, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [id, name, normalizeName(name), slug]);
  return id;
}

export async function createPaper(arxivId: string, title: string, authorIds: string[]): Promise<string> {
  const id = randomUUID();
  await sql(
    `INSERT INTO "Paper" (id, "arxivId", "latestVersion", title, abstract, "publishedAt", "arxivUpdatedAt", "primaryCategory", categories, "absUrl", "pdfUrl", "updatedAt")
     VALUES ($1, $2, 1, $3, 'Abstract.', '2021-02-01', '2021-02-01', 'cs.LG', ARRAY['cs.LG'], $4, $5, now())`,
    [id, arxivId, title, `https://arxiv.org/abs/${arxivId}`, `https://arxiv.org/pdf/${arxivId}`],
  );
  for (const [i, authorId] of authorIds.entries()) {
    await sql(`INSERT INTO "PaperAuthor" ("paperId", "authorId", position) VALUES ($1, $2, $3)`, [id, authorId, i + 1]);
  }
  return id;
}
