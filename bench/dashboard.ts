/**
 * `npm run bench:dashboard` — is the editor fast on the benchmark volume (100 issues × 10 picks, 100,000
 * papers)? Signs in as an editor over HTTP, then measures, sequentially (one curator at a time):
 *  - opening an issue with 10 picks in the editor (GET /dashboard/issues/<slug>, a full server render);
 *  - saving a pick (the autosave's server action, POSTed as the browser does, with its version check and
 *    revision row);
 *  - and, as the floor, the health check (one database round trip through the same server).
 * Prints p50/p95 for each; target: save p95 < 100 ms. Asserts nothing.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { appEnv, buildIfNeeded, get, percentile, portsFree, prepareDatabase, startApp, waitFor } from "./common";
import type { ChildProcess } from "node:child_process";

const PORT = 3310;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const EMAIL = "bench-editor@picks.test";
const PASSWORD = "bench-editor-password";

/** The server action's id, from the build's manifest (what the browser sends in the Next-Action header). */
function actionId(name: string, file: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(".next-bench/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && v.filename === file);
  if (!entry) throw new Error(`No server action ${name} in ${file} in the build`);
  return entry[0];
}

function cookiesFrom(res: Response, jar: Map<string, string>) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(base: string): Promise<Map<string, string>> {
  const jar = new Map<string, string>();
  const csrfRes = await get(`${base}/api/auth/csrf`);
  cookiesFrom(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await get(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, callbackUrl: "/dashboard" }),
  });
  cookiesFrom(res, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Sign-in failed (HTTP ${res.status})`);
  return jar;
}

async function time(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function report(name: string, values: number[]) {
  console.log(`  ${name.padEnd(44)} p50 ${percentile(values, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(6)} ms   (n=${values.length})`);
}

async function main() {
  await portsFree([PORT]);
  const children: ChildProcess[] = [];
  let stopping = false;
  process.on("exit", () => {
    stopping = true;
    for (const c of children) c.kill("SIGTERM");
  });

  console.log("Preparing the database (migrations, demo seed, volume)…");
  const { databaseUrl, issueSlug } = await prepareDatabase("picks_bench_dashboard");
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ('bench-editor', $1, 'Bench Editor', 'EDITOR', $2, now())`,
    [EMAIL, await hashPassword(PASSWORD)],
  );
  const env = appEnv(databaseUrl, PORT);
  buildIfNeeded(env);
  children.push(startApp(env, PORT, path.join(os.tmpdir(), "picks-bench-dashboard-app.log"), () => stopping));
  const base = `http://127.0.0.1:${PORT}`;
  await waitFor(`${base}/api/health`);
  const jar = await signIn(base);
  const headers = { Cookie: cookieHeader(jar) };
  const editorPath = `/dashboard/issues/${issueSlug}`;

  const pick = (await db.query<{ id: string }>(`SELECT p.id FROM "Pick" p JOIN "Issue" i ON i.id = p."issueId" WHERE i.slug = $1 ORDER BY position LIMIT 1`, [issueSlug])).rows[0];
  const picksInIssue = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Pick" p JOIN "Issue" i ON i.id = p."issueId" WHERE i.slug = $1`, [issueSlug])).rows[0].n;
  const saveId = actionId("savePickTextAction", "lib/actions/picks.ts");

  // Warm-up: first renders compile nothing in production, but fill caches and connection pools.
  for (let i = 0; i < 5; i++) {
    const res = await get(base + editorPath, { headers });
    if (res.status !== 200) throw new Error(`Opening the editor answered ${res.status}`);
    await res.text();
  }

  const health: number[] = [];
  const open: number[] = [];
  const save: number[] = [];
  let saved = 0;
  for (let round = 0; round < ROUNDS; round++) {
    health.push(await time(async () => void (await (await get(`${base}/api/health`)).text())));
    open.push(await time(async () => void (await (await get(base + editorPath, { headers })).text())));
    const { version } = (await db.query<{ version: number }>(`SELECT version FROM "Pick" WHERE id = $1`, [pick.id])).rows[0];
    const text = { pickId: pick.id, baseVersion: version, why: `Benchmark save ${round}: why this paper matters.`, keyInsights: `Round ${round}, with $x^2$.` };
    save.push(
      await time(async () => {
        const res = await get(base + editorPath, {
          method: "POST",
          headers: { ...headers, "Next-Action": saveId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
          body: JSON.stringify([text]),
        });
        await res.text();
        if (res.status !== 200) throw new Error(`Save answered ${res.status}`);
      }),
    );
    const after = (await db.query<{ version: number }>(`SELECT version FROM "Pick" WHERE id = $1`, [pick.id])).rows[0];
    if (after.version === version + 1) saved++;
  }
  const revisions = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Revision" WHERE "pickId" = $1`, [pick.id])).rows[0].n;
  await db.end();

  console.log(`\nEditor on ${issueSlug} (${picksInIssue} picks), one user, ${ROUNDS} rounds, loopback. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}.`);
  report("health check (floor: one database round trip)", health);
  report("open the issue in the editor", open);
  report("save a pick (autosave action)", save);
  const p95 = percentile(save, 95);
  console.log(`  saves that really saved: ${saved}/${ROUNDS} (revisions written: ${revisions});  save p95 target < 100 ms: ${p95 < 100 ? "met" : "NOT met"}`);
  console.log(`  ratio open/floor = ${(percentile(open, 50) / percentile(health, 50)).toFixed(1)}×, save/floor = ${(percentile(save, 50) / percentile(health, 50)).toFixed(1)}× (p50)`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
