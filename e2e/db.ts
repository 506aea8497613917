/**
 * Direct access to the e2e server's database, to arrange data a test needs (users in a given state,
 * duplicate authors) and to check effects. Plain SQL through pg: Playwright's loader cannot load the
 * generated ESM Prisma client. Only on a real PostgreSQL server: on the embedded PGlite fallback these
 * tests skip.
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { test } from "@playwright/test";
import { withDatabase } from "../lib/testing/admin-db";
import { hashPassword } from "../lib/auth/password";
import { normalizeName } from "../lib/authors/normalize";

let pool: pg.Pool | undefined;

export function e2eDatabaseUrl(): string | null {
  const name = process.env.PICKS_E2E_DATABASE;
  const server = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  return name ? withDatabase(server, name) : null;
}

export const uniqueSuffix = () => randomBytes(4).toString("hex");

/** Runs a query on the e2e database; skips the test when it cannot be reached. */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const url = e2eDatabaseUrl();
  test.skip(!url, "needs PICKS_E2E_DATABASE (set by playwright.config.ts)");
  pool ??= new pg.Pool({ connectionString: url!, max: 2 });
  try {
    return (await pool.query<T>(text, values)).rows;
  } catch (error) {
    if ((error as { code?: string }).code === "ECONNREFUSED" || (error as { code?: string }).code === "3D000") {
      test.skip(true, "the e2e database is not reachable (embedded PGlite fallback?)");
    }
    throw error;
  }
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
