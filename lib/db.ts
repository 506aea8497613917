/**
 * The one Prisma client of the app. Only lib/data/* imports it.
 * Prisma 7 has no Rust query engine: queries go through the pg driver adapter.
 * Created on first use, so `next build` never needs a database.
 */
import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma-client";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { picksPrisma?: PrismaClient };

export function db(): PrismaClient {
  // Kept on globalThis so hot reloads in development reuse one pool.
  globalForPrisma.picksPrisma ??= createPrismaClient(env().DATABASE_URL, { max: env().DATABASE_POOL_MAX });
  return globalForPrisma.picksPrisma;
}
