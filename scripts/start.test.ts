import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["DATABASE_URL", "AUTH_SECRET", "PICKS_DEMO"].includes(k)));
  return spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    encoding: "utf8",
    env: { ...clean, ...env, PORT: "1", NODE_ENV: "production" },
    timeout: 60_000,
  });
}

describe("npm start fails fast on bad configuration", () => {
  it("names a malformed DATABASE_URL", () => {
    const r = start({ DATABASE_URL: "mysql://localhost/picks", AUTH_SECRET: "x".repeat(40) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/DATABASE_URL must be a postgresql:/);
    expect(r.stdout).not.toContain("Applying database migrations");
  });

  it("names a missing AUTH_SECRET outside demo mode", () => {
    const r = start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/AUTH_SECRET is required outside demo mode/);
  });
});
