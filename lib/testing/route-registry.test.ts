/**
 * The route × role matrix, server side: every route file and every exported server action must have a
 * row in lib/testing/route-registry.ts, and every listed action, called directly as each kind of user,
 * must allow or refuse as listed. (Pages and API routes are walked over HTTP by e2e/route-matrix.spec.ts.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupAppDatabase } from "./db";
import { createUser } from "./factories";
import { ACTIONS, API_ROUTES, PAGES, UNLISTED_API_PREFIXES, WHO, expectedAction, type Who } from "./route-registry";
import type { ActionResult } from "../actions/result";

// Who is signed in for the next call: next-auth's auth() is replaced; everything after it (the database
// check of role, disabled status and sessionVersion) is the real code.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sessionVersion: number } }));
vi.mock("@/lib/auth/config", () => ({
  auth: async () => session.current,
  signIn: async () => undefined,
  signOut: async () => undefined,
  gitHubSignInEnabled: () => false,
  handlers: {},
}));
vi.mock("next-auth", () => ({ AuthError: class extends Error {}, CredentialsSignin: class extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "picks.test" }), cookies: async () => ({ get: () => undefined }) }));

const root = path.resolve(import.meta.dirname, "../..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");

describe("the registry lists every route and action", () => {
  it("has a row for every dashboard page", () => {
    const files = walk(path.join(root, "app/(dashboard)")).map(rel).filter((f) => /\/(page|route)\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !PAGES.some((p) => p.file === f))).toEqual([]);
    expect(PAGES.filter((p) => !files.includes(p.file)).map((p) => p.file)).toEqual([]);
  });

  it("has a row for every non-public API route", () => {
    const files = walk(path.join(root, "app/api")).map(rel).filter((f) => /\/route\.tsx?$/.test(f));
    const needRows = files.filter((f) => !UNLISTED_API_PREFIXES.some((p) => f.startsWith(p)));
    expect(needRows.filter((f) => !API_ROUTES.some((r) => r.file === f))).toEqual([]);
    expect(API_ROUTES.filter((r) => !files.includes(r.file)).map((r) => r.file)).toEqual([]);
  });

  it("has a row for every exported server action", async () => {
    const dir = path.join(root, "lib/actions");
    const modules = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const exported: string[] = [];
    for (const file of modules) {
      const source = readFileSync(path.join(dir, file), "utf8");
      if (!/^\s*(\/\*[\s\S]*?\*\/\s*|\/\/.*\n\s*)*["']use server["']/.test(source)) continue;
      const mod: Record<string, unknown> = await import(/* @vite-ignore */ path.join(dir, file));
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") exported.push(`${file.replace(/\.ts$/, "")}.${name}`);
    }
    const listed = ACTIONS.map((a) => `${a.module}.${a.name}`);
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.filter((e) => !listed.includes(e))).toEqual([]);
    expect(listed.filter((l) => !exported.includes(l))).toEqual([]);
  });
});

describe("every server action allows or refuses as listed", () => {
  const db = setupAppDatabase();
  const users = {} as Record<Exclude<Who, "anonymous">, { id: string; sessionVersion: number }>;

  beforeAll(async () => {
    users.curator = await createUser(db.client(), { role: "CURATOR" });
    users.editor = await createUser(db.client(), { role: "EDITOR" });
    users.admin = await createUser(db.client(), { role: "ADMIN" });
    // A second admin so that nothing the matrix does can trip the last-admin rule.
    await createUser(db.client(), { role: "ADMIN" });
    // Signed in while active, then disabled by an admin (which also bumps sessionVersion).
    const d = await createUser(db.client(), { role: "ADMIN" });
    users.disabled = { id: d.id, sessionVersion: d.sessionVersion };
    await db.client().user.update({ where: { id: d.id }, data: { disabled: true, sessionVersion: { increment: 1 } } });
  });
  beforeEach(() => {
    session.current = null;
  });

  for (const entry of ACTIONS.filter((a) => a.access !== "public")) {
    for (const who of WHO) {
      const expected = expectedAction(entry.access, who);
      it(`${entry.module}.${entry.name} as ${who}: ${expected}`, async () => {
        const mod = (await import(`../actions/${entry.module}.ts`)) as Record<string, (...args: unknown[]) => Promise<ActionResult<unknown> | undefined>>;
        const action = mod[entry.name]!;
        if (who !== "anonymous") session.current = { user: { id: users[who].id }, sessionVersion: users[who].sessionVersion };
        const fd = new FormData();
        for (const [k, v] of Object.entries(entry.sample)) fd.set(k, v);
        let result: ActionResult<unknown> | "redirect" | undefined;
        let code: string | undefined;
        try {
          result = entry.args ? await action(...entry.args) : entry.returnsNothing ? await action(fd) : await action(null, fd);
          code = result && !result.ok ? result.code : undefined;
        } catch (error) {
          const digest = String((error as { digest?: string }).digest ?? "");
          // Next's redirect(): to sign-in is a refusal; elsewhere (e.g. after a password change) it is allowed.
          if (digest.startsWith("NEXT_REDIRECT")) code = digest.includes(";/login") ? "unauthenticated" : undefined;
          else if ((error as Error).name === "ForbiddenError") code = "forbidden";
          else throw error;
        }
        if (expected === "allow") expect(code === "unauthenticated" || code === "forbidden" ? code : "allow").toBe("allow");
        else expect(code).toBe(expected);
      });
    }
  }

  it("the action that allowed an admin really acted (not only passed the guard)", async () => {
    const mod = await import("../actions/users");
    session.current = { user: { id: users.admin.id }, sessionVersion: users.admin.sessionVersion };
    const fd = new FormData();
    fd.set("email", "really@example.org");
    fd.set("role", "EDITOR");
    const result = await mod.inviteUserAction(null, fd);
    expect(result).toMatchObject({ ok: true, data: { email: "really@example.org" } });
    expect(await db.client().invitation.count({ where: { email: "really@example.org" } })).toBe(1);
  });

  it("a disabled account's refusal happens before anything changes", async () => {
    const mod = await import("../actions/account");
    session.current = { user: { id: users.disabled.id }, sessionVersion: users.disabled.sessionVersion };
    const fd = new FormData();
    fd.set("name", "Should Not Change");
    expect(await mod.changeNameAction(null, fd)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect((await db.client().user.findUniqueOrThrow({ where: { id: users.disabled.id } })).name).not.toBe("Should Not Change");
  });
});
