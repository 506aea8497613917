/**
 * The server Playwright tests run against: a fresh database (on DATABASE_URL's server when given, else
 * 127.0.0.1:5432, else the embedded PGlite), then `npm start`'s own path — migrate deploy, demo seed,
 * `next build` into .next-test when the sources changed, `next start`. The database is dropped on exit.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminQuery, withDatabase } from "../lib/testing/admin-db";
import { canConnect } from "./embedded-db";
import { e2eDatabaseFile } from "../e2e/database-file";

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: process.env.E2E_PORT ?? "3210",
    NEXT_DIST_DIR: ".next-test",
    PICKS_DEMO: "1",
    AUTH_SECRET: randomBytes(33).toString("base64"),
    LOG_LEVEL: "warn",
  };
  let cleanup = async () => {};

  const server = process.env.DATABASE_URL ?? ((await canConnect(5432)) ? "postgresql://postgres@127.0.0.1:5432/postgres" : null);
  if (server) {
    const name = `picks_e2e_${randomBytes(6).toString("hex")}`;
    await adminQuery(server, `CREATE DATABASE "${name}"`);
    env.DATABASE_URL = withDatabase(server, name);
    cleanup = () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    delete env.DATABASE_URL;
    const dir = mkdtempSync(path.join(os.tmpdir(), "picks-e2e-"));
    env.PICKS_DATA_DIR = path.join(dir, "pglite");
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }

  // Tests that arrange data themselves (e2e/db.ts) find the database here.
  if (env.DATABASE_URL) writeFileSync(e2eDatabaseFile(env.PORT!), JSON.stringify({ databaseUrl: env.DATABASE_URL }));

  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { stdio: "inherit", env });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    await cleanup().catch((e) => console.error("e2e cleanup:", e));
    process.exit(code ?? 0);
  });
}

void main();
