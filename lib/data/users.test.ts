import { beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createUser, TEST_PASSWORD } from "../testing/factories";
import { ForbiddenError } from "../auth/permissions";
import { changeOwnEmail, changeOwnName, changeOwnPassword, changeUserRole, findActiveSessionUser, listUsers, setUserDisabled } from "./users";
import { RefusedError } from "./errors";
import { verifyPassword } from "../auth/password";

const db = setupAppDatabase();
beforeEach(() => truncateAll(db.client()));

describe("roles and status take effect on the next request", () => {
  it("a disabled account's session is refused, and disabling signs it out everywhere", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const curator = await createUser(db.client(), { role: "CURATOR" });
    expect(await findActiveSessionUser(curator.id, curator.sessionVersion)).toMatchObject({ id: curator.id });
    await setUserDisabled(admin, curator.id, true);
    expect(await findActiveSessionUser(curator.id, curator.sessionVersion)).toBeNull();
    const after = await db.client().user.findUniqueOrThrow({ where: { id: curator.id } });
    expect(after.sessionVersion).toBe(curator.sessionVersion + 1);
    // Re-enabling does not revive the old session: it was signed out everywhere.
    await setUserDisabled(admin, curator.id, false);
    expect(await findActiveSessionUser(curator.id, curator.sessionVersion)).toBeNull();
    expect(await findActiveSessionUser(curator.id, after.sessionVersion)).toMatchObject({ id: curator.id });
  });

  it("a changed role is what the next request sees", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const user = await createUser(db.client(), { role: "CURATOR" });
    await changeUserRole(admin, user.id, "EDITOR");
    expect(await findActiveSessionUser(user.id, user.sessionVersion)).toMatchObject({ role: "EDITOR" });
    const events = await db.client().auditEvent.findMany({ where: { action: "user.role_change" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, targetId: user.id, data: { from: "CURATOR", to: "EDITOR" } });
  });
});

describe("last active admin", () => {
  it("cannot be demoted or disabled", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    await expect(changeUserRole(admin, admin.id, "EDITOR")).rejects.toThrow(/last active admin/);
    const other = await createUser(db.client(), { role: "ADMIN" });
    await expect(setUserDisabled(other, admin.id, false)).resolves.toBeUndefined();
    // With two admins, one may be disabled; then the other is the last one.
    await setUserDisabled(other, admin.id, true);
    await expect(changeUserRole(other, other.id, "CURATOR")).rejects.toBeInstanceOf(RefusedError);
    expect((await db.client().user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("ADMIN");
  });

  it("a disabled admin does not count as the other admin", async () => {
    const a = await createUser(db.client(), { role: "ADMIN" });
    await createUser(db.client(), { role: "ADMIN", disabled: true });
    const editor = await createUser(db.client(), { role: "EDITOR" });
    await expect(changeUserRole(a, a.id, "EDITOR")).rejects.toThrow(/last active admin/);
    // Promote someone first, then stepping down works.
    await changeUserRole(a, editor.id, "ADMIN");
    await changeUserRole(a, a.id, "EDITOR");
    expect((await db.client().user.findUniqueOrThrow({ where: { id: a.id } })).role).toBe("EDITOR");
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const a = await createUser(db.client(), { role: "ADMIN" });
    const b = await createUser(db.client(), { role: "ADMIN" });
    const results = await Promise.allSettled([changeUserRole(a, b.id, "EDITOR"), changeUserRole(b, a.id, "EDITOR")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.client().user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
  });
});

describe("admin-only functions check the acting user themselves", () => {
  it("refuse curators and editors", async () => {
    const curator = await createUser(db.client(), { role: "CURATOR" });
    const editor = await createUser(db.client(), { role: "EDITOR" });
    await expect(listUsers(curator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeUserRole(editor, curator.id, "ADMIN")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setUserDisabled(editor, curator.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.client().user.findUniqueOrThrow({ where: { id: curator.id } })).role).toBe("CURATOR");
  });
});

describe("own account", () => {
  it("changes name, email (with the current password) and password (signing out other sessions)", async () => {
    const u = await createUser(db.client(), { role: "CURATOR" });
    const other = await createUser(db.client(), { role: "CURATOR" });
    await changeOwnName(u, "New Name");
    await expect(changeOwnEmail(u, "new@example.org", "wrong password")).rejects.toThrow(/not your current password/);
    await expect(changeOwnEmail(u, other.email, TEST_PASSWORD)).rejects.toThrow(/Another account/);
    await changeOwnEmail(u, "new@example.org", TEST_PASSWORD);
    await expect(changeOwnPassword(u, "wrong password", "another long password")).rejects.toBeInstanceOf(RefusedError);
    const version = await changeOwnPassword(u, TEST_PASSWORD, "another long password");
    const row = await db.client().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).toMatchObject({ name: "New Name", email: "new@example.org", sessionVersion: version });
    expect(version).toBe(u.sessionVersion + 1);
    expect(await verifyPassword(row.passwordHash!, "another long password")).toBe(true);
    const actions = (await db.client().auditEvent.findMany({ where: { actorId: u.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["account.name_change", "account.email_change", "account.password_change"]);
  });
});
