/**
 * Creates a Prisma client for a connection URL. Shared by the app (lib/db.ts), the seed, scripts and
 * tests, so they all talk to PostgreSQL the same way.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };
export { Prisma } from "./generated/prisma/client";

/** `log: true` emits every SQL statement as a "query" event (tests count queries with it). */
export function createPrismaClient(connectionString: string, opts: { max?: number; log?: boolean } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: opts.max ?? 10 });
  return opts.log
    ? (new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] }) as unknown as PrismaClient)
    : new PrismaClient({ adapter });
}
