/**
 * `npm run bench:site` — how fast the public site is, measured against this machine's own limits.
 *
 * Builds and starts the app on a database with 100 issues × 10 picks and 100,000 papers, then with wrk
 * (32 connections, loopback) measures: (1) an issue page from the app, (2) a static page of the same app,
 * (3) the same issue HTML as a file served by nginx, (4) the issue page through nginx as a caching proxy
 * configured by deploy/nginx.conf; (1b) the issue page from the same build without the encoded-bytes table and
 * the response cache, (2d) a page as small as (2) under a dynamic segment, and (1n, 2n, 2dn) the same pages with
 * the response cache off (every request routed by Next.js). Every case twice: without Accept-Encoding (wrk's
 * default) and with the header browsers send. Also search latency, client JavaScript, and publish visibility.
 * Prints figures and ratios; it asserts nothing (targets are printed next to the figures).
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { appEnv, buildIfNeeded, get, percentile, portsFree, prepareDatabase, startApp, waitFor } from "./common";

const APP_PORT = 3300;
const STATIC_PORT = 3301;
const PROXY_PORT = 3302;
const BASELINE_PORT = 3303;
const NO_RESPONSE_CACHE_PORT = 3304;
const DURATION = process.env.BENCH_DURATION ?? "10s";
const WARMUP = process.env.BENCH_WARMUP ?? "3s";
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const CONNECTIONS = 32;
const work = path.join(os.tmpdir(), "picks-bench");

type WrkResult = { rps: number; p50: number; p99: number; errors: string; range?: string };

function need(cmd: string, pkg: string) {
  if (spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0) return;
  console.log(`Installing ${pkg} (Debian)…`);
  const r = spawnSync("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`], { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} is missing and could not be installed: apt-get install ${pkg}`);
}

function ms(value: string): number {
  const m = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "ms" ? n : m[2] === "s" ? n * 1000 : n * 60_000;
}

/** What Chromium sends (Firefox and Safari differ only in zstd). */
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

function wrk(url: string, duration = DURATION, headers: string[] = []): WrkResult {
  const args = ["-t2", `-c${CONNECTIONS}`, `-d${duration}`, "--latency", ...headers.flatMap((h) => ["-H", h]), url];
  const r = spawnSync("wrk", args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr}`);
  const out = r.stdout;
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p50 = ms(out.match(/^\s+50%\s+(\S+)/m)?.[1] ?? "");
  const p99 = ms(out.match(/^\s+99%\s+(\S+)/m)?.[1] ?? "");
  const non2xx = out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1];
  const socket = out.match(/Socket errors:.*$/m)?.[0];
  return { rps, p50, p99, errors: [non2xx ? `${non2xx} non-2xx` : "", socket ?? ""].filter(Boolean).join(", ") };
}

async function clientJsBytes(baseUrl: string, pagePath: string): Promise<{ files: number; gzipped: number }> {
  const html = await (await get(baseUrl + pagePath)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let gzipped = 0;
  for (const src of srcs) gzipped += gzipSync(Buffer.from(await (await get(new URL(src, baseUrl))).arrayBuffer())).length;
  return { files: srcs.length, gzipped };
}

/** A GET whose body is kept as it came over the wire (fetch would decompress it); a new connection unless `agent` keeps one. */
function rawGet(url: string, headers: Record<string, string>, agent: http.Agent | false = false): Promise<{ encoding: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: String(res.headers["content-encoding"] ?? "identity"), body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

function nginxConfig(staticEncoding: string): string {
  const site = readFileSync(path.resolve("deploy/nginx.conf"), "utf8")
    .replace("/var/cache/nginx/picks", path.join(work, "cache"))
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${APP_PORT};`)
    .replace("listen 80;", `listen 127.0.0.1:${PROXY_PORT};`)
    .replace("server_name picks.example.org;", "server_name _;");
  return `worker_processes 2;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 2048; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  # As in Debian's /etc/nginx/nginx.conf, which deploy/nginx.conf is included from.
  sendfile on;
  tcp_nopush on;
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
${site}
  server {
    listen 127.0.0.1:${STATIC_PORT};
    root ${work}/static;
    location / { default_type text/html; }
    # The bytes the app sends a browser, as a file: the same Content-Encoding, no work but sending them.
    location = /issue.compressed.html { add_header Content-Encoding ${staticEncoding}; add_header Vary Accept-Encoding; }
    location = /about.compressed.html { add_header Content-Encoding ${staticEncoding}; add_header Vary Accept-Encoding; }
  }
}
`;
}

