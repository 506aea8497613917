import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createUser } from "../testing/factories";
import { createMailer } from "../mail/mailer";
import { ForbiddenError } from "../auth/permissions";
import { verifyPassword } from "../auth/password";
import { acceptInvitation, checkInvitationToken, createInvitation, hashToken, INVITATION_TTL_MS, resendInvitation, revokeInvitation } from "./invitations";

const db = setupAppDatabase();
beforeEach(() => truncateAll(db.client()));

const delivery = { baseUrl: "https://picks.example.org", mailer: null };
const tokenOf = (link: string) => link.split("/invite/")[1]!;

describe("invitations", () => {
  it("stores only the token's hash, and the invitee sets a name and password once", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const sent = await createInvitation(admin, { email: "New@Example.org", role: "EDITOR" }, delivery);
    expect(sent.link).toMatch(/^https:\/\/picks\.example\.org\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(sent.link);
    const row = await db.client().invitation.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.email).toBe("new@example.org");
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(INVITATION_TTL_MS - 5_000);

    expect(await checkInvitationToken(token)).toEqual({ status: "valid", email: "new@example.org", role: "EDITOR" });
    await acceptInvitation(token, { name: "Nora New", password: "a long new password" });
    const user = await db.client().user.findUniqueOrThrow({ where: { email: "new@example.org" } });
    expect(user).toMatchObject({ name: "Nora New", role: "EDITOR", disabled: false });
    expect(await verifyPassword(user.passwordHash!, "a long new password")).toBe(true);

    // Single use.
    expect(await checkInvitationToken(token)).toEqual({ status: "used" });
    await expect(acceptInvitation(token, { name: "Eve", password: "another long password" })).rejects.toThrow(/already been used/);
    expect(await db.client().user.count({ where: { email: "new@example.org" } })).toBe(1);
  });

  it("expires after 7 days", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const created = new Date("2026-01-01T00:00:00Z");
    const sent = await createInvitation(admin, { email: "late@example.org", role: "CURATOR" }, delivery, created);
    const token = tokenOf(sent.link);
    const almost = new Date(created.getTime() + INVITATION_TTL_MS - 60_000);
    const after = new Date(created.getTime() + INVITATION_TTL_MS + 1);
    expect((await checkInvitationToken(token, almost)).status).toBe("valid");
    expect(await checkInvitationToken(token, after)).toEqual({ status: "expired" });
    await expect(acceptInvitation(token, { name: "Late", password: "a long new password" }, after)).rejects.toThrow(/expired/);
    expect(await db.client().user.count({ where: { email: "late@example.org" } })).toBe(0);
  });

  it("two simultaneous acceptances create one account", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const token = tokenOf((await createInvitation(admin, { email: "race@example.org", role: "CURATOR" }, delivery)).link);
    const results = await Promise.allSettled([
      acceptInvitation(token, { name: "One", password: "a long new password" }),
      acceptInvitation(token, { name: "Two", password: "a long new password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.client().user.count({ where: { email: "race@example.org" } })).toBe(1);
  });

  it("resending replaces the link; revoking stops it; unknown tokens are refused", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const first = await createInvitation(admin, { email: "r@example.org", role: "CURATOR" }, delivery);
    const second = await resendInvitation(admin, first.id, delivery);
    expect(second.id).toBe(first.id);
    expect((await checkInvitationToken(tokenOf(first.link))).status).toBe("unknown");
    expect((await checkInvitationToken(tokenOf(second.link))).status).toBe("valid");
    await revokeInvitation(admin, first.id);
    expect((await checkInvitationToken(tokenOf(second.link))).status).toBe("revoked");
    await expect(acceptInvitation(tokenOf(second.link), { name: "R", password: "a long new password" })).rejects.toThrow(/withdrawn/);
    await expect(resendInvitation(admin, first.id, delivery)).rejects.toThrow(/accepted or revoked/);
    const actions = (await db.client().auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["invitation.create", "invitation.resend", "invitation.revoke"]);
  });

  it("refuses an email that already has an account, and non-admins", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const editor = await createUser(db.client(), { role: "EDITOR" });
    await expect(createInvitation(admin, { email: editor.email, role: "CURATOR" }, delivery)).rejects.toThrow(/already exists/);
    await expect(createInvitation(editor, { email: "x@example.org", role: "ADMIN" }, delivery)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.client().invitation.count()).toBe(0);
  });
});

describe("invitation email through a real SMTP server", () => {
  const received: { from: string; to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("emails the one-time link to the invitee", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const mailer = createMailer({ host: "127.0.0.1", port, secure: false, from: "Picks <picks@example.org>" });
    const sent = await createInvitation(admin, { email: "mailme@example.org", role: "CURATOR" }, { ...delivery, mailer });
    expect(sent.emailed).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe("picks@example.org");
    expect(received[0]!.to).toEqual(["mailme@example.org"]);
    // The link may be wrapped by quoted-printable encoding: undo soft line breaks first.
    const body = received[0]!.raw.replace(/=\r?\n/g, "");
    expect(body).toContain(sent.link);
    expect(body).toMatch(/Subject: You are invited to Picks/);
  });

  it("keeps the invitation and says so when the SMTP server is unreachable", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const mailer = createMailer({ host: "127.0.0.1", port: 1, secure: false, from: "picks@example.org" });
    const sent = await createInvitation(admin, { email: "nomail@example.org", role: "CURATOR" }, { ...delivery, mailer });
    expect(sent.emailed).toBe(false);
    expect(sent.emailError).toMatch(/copy the link/);
    expect((await checkInvitationToken(tokenOf(sent.link))).status).toBe("valid");
  });
});
