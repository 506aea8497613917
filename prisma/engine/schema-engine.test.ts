/**
 * End-to-end test of the schema-engine stand-in (prisma/engine/schema-engine.mjs): runs the real Prisma CLI
 * through it against fresh, uniquely named databases on the PostgreSQL server of DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres), and checks the effects in the database, not only exit
 * codes. The cases share one database and run in order. Databases created here are dropped at the end.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const ENGINE = path.join(ROOT, "prisma", "engine", "schema-engine.mjs");
const PRISMA_CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
const MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const SERVER_URL = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const STEP_TIMEOUT = 30_000;

const suffix = `${process.pid}_${Date.now().toString(36)}`;
const mainDb = `se_test_${suffix}`;
const createdDatabases = new Set<string>();
let tmpDir = "";

/** The server URL with another database name. */
function urlFor(database: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.href;
}

async function withClient<T>(database: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const query = async (sql: string, params: unknown[] = []) => withClient(mainDb, async (c) => (await c.query(sql, params)).rows);

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: ENGINE,
    DATABASE_URL: urlFor(mainDb),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
    ...env,
  };
  // Exercise the engine's own shadow database handling, not whatever the environment configures.
  delete childEnv.SHADOW_DATABASE_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { cwd: ROOT, env: childEnv, timeout: STEP_TIMEOUT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const prisma = (args: string[], env?: Record<string, string | undefined>) => run(PRISMA_CLI, args, env);

/** Databases on the server whose names start with `prefix`. */
async function databasesLike(prefix: string): Promise<string[]> {
  const admin = new URL(SERVER_URL).pathname.slice(1) || "postgres";
  return withClient(admin, async (c) => (await c.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`])).rows.map((r) => r.datname as string));
}

async function migrationNames(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/**
 * Needs a real PostgreSQL server (it creates databases). Without DATABASE_URL and with nothing at the
 * default address, or on PGlite (one database per server), the suite is skipped, loudly.
 */
async function skipReason(): Promise<string | null> {
  try {
    const admin = new URL(SERVER_URL).pathname.slice(1) || "postgres";
    const { rows } = await withClient(admin, (c) => c.query("SELECT version() AS v"));
    return /PGlite/i.test(rows[0].v) ? "the server is PGlite, which cannot create databases" : null;
  } catch (error) {
    if (process.env.DATABASE_URL) return null; // asked for explicitly: let the cases fail
    return `no PostgreSQL server at ${SERVER_URL} (${(error as Error).message})`;
  }
}
const skip = await skipReason();
if (skip) console.warn(`schema-engine stand-in tests skipped: ${skip}`);

beforeAll(async () => {
  tmpDir = await mkdtemp(path.join(os.tmpdir(), "schema-engine-test-"));
  createdDatabases.add(mainDb);
});

afterAll(async () => {
  if (skip) return;
  const admin = new URL(SERVER_URL).pathname.slice(1) || "postgres";
  await withClient(admin, async (c) => {
    const { rows } = await c.query("SELECT current_setting('server_version_num')::int AS v");
    for (const db of createdDatabases) {
      await c.query(`DROP DATABASE IF EXISTS "${db}"${rows[0].v >= 130000 ? " WITH (FORCE)" : ""}`);
    }
  });
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

describe.skipIf(skip !== null)("schema-engine stand-in with the Prisma CLI", () => {
  it("migrate deploy creates the database and applies every migration", { timeout: STEP_TIMEOUT }, async () => {
    const result = await prisma(["migrate", "deploy"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const applied = await query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name");
    expect(applied.map((r) => r.migration_name)).toEqual(await migrationNames(MIGRATIONS));

    const tables = (await query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(["Issue", "Pick", "Paper", "Author", "User", "Revision", "SiteSettings", "SignInThrottle"]));

    // The hand-edited parts of the migrations: STORED generated search vectors with GIN indexes.
    const generated = await query("SELECT attrelid::regclass::text AS tbl FROM pg_attribute WHERE attname = 'search' AND attgenerated = 's' ORDER BY 1");
    expect(generated.map((r) => r.tbl)).toEqual(['"Author"', '"Paper"', '"Pick"']);
    const indexes = await query(
      "SELECT indexname FROM pg_indexes WHERE indexname IN ('Author_search_idx', 'Paper_search_idx', 'Pick_search_idx') AND indexdef LIKE '%USING gin%'",
    );
    expect(indexes).toHaveLength(3);
    // The hand-written part of the sign_in_throttle migration: the append-only trigger on the audit log.
    expect(await query(`SELECT tgname FROM pg_trigger WHERE tgrelid = '"AuditEvent"'::regclass AND NOT tgisinternal`)).toEqual([{ tgname: "AuditEvent_append_only" }]);
    // The hand-written triggers that keep each pick's search vector current (pick_search_document*).
    const searchTriggers = await query(`SELECT tgname FROM pg_trigger WHERE tgname LIKE '%search_document' AND NOT tgisinternal ORDER BY 1`);
    expect(searchTriggers.map((r) => r.tgname)).toEqual(["Author_search_document", "PaperAuthor_search_document", "Paper_search_document", "Pick_search_document"]);
    // And the picks' search indexes without a GIN pending list (pick_search_gin_no_pending_list).
    const ginOptions = await query(`SELECT relname, reloptions FROM pg_class WHERE relname IN ('Pick_search_idx', 'Pick_searchDoc_idx') ORDER BY 1`);
    expect(ginOptions).toEqual([
      { relname: "Pick_searchDoc_idx", reloptions: ["fastupdate=off"] },
      { relname: "Pick_search_idx", reloptions: ["fastupdate=off"] },
    ]);
  });

  it("migrate status exits 0 and reports the schema up to date", { timeout: STEP_TIMEOUT }, async () => {
    const result = await prisma(["migrate", "status"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("Database schema is up to date");

    // And it really looks at the database: an empty one has unapplied migrations (exit 1).
    const emptyDb = `${mainDb}_empty`;
    createdDatabases.add(emptyDb);
    await withClient(new URL(SERVER_URL).pathname.slice(1) || "postgres", (c) => c.query(`CREATE DATABASE "${emptyDb}"`));
    const behind = await prisma(["migrate", "status"], { DATABASE_URL: urlFor(emptyDb) });
    expect(behind.code).not.toBe(0);
    expect(behind.stdout).toContain("have not yet been applied");
  });

  it("migrate diff from the migrations to the schema finds no drift (shadow database created and dropped)", { timeout: STEP_TIMEOUT }, async () => {
    const shadowsBefore = await databasesLike("prisma_shadow_");
    const result = await prisma(["migrate", "diff", "--from-migrations", MIGRATIONS, "--to-schema", path.join(ROOT, "prisma", "schema.prisma"), "--script", "--exit-code"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("empty migration");
    expect(result.stdout).not.toMatch(/ALTER|CREATE|DROP/);
    const leftover = (await databasesLike("prisma_shadow_")).filter((d) => !shadowsBefore.includes(d));
    expect(leftover).toEqual([]);
  });

  it("migrate dev --create-only writes a migration with the new column and does not apply it", { timeout: STEP_TIMEOUT }, async () => {
    const dir = path.join(tmpDir, "create-only");
    await cp(MIGRATIONS, path.join(dir, "migrations"), { recursive: true });
    const schema = await readFile(path.join(ROOT, "prisma", "schema.prisma"), "utf8");
    const changed = schema.replace(/^model Topic \{\n/m, `model Topic {\n  engineTestColumn String @default("a;b")\n`);
    expect(changed).not.toBe(schema);
    await writeFile(path.join(dir, "schema.prisma"), changed);
    // A plain object config: `prisma/config` cannot be resolved from a directory outside the project.
    await writeFile(
      path.join(dir, "prisma.config.ts"),
      `export default { schema: ${JSON.stringify(path.join(dir, "schema.prisma"))}, migrations: { path: ${JSON.stringify(path.join(dir, "migrations"))} }, datasource: { url: process.env.DATABASE_URL } };\n`,
    );

    const result = await prisma(["migrate", "dev", "--create-only", "--name", "engine_test_column", "--config", path.join(dir, "prisma.config.ts")]);
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const created = (await migrationNames(path.join(dir, "migrations"))).filter((n) => n.endsWith("_engine_test_column"));
    expect(created).toHaveLength(1);
    const sql = await readFile(path.join(dir, "migrations", created[0], "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "Topic" ADD COLUMN\s+"engineTestColumn" TEXT NOT NULL DEFAULT 'a;b'/);

    const columns = await query("SELECT 1 FROM information_schema.columns WHERE table_name = 'Topic' AND column_name = 'engineTestColumn'");
    expect(columns).toHaveLength(0);
  });

  it("migrate deploy applies a hand-edited migration with ';' in a literal and a $$ function body", { timeout: STEP_TIMEOUT }, async () => {
    const dir = path.join(tmpDir, "create-only");
    const [created] = (await migrationNames(path.join(dir, "migrations"))).filter((n) => n.endsWith("_engine_test_column"));
    const file = path.join(dir, "migrations", created, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\nCREATE FUNCTION engine_test_migration_fn() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'p;q'; END; $$;\n`);

    const result = await prisma(["migrate", "deploy", "--config", path.join(dir, "prisma.config.ts")]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const [column] = await query("SELECT column_default FROM information_schema.columns WHERE table_name = 'Topic' AND column_name = 'engineTestColumn'");
    expect(column.column_default).toBe("'a;b'::text");
    expect(await query("SELECT engine_test_migration_fn() AS fn")).toEqual([{ fn: "p;q" }]);
  });

  it("db execute runs a script with ';' inside a string literal and a $$ function body", { timeout: STEP_TIMEOUT }, async () => {
    const file = path.join(tmpDir, "script.sql");
    await writeFile(
      file,
      [
        `CREATE TABLE "EngineTestExec" (id int PRIMARY KEY, note text NOT NULL DEFAULT 'a;b');`,
        `CREATE FUNCTION engine_test_fn() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'x;y'; END; $$;`,
        `INSERT INTO "EngineTestExec" (id) VALUES (1);`,
      ].join("\n"),
    );
    const result = await prisma(["db", "execute", "--file", file]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(await query(`SELECT note, engine_test_fn() AS fn FROM "EngineTestExec"`)).toEqual([{ note: "a;b", fn: "x;y" }]);
  });

  it("migrate reset --force empties the database and re-applies the migrations", { timeout: STEP_TIMEOUT }, async () => {
    await query(`INSERT INTO "Topic" (id, slug, name) VALUES ('engine-test', 'engine-test', 'Engine test')`);
    const result = await prisma(["migrate", "reset", "--force"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);

    expect(await query(`SELECT count(*)::int AS n FROM "Topic"`)).toEqual([{ n: 0 }]);
    expect(await query(`SELECT to_regclass('"EngineTestExec"') AS t`)).toEqual([{ t: null }]);
    const applied = await query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name");
    expect(applied.map((r) => r.migration_name)).toEqual(await migrationNames(MIGRATIONS));
  });

  it("cli can-connect-to-database: exit 0 when reachable, non-zero with a P1001 message when not", { timeout: STEP_TIMEOUT }, async () => {
    const ok = await run(ENGINE, ["--datasource", JSON.stringify({ url: urlFor(mainDb) }), "cli", "can-connect-to-database"]);
    expect(ok.code, ok.stderr).toBe(0);

    const unreachable = await run(ENGINE, ["--datasource", JSON.stringify({ url: "postgresql://postgres@127.0.0.1:1/nowhere" }), "cli", "can-connect-to-database"]);
    expect(unreachable.code).not.toBe(0);
    const errors = unreachable.stderr
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.level === "ERROR");
    expect(errors).toHaveLength(1);
    expect(errors[0].fields.error_code).toBe("P1001");
    expect(errors[0].fields.message).toContain("Can't reach database server at `127.0.0.1:1`");
  });
});