async function main() {
  need("wrk", "wrk");
  need("nginx", "nginx");
  await portsFree([APP_PORT, STATIC_PORT, PROXY_PORT, BASELINE_PORT, NO_RESPONSE_CACHE_PORT]);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, "static"), { recursive: true });
  mkdirSync(path.join(work, "cache"), { recursive: true });

  const children: ChildProcess[] = [];
  let stopping = false;
  const cleanup = () => {
    stopping = true;
    spawnSync("nginx", ["-c", path.join(work, "nginx.conf"), "-s", "stop"], { stdio: "ignore" });
    for (const c of children) c.kill("SIGTERM");
  };
  process.on("exit", cleanup);

  try {
    console.log("Preparing the database (migrations, demo seed, volume)…");
    const { databaseUrl, issueSlug, draftSlug, authorSlug } = await prepareDatabase("picks_bench");
    const env = appEnv(databaseUrl, APP_PORT);
    buildIfNeeded(env);
    children.push(startApp(env, APP_PORT, path.join(work, "app.log"), () => stopping));
    // The same build without the encoded-bytes table (lib/http/encoded-bodies.ts) nor the response cache: the baseline for (1).
    const baselineEnv = { ...appEnv(databaseUrl, BASELINE_PORT), RESPONSE_BYTES_CACHE_MB: "0", RESPONSE_CACHE_SECONDS: "0" };
    children.push(startApp(baselineEnv, BASELINE_PORT, path.join(work, "app-baseline.log"), () => stopping));
    // The same build without the response cache only (lib/http/response-cache.ts): every request reaches Next.js.
    const noResponseCacheEnv = { ...appEnv(databaseUrl, NO_RESPONSE_CACHE_PORT), RESPONSE_CACHE_SECONDS: "0" };
    children.push(startApp(noResponseCacheEnv, NO_RESPONSE_CACHE_PORT, path.join(work, "app-no-response-cache.log"), () => stopping));
    const appUrl = `http://127.0.0.1:${APP_PORT}`;
    const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}`;
    const nextUrl = `http://127.0.0.1:${NO_RESPONSE_CACHE_PORT}`;
    await waitFor(`${appUrl}/api/health`);
    await waitFor(`${baselineUrl}/api/health`);
    await waitFor(`${nextUrl}/api/health`);

    const issuePath = `/issues/${issueSlug}`;
    // Warm the app's page cache (the first request renders).
    for (let i = 0; i < 3; i++) await get(appUrl + issuePath);
    for (let i = 0; i < 3; i++) await get(baselineUrl + issuePath);
    for (let i = 0; i < 3; i++) await get(nextUrl + issuePath);
    writeFileSync(path.join(work, "static", "issue.html"), await (await get(appUrl + issuePath)).text());
    const compressed = await rawGet(appUrl + issuePath, { "Accept-Encoding": BROWSER_ACCEPT_ENCODING });
    writeFileSync(path.join(work, "static", "issue.compressed.html"), compressed.body);
    // /about's bytes too: nginx sending the two bodies shows what their sizes alone cost (3 against 3a).
    writeFileSync(path.join(work, "static", "about.html"), await (await get(`${appUrl}/about`)).text());
    writeFileSync(path.join(work, "static", "about.compressed.html"), (await rawGet(`${appUrl}/about`, { "Accept-Encoding": BROWSER_ACCEPT_ENCODING })).body);
    writeFileSync(path.join(work, "nginx.conf"), nginxConfig(compressed.encoding));
    const nginx = spawnSync("nginx", ["-c", path.join(work, "nginx.conf")], { encoding: "utf8" });
    if (nginx.status !== 0) throw new Error(`nginx did not start: ${nginx.stderr}`);
    const proxyUrl = `http://127.0.0.1:${PROXY_PORT}`;
    await waitFor(proxyUrl + issuePath);
    for (let i = 0; i < 3; i++) await get(proxyUrl + issuePath);
    const cacheStatus = (await get(proxyUrl + issuePath)).headers.get("x-cache-status");

    console.log(
      `\nLoad: wrk, ${CONNECTIONS} connections, loopback; each case ${ROUNDS} × ${DURATION}, the cases interleaved round by round, after one ${WARMUP} warm-up run each that is not counted; the median round is shown (range of req/s in brackets). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
    );
    const identity: string[] = [];
    const browser = [`Accept-Encoding: ${BROWSER_ACCEPT_ENCODING}`];
    // Each case: label, URL, request headers. (3) of the browser set serves the app's own compressed bytes.
    const cases: [string, string, string[]][] = [];
    const authorPath = `/authors/${authorSlug}`;
    for (const headers of [identity, browser]) {
      cases.push(
        ["1 issue page, app", appUrl + issuePath, headers],
        ["2 static page, app (/about)", `${appUrl}/about`, headers],
        headers === identity
          ? ["3 issue HTML file, nginx", `http://127.0.0.1:${STATIC_PORT}/issue.html`, headers]
          : [`3 issue ${compressed.encoding} file, nginx`, `http://127.0.0.1:${STATIC_PORT}/issue.compressed.html`, headers],
        ["4 issue page, nginx cache → app", proxyUrl + issuePath, headers],
        ["1b issue page, app, baseline", baselineUrl + issuePath, headers],
        ["2d small page, dynamic route, app", appUrl + authorPath, headers],
      );
    }
    // What a click on an issue link costs once the app runs in the browser: the page's RSC payload.
    const navigation = [...browser, "RSC: 1"];
    cases.push(
      ["5 client navigation (RSC), app", `${appUrl}${issuePath}?_rsc`, navigation],
      ["5b client navigation (RSC), baseline", `${baselineUrl}${issuePath}?_rsc`, navigation],
      // Every request routed by Next.js (RESPONSE_CACHE_SECONDS=0), as browsers ask: what the response cache saves.
      ["1n issue page, no response cache", nextUrl + issuePath, browser],
      ["2n /about, no response cache", `${nextUrl}/about`, browser],
      ["2dn small dynamic page, no resp. cache", nextUrl + authorPath, browser],
      ["3a /about HTML file, nginx", `http://127.0.0.1:${STATIC_PORT}/about.html`, identity],
      [`3a /about ${compressed.encoding} file, nginx`, `http://127.0.0.1:${STATIC_PORT}/about.compressed.html`, browser],
    );
    for (let i = 0; i < 3; i++) await get(appUrl + authorPath);
    for (let i = 0; i < 3; i++) await get(nextUrl + authorPath);
    for (let i = 0; i < 3; i++) await get(`${nextUrl}/about`);
    const sizes = new Map<string, string>();
    for (const [, url, headers] of cases) {
      const h = Object.fromEntries(headers.map((x) => x.split(/:\s*/, 2) as [string, string]));
      const answer = await rawGet(url, h);
      sizes.set(url + headers.join(), `${(answer.body.length / 1024).toFixed(1)} KiB ${answer.encoding === "identity" ? "" : answer.encoding}`);
    }
    for (const [, url, headers] of cases) wrk(url, WARMUP, headers);
    const rounds: WrkResult[][] = cases.map(() => []);
    for (let round = 0; round < ROUNDS; round++) cases.forEach(([, url, headers], i) => rounds[i].push(wrk(url, DURATION, headers)));
    const results: WrkResult[] = rounds.map((runs) => {
      const byRps = [...runs].sort((a, b) => a.rps - b.rps);
      return { ...byRps[Math.floor((byRps.length - 1) / 2)], range: runs.length > 1 ? `[${byRps[0].rps.toFixed(0)}–${byRps.at(-1)!.rps.toFixed(0)}]` : "", errors: runs.map((x) => x.errors).filter(Boolean).join("; ") };
    });
    // The two cases of a ratio run one after the other in every round: their ratio round by round is what a
    // slow minute of the machine, which hits both, disturbs least.
    const perRound = (a: number, b: number) => {
      if (ROUNDS < 2) return "";
      const ratios = rounds[a].map((r, k) => r.rps / rounds[b][k].rps);
      return `; round by round ${ratios.map((x) => (x * 100).toFixed(1)).join(", ")} %, median ${(percentile(ratios, 50) * 100).toFixed(1)} %`;
    };
    const line = (i: number) => {
      const [label, url, headers] = cases[i];
      const r = results[i];
      console.log(`  ${label.padEnd(34)} ${(sizes.get(url + headers.join()) ?? "").padEnd(14)} ${r.rps.toFixed(0).padStart(7)} req/s ${(r.range ?? "").padEnd(13)}  p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms ${r.errors}`);
    };
    const report = (title: string, offset: number, aboutFile: number) => {
      console.log(`\n${title}`);
      for (let j = 0; j < 6; j++) line(offset + j);
      line(aboutFile);
      const [one, two, three, four, oneBaseline, twoDynamic] = results.slice(offset, offset + 6);
      const r12 = one.rps / two.rps;
      const r43 = four.rps / three.rps;
      console.log(`  ratio 1/2 = ${(r12 * 100).toFixed(1)} %  (target ≥ 90 %, and p99 of 1 < 50 ms: ${one.p99.toFixed(2)} ms)  ${r12 >= 0.9 && one.p99 < 50 ? "met" : "NOT met"}${perRound(offset, offset + 1)}`);
      console.log(`  ratio 4/3 = ${(r43 * 100).toFixed(1)} %  (target ≥ 80 %)  ${r43 >= 0.8 ? "met" : "NOT met"}${perRound(offset + 3, offset + 2)}`);
      console.log(`  ratio 3/3a = ${((three.rps / results[aboutFile].rps) * 100).toFixed(1)} %  (the issue's bytes against /about's, both sent by nginx: what the difference in size alone costs here; compare 1/2)`);
      console.log(`  ratio 1/2d = ${((one.rps / twoDynamic.rps) * 100).toFixed(1)} %, 2d/2 = ${((twoDynamic.rps / two.rps) * 100).toFixed(1)} %  (2d: an author page of one paper, as small as /about but under a dynamic segment, /authors/[slug]: the framework's floor for such a page)`);
      console.log(`  ratio 1/1b = ${(one.rps / oneBaseline.rps).toFixed(2)} ×  (the same build with RESPONSE_BYTES_CACHE_MB=0 and RESPONSE_CACHE_SECONDS=0: every request routed by Next.js, every response encoded and compressed as it is sent)`);
    };
    report("Without Accept-Encoding (wrk's default; the body is the page as it is):", 0, 17);
    report(`As browsers ask (Accept-Encoding: ${BROWSER_ACCEPT_ENCODING}; the app answers ${compressed.encoding}):`, 6, 18);
    line(12);
    line(13);
    console.log(`  ratio 5/5b = ${(results[12].rps / results[13].rps).toFixed(2)} ×  (the RSC payload compressed once and kept in the response cache, against per request; behind nginx these requests pass through to the app)`);
    console.log("\nWithout the response cache (RESPONSE_CACHE_SECONDS=0: every request routed by Next.js, compressed once), as browsers ask:");
    for (const i of [14, 15, 16]) line(i);
    const [oneN, twoN, twoDN] = results.slice(14, 17);
    console.log(`  ratio 1n/2n = ${((oneN.rps / twoN.rps) * 100).toFixed(1)} %, 1n/2dn = ${((oneN.rps / twoDN.rps) * 100).toFixed(1)} %, 1/1n = ${(results[6].rps / oneN.rps).toFixed(2)} ×  (what Next.js's routing of a dynamic segment costs, and what the response cache saves)`);
    console.log(`  [proxy cache status on the warm page: ${cacheStatus}]`);

    const queries = ["transformer", "graph neural network", "diffusion", "causal representation", "Scholkopf", "Schölkopf", "quantum molecule",
      "reinforcement learning policy", "scaling laws", "self supervised contrastive", "discrete VAE", "normalization", "privacy federated",
      "protein", "sparse mixture experts", "Bengio", "image segmentation", "question answering", "calibration uncertainty", "zzzz nothing"];
    // Two clients, each over one keep-alive connection, one request at a time, asking as browsers do: node:http,
    // which reads the bytes as wrk does (the server's latency), and fetch, which also decompresses them in this
    // process (on the same two cores as the server and PostgreSQL).
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const viaHttp = async (url: string) => void (await rawGet(url, { "Accept-Encoding": BROWSER_ACCEPT_ENCODING }, agent));
    const viaFetch = async (url: string) => void (await (await get(url, { headers: { "Accept-Encoding": BROWSER_ACCEPT_ENCODING } })).text());
    // The two clients take turns, query by query, so that both see the same minutes of the machine.
    // The floor, in the same minutes: /search without a query, the same page rendered per request by Next.js
    // with no search in the database (node:http, after each pair).
    const timings = { http: [] as number[], fetch: [] as number[], floor: [] as number[] };
    const timed = async (client: (url: string) => Promise<void>, url: string) => {
      const start = performance.now();
      await client(url);
      return performance.now() - start;
    };
    // One round first, not counted: the first query of each kind pays for planning caches and cold pages.
    for (const q of queries) for (const client of [viaHttp, viaFetch]) await client(`${appUrl}/search?q=${encodeURIComponent(q)}`);
    for (let rep = 0; rep < 6; rep++) {
      for (const q of queries) {
        const url = `${appUrl}/search?q=${encodeURIComponent(q)}`;
        // Which one goes first alternates: the second runs the query the first has just warmed.
        if (rep % 2 === 0) timings.http.push(await timed(viaHttp, url));
        timings.fetch.push(await timed(viaFetch, url));
        if (rep % 2 === 1) timings.http.push(await timed(viaHttp, url));
        timings.floor.push(await timed(viaHttp, `${appUrl}/search`));
      }
    }
    const search = { p50: percentile(timings.http, 50), p95: percentile(timings.http, 95) };
    const searchFetch = { p50: percentile(timings.fetch, 50), p95: percentile(timings.fetch, 95) };
    const floor = { p50: percentile(timings.floor, 50), p95: percentile(timings.floor, 95) };
    agent.destroy();
    console.log(
      `\nSearch (${queries.length} queries × 6 per client after one warm-up round, sequential, the two clients taking turns, whole HTTP page as browsers ask):` +
        `\n  node:http (reads the bytes, as wrk): p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms  (target p95 < 30 ms) ${search.p95 < 30 ? "met" : "NOT met"}` +
        `\n  fetch (also decompresses, in this process): p50 ${searchFetch.p50.toFixed(1)} ms, p95 ${searchFetch.p95.toFixed(1)} ms` +
        `\n  floor, /search without a query (node:http; the same dynamic render, no search in the database): p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms;` +
        ` search p50 / floor p50 = ${(search.p50 / floor.p50).toFixed(2)} ×`,
    );

    const issueJs = await clientJsBytes(appUrl, issuePath);
    const emptyJs = await clientJsBytes(appUrl, "/about");
    const jsRatio = issueJs.gzipped / emptyJs.gzipped;
    console.log(`\nClient JavaScript (gzipped): issue page ${(issueJs.gzipped / 1024).toFixed(1)} KiB in ${issueJs.files} files, empty page ${(emptyJs.gzipped / 1024).toFixed(1)} KiB in ${emptyJs.files} files: +${((jsRatio - 1) * 100).toFixed(1)} % (target ≤ 15 %) ${jsRatio <= 1.15 ? "met" : "NOT met"}`);

    // Publish visibility through the proxy: a draft becomes PUBLISHED in the database (as the editor's
    // Publish does) with no on-demand revalidation; how long until a reader behind nginx sees it?
    const draftPath = `/issues/${draftSlug}`;
    for (let i = 0; i < 3; i++) await get(proxyUrl + draftPath);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(`UPDATE "Issue" SET status = 'PUBLISHED', "publishedAt" = now() WHERE slug = $1`, [draftSlug]);
    let t = Date.now();
    let visibleAfter = NaN;
    while (Date.now() - t < 240_000) {
      if ((await get(proxyUrl + draftPath)).status === 200) {
        visibleAfter = (Date.now() - t) / 1000;
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    // An edit of a page readers already have cached.
    await db.query(`UPDATE "Issue" SET title = title || ' (edited)', "updatedAt" = now() WHERE slug = $1`, [issueSlug]);
    t = Date.now();
    let editVisibleAfter = NaN;
    while (Date.now() - t < 240_000) {
      if ((await (await get(proxyUrl + issuePath)).text()).includes("(edited)")) {
        editVisibleAfter = (Date.now() - t) / 1000;
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await db.end();
    console.log(`\nPublish visible through the proxy after ${visibleAfter.toFixed(1)} s; an edit of a cached page after ${editVisibleAfter.toFixed(1)} s`);
    console.log("  (database change without the app's on-demand revalidation: the worst case; documented bound 62 s = app 30 s + response cache 2 s + proxy 30 s)");
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error} (while benchmarking; app log: ${path.join(work, "app.log")})`);
  } finally {
    cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
