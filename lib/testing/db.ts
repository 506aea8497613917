/**
 * Test databases on a real PostgreSQL: each test file gets its own database, cloned from a template that
 * global-setup migrated through `prisma migrate deploy` (the same path production uses).
 * On the embedded fallback (PGlite has a single database) files share one database and truncate it.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { adminQuery, withDatabase } from "./admin-db";
import { createPrismaClient, type PrismaClient } from "../prisma-client";

declare module "vitest" {
  export interface ProvidedContext {
    picksTestServerUrl: string;
    picksTestTemplate: string | null;
  }
}

/** Deletes every row of every application table (not the migration history). */
export async function truncateAll(client: PrismaClient): Promise<void> {
  const rows = await client.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  await client.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}

export type TestDatabase = { url: string; client: () => PrismaClient };

/**
 * Registers beforeAll/afterAll hooks that give this test file a fresh, migrated database.
 * Use `db.client()` inside tests; call truncateAll between tests that need an empty database.
 */
export function setupTestDatabase(): TestDatabase {
  const serverUrl = inject("picksTestServerUrl");
  const template = inject("picksTestTemplate");
  const name = `picks_test_${randomBytes(6).toString("hex")}`;
  const url = template ? withDatabase(serverUrl, name) : serverUrl;
  let client: PrismaClient | undefined;

  beforeAll(async () => {
    if (template) await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    // lib/data/* reads the database through lib/env.ts: point this test file's process at its database.
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-1234";
    client = createPrismaClient(url, { max: 4 });
    if (!template) await truncateAll(client);
  });
  afterAll(async () => {
    await client?.$disconnect();
    if (template) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  return {
    url,
    client: () => {
      if (!client) throw new Error("setupTestDatabase(): the database is ready only inside tests and hooks");
      return client;
    },
  };
}

/**
 * Like setupTestDatabase(), and also points the app's own client (lib/db.ts) and environment at the test
 * database, so lib/data functions can be called directly.
 */
export function setupAppDatabase(): TestDatabase {
  const database = setupTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= "test-secret-".padEnd(40, "x");
  process.env.LOG_LEVEL = "silent";
  beforeAll(() => {
    (globalThis as unknown as { picksPrisma?: PrismaClient }).picksPrisma = database.client();
  });
  return database;
}
