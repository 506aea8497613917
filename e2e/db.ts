/**
 * The app-under-test's database, for tests that arrange data a reader cannot create. Plain `pg`: the
 * generated Prisma client is an ES module that Playwright's test loader cannot import.
 */
import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseFile } from "./database-file";

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
