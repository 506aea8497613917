/**
 * Creates a Prisma client for a connection URL. Shared by the app (lib/db.ts), the seed, scripts and
 * tests, so they all talk to PostgreSQL the same way.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };
export { Prisma } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string, pool: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: pool.max ?? 10 });
  return new PrismaClient({ adapter });
}
