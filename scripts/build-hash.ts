/**
 * "Is there a current build?" — a hash of everything `next build` reads, stored beside the build.
 * `npm start` rebuilds only when it changed (or no build exists).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

function distDir(): string {
  return path.resolve(process.env.NEXT_DIST_DIR || ".next");
}

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) walk(path.join(p, name), out);
  } else if (!/\.test\.tsx?$/.test(p) && !p.includes(`${path.sep}test-fixtures${path.sep}`)) {
    // Tests are not part of the build.
    out.push(p);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(input, files);
  const h = createHash("sha256");
  for (const f of files) {
    h.update(f);
    h.update(readFileSync(f));
  }
  return h.digest("hex");
}

export function buildIsCurrent(): boolean {
  const marker = path.join(distDir(), "picks-build-hash");
  return existsSync(path.join(distDir(), "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === sourceHash();
}

export function recordBuild(): void {
  writeFileSync(path.join(distDir(), "picks-build-hash"), sourceHash());
}

/**
 * Forgets the pages Next.js cached while an earlier server ran (`<distDir>/server/route-cache`): they may
 * come from another database (the end-to-end server and the benchmarks start each run on a fresh one) or be
 * older than the data. The first request for each page renders it again.
 */
export function clearPageCache(): void {
  rmSync(path.join(distDir(), "server", "route-cache"), { recursive: true, force: true });
}
