/** What bench:site and bench:dashboard share: a database with the benchmark volume, a build, the app. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync } from "node:fs";
import path from "node:path";
import { adminQuery, withDatabase } from "../lib/testing/admin-db";
import { canConnect } from "../scripts/embedded-db";
import { createPrismaClient } from "../lib/prisma-client";
import { seedDemo } from "../prisma/demo/seed-demo";
import { buildIsCurrent, clearPageCache, recordBuild } from "../scripts/build-hash";
import { generateVolume, BENCH_ISSUES, BENCH_PAPERS, BENCH_PICKS_PER_ISSUE } from "./generate";

export type BenchDatabase = { databaseUrl: string; issueSlug: string; draftSlug: string; authorSlug: string };

/** A fresh database `name` on DATABASE_URL's server (or 127.0.0.1:5432), migrated, seeded, with the volume. */
export async function prepareDatabase(name: string): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL ?? ((await canConnect(5432)) ? "postgresql://postgres@127.0.0.1:5432/postgres" : null);
  if (!server) throw new Error("The benchmark needs PostgreSQL: set DATABASE_URL or run one on 127.0.0.1:5432");
  await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const databaseUrl = withDatabase(server, name);
  const t = Date.now();
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  await seedDemo(prisma, { accounts: false });
  await prisma.$disconnect();
  const slugs = await generateVolume(databaseUrl);
  console.log(`  ${BENCH_ISSUES} issues × ${BENCH_PICKS_PER_ISSUE} picks, ${BENCH_PAPERS.toLocaleString("en")} papers in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { databaseUrl, ...slugs };
}

export function appEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    NEXT_DIST_DIR: ".next-bench",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    PORT: String(port),
  };
}

/** `next build` into .next-bench unless that build is current; no page cached by an earlier run is kept. */
export function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  process.env.NEXT_DIST_DIR = ".next-bench";
  clearPageCache();
  if (buildIsCurrent()) return;
  console.log("Building (next build into .next-bench)…");
  const build = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("next build failed");
  recordBuild();
}

/** Starts `next start`, logging to `logFile`; says so if the app dies while the benchmark runs. */
export function startApp(env: NodeJS.ProcessEnv, port: number, logFile: string, isStopping: () => boolean): ChildProcess {
  const log = openSync(logFile, "a");
  const app = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], { env, stdio: ["ignore", log, log] });
  app.on("exit", (code, signal) => !isStopping() && console.error(`  (the app exited: ${code ?? signal}; see ${logFile})`));
  return app;
}

/** fetch, retried once: undici may reuse a keep-alive socket the server has just closed after a load run. */
export async function get(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    await new Promise((r) => setTimeout(r, 100));
    return fetch(url, init);
  }
}

export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function portsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    if (await canConnect(port)) throw new Error(`Port ${port} is in use: stop whatever listens there (the benchmark needs it)`);
  }
}
