import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../lib/testing/db";
import { verifyPassword } from "../lib/auth/password";

const db = setupTestDatabase();

function userCreate(args: string[], stdin: string) {
  return spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/user-create.ts", ...args], {
    input: stdin,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: db.url },
    timeout: 60_000,
  });
}

describe("npm run user:create", () => {
  it("creates the first admin with the password read from stdin", async () => {
    const r = userCreate(["--email", "Ada@Example.org", "--role", "admin", "--name", "Ada Lovelace"], "correct horse battery staple\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Created admin account ada@example.org");
    const user = await db.client().user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(user).toMatchObject({ name: "Ada Lovelace", role: "ADMIN", disabled: false });
    expect(await verifyPassword(user.passwordHash!, "correct horse battery staple")).toBe(true);
    expect(await db.client().auditEvent.count({ where: { action: "user.create", targetId: user.id } })).toBe(1);
  });

  it("refuses an existing email without changing the account", async () => {
    const r = userCreate(["--email", "ada@example.org", "--role", "curator"], "another long password\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("already exists");
    const user = await db.client().user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(user.role).toBe("ADMIN");
  });

  it("refuses a short password, a bad email and an unknown role, creating nothing", async () => {
    const short = userCreate(["--email", "bob@example.org", "--role", "editor"], "short\n");
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("at least 12 characters");
    const badEmail = userCreate(["--email", "bob", "--role", "editor"], "long enough password\n");
    expect(badEmail.status).toBe(2);
    expect(badEmail.stderr).toContain("--email");
    const badRole = userCreate(["--email", "bob@example.org", "--role", "owner"], "long enough password\n");
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain("--role must be curator, editor or admin");
    expect(await db.client().user.count({ where: { email: "bob@example.org" } })).toBe(0);
  });
});
