/**
 * `npm start` (and `npm run dev` with --dev).
 *
 * - With DATABASE_URL: uses that PostgreSQL, never PGlite.
 * - Without it: starts the embedded PGlite database (data under PICKS_DATA_DIR, default .data/pglite),
 *   switches on demo mode, and keeps a generated AUTH_SECRET next to the data.
 * Then: validates the configuration, applies migrations (`prisma migrate deploy`), seeds demo content
 * once in demo mode, builds when there is no current build, and serves on PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv, EnvError } from "../lib/env";
import { createPrismaClient } from "../lib/prisma-client";
import { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo/seed-demo";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { buildIsCurrent, clearPageCache, recordBuild } from "./build-hash";

const dev = process.argv.includes("--dev");
const bin = (name: string) => path.resolve("node_modules", ".bin", name);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
}

async function main() {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  let embedded: EmbeddedDb | undefined;

  if (!childEnv.DATABASE_URL) {
    const dataDir = path.resolve(childEnv.PICKS_DATA_DIR || path.join(".data", "pglite"));
    console.log(`No DATABASE_URL: starting the embedded database (PGlite) in ${path.relative(process.cwd(), dataDir) || dataDir}`);
    embedded = await startEmbeddedDb(dataDir, { quiet: true });
    childEnv.DATABASE_URL = embedded.url;
    childEnv.PICKS_DEMO = "1";
    // PGlite serves one query at a time; a small pool avoids queueing connections it cannot use.
    childEnv.DATABASE_POOL_MAX ||= "4";
    childEnv.AUTH_SECRET ||= demoSecret(path.dirname(dataDir));
  }

  const stopAll = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };

  try {
    const env = parseEnv(childEnv);

    console.log("Applying database migrations…");
    run(bin("prisma"), ["migrate", "deploy"], childEnv);

    if (env.PICKS_DEMO) {
      const client = createPrismaClient(env.DATABASE_URL, { max: 2 });
      try {
        const result = await seedDemo(client, { accounts: true });
        if (result.seeded) console.log("Seeded the demo issue 2021-03 and the demo accounts.");
      } finally {
        await client.$disconnect();
      }
    }

    if (!dev && !buildIsCurrent()) {
      console.log("No current build: running `next build`…");
      run(bin("next"), ["build"], childEnv);
      recordBuild();
    }
    if (!dev) clearPageCache();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : `Start-up failed: ${error instanceof Error ? error.message : error}`);
    return stopAll(1);
  }

  const port = childEnv.PORT || "3000";
  if (childEnv.PICKS_DEMO === "1" || childEnv.PICKS_DEMO === "true") {
    console.log(`\nDemo mode. Sign in at http://localhost:${port}/login with password ${DEMO_PASSWORD} as:`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(20)} (${a.role.toLowerCase()})`);
    console.log("");
  }

  const server = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: childEnv });
  const forward = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  server.on("exit", (code) => void stopAll(code ?? 0));
}

/** Demo mode keeps one random secret beside its data, so sessions survive restarts. */
function demoSecret(dir: string): string {
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

void main();
