/**
 * The audit log: append-only (a database trigger refuses UPDATE and DELETE on "AuditEvent").
 */
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "../auth/permissions";

export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_refused",
  "user.create",
  "user.role_change",
  "user.disable",
  "user.enable",
  "invitation.create",
  "invitation.resend",
  "invitation.revoke",
  "invitation.accept",
  "account.name_change",
  "account.email_change",
  "account.password_change",
  "author.update",
  "author.merge",
  "settings.update",
  "issue.publish",
  "issue.schedule",
  "issue.unpublish",
  "demo.seeded",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditInput = {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
};

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

/** Appends an event; pass the transaction the change runs in so both commit together. */
export async function recordAudit(event: AuditInput, tx: Writer = db()): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, targetType: event.targetType ?? null, targetId: event.targetId ?? null } });
}

export { AUDIT_MAX_PAGE_SIZE } from "./audit-constants";
import { AUDIT_MAX_PAGE_SIZE } from "./audit-constants";

export type AuditFilter = { action?: string; actor?: string; from?: Date; to?: Date; page: number; pageSize: number };

export type AuditRow = {
  id: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
};

export async function listAuditEvents(actor: Actor, filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  assertRole(actor, "ADMIN");
  const pageSize = Math.min(Math.max(1, filter.pageSize), AUDIT_MAX_PAGE_SIZE);
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor
      ? { actor: { OR: [{ email: { contains: filter.actor, mode: "insensitive" } }, { name: { contains: filter.actor, mode: "insensitive" } }] } }
      : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, filter.page) - 1) * pageSize,
      take: pageSize,
      select: { id: true, action: true, targetType: true, targetId: true, data: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
    db().auditEvent.count({ where }),
  ]);
  return { rows, total };
}
