// Prisma CLI configuration (Prisma 7).
//
// The CLI normally downloads a native schema engine; this machine (and air-gapped deployments) cannot.
// prisma/engine/schema-engine.mjs stands in for it, running the WASM schema engine shipped on npm.
// See docs/decisions/002-wasm-schema-engine.md.
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "prisma", "engine", "schema-engine.mjs");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // `prisma generate` needs no database; the other commands fail with Prisma's own message when unset.
    url: process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
