/**
 * Direct access to the e2e server's database, to arrange data a test needs (users in a given state,
 * duplicate authors). Only on a real PostgreSQL server: on the embedded PGlite fallback these tests skip.
 */
import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { createPrismaClient, type PrismaClient } from "../lib/prisma-client";
import { withDatabase } from "../lib/testing/admin-db";

let client: PrismaClient | undefined;

export function e2eDatabaseUrl(): string | null {
  const name = process.env.PICKS_E2E_DATABASE;
  const server = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  return name ? withDatabase(server, name) : null;
}

/** The e2e database, or skips the test when it cannot be reached. */
export async function e2eDb(): Promise<PrismaClient> {
  const url = e2eDatabaseUrl();
  test.skip(!url, "needs PICKS_E2E_DATABASE (set by playwright.config.ts)");
  client ??= createPrismaClient(url!, { max: 2 });
  try {
    await client.$queryRaw`SELECT 1`;
  } catch {
    test.skip(true, "the e2e database is not reachable (embedded PGlite fallback?)");
  }
  return client;
}

export const uniqueSuffix = () => randomBytes(4).toString("hex");
