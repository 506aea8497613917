/**
 * Vitest global setup: choose the PostgreSQL server (DATABASE_URL when given, else 127.0.0.1:5432 when
 * something listens there, else an embedded PGlite server), then migrate a template database once with
 * `prisma migrate deploy`.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { adminQuery, withDatabase } from "./admin-db";
import { canConnect, startEmbeddedDb, type EmbeddedDb } from "../../scripts/embedded-db";

let embedded: EmbeddedDb | undefined;
let serverUrl = "";
let template: string | null = null;

export function migrate(url: string): void {
  const r = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`prisma migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
}

export async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else if (await canConnect(5432)) {
    serverUrl = "postgresql://postgres@127.0.0.1:5432/postgres";
  } else {
    embedded = await startEmbeddedDb("memory://", { quiet: true });
    serverUrl = embedded.url;
    console.log("No PostgreSQL at 127.0.0.1:5432: tests run on the embedded PGlite server, one file at a time.");
  }

  if (embedded) {
    migrate(serverUrl);
  } else {
    template = `picks_test_template_${process.pid}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}"`);
    await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
    migrate(withDatabase(serverUrl, template));
  }
  project.provide("picksTestServerUrl", serverUrl);
  project.provide("picksTestTemplate", template);
}

export async function teardown() {
  if (template) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await embedded?.stop();
}
