/**
 * Points lib/db.ts's app client at this test file's database, so tests call lib/data/* exactly as the
 * app does. lib/db.ts keeps its client on globalThis and creates one only when none is there.
 */
import { beforeAll } from "vitest";
import type { TestDatabase } from "./db";

export function bindAppDatabase(testDb: TestDatabase): void {
  process.env.DATABASE_URL ??= testDb.url;
  process.env.PICKS_DEMO ??= "1";
  process.env.LOG_LEVEL ??= "silent";
  beforeAll(() => {
    (globalThis as unknown as { picksPrisma?: unknown }).picksPrisma = testDb.client();
  });
}
