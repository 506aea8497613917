import { beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createUser } from "../testing/factories";
import { ForbiddenError } from "../auth/permissions";
import { AUDIT_MAX_PAGE_SIZE, listAuditEvents, recordAudit } from "./audit";

const db = setupAppDatabase();
beforeEach(() => truncateAll(db.client()));

describe("audit log", () => {
  it("is append-only: the database refuses updates and deletes", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    await recordAudit({ actorId: admin.id, action: "settings.update" });
    await expect(db.client().auditEvent.updateMany({ data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.client().auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.client().auditEvent.findMany({ select: { action: true } })).toEqual([{ action: "settings.update" }]);
  });

  it("filters by action and actor, pages, caps the page size, and is admin-only", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN", name: "Ada Admin" });
    const editor = await createUser(db.client(), { role: "EDITOR", name: "Eddie" });
    for (let i = 0; i < 120; i++) await recordAudit({ actorId: admin.id, action: "auth.sign_in" });
    await recordAudit({ actorId: editor.id, action: "issue.publish" });

    const all = await listAuditEvents(admin, { page: 1, pageSize: 1000 });
    expect(all.total).toBe(121);
    expect(all.rows).toHaveLength(AUDIT_MAX_PAGE_SIZE);
    const page2 = await listAuditEvents(admin, { page: 2, pageSize: 100 });
    expect(page2.rows).toHaveLength(21);

    const published = await listAuditEvents(admin, { action: "issue.publish", page: 1, pageSize: 50 });
    expect(published.rows.map((r) => r.actor?.name)).toEqual(["Eddie"]);
    const byActor = await listAuditEvents(admin, { actor: "eddie", page: 1, pageSize: 50 });
    expect(byActor.total).toBe(1);

    await expect(listAuditEvents(editor, { page: 1, pageSize: 10 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
