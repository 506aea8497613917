import { beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createUser } from "../testing/factories";
import { createIssue } from "./issue-editor";
import { createPreviewLink, getIssueByPreviewToken, getIssuePreview, hashPreviewToken, listPreviewLinks, revokePreviewLink } from "./preview-links";
import { getPublicIssue } from "./issues";
import { PermissionError, type Actor } from "./access";

const testDb = setupAppDatabase();

let cora: Actor;
let issueId: string;

beforeEach(async () => {
  await truncateAll(testDb.client());
  cora = await createUser(testDb.client(), { role: "CURATOR", name: "Cora" });
  await createIssue(cora, "2021-04");
  issueId = (await testDb.client().issue.findUniqueOrThrow({ where: { slug: "2021-04" }, select: { id: true } })).id;
});

describe("preview links", () => {
  it("lets a token read a draft that the public site does not show, and stores only the token's hash", async () => {
    const created = await createPreviewLink(cora, issueId, 7);
    if (!created.ok) throw new Error(created.message);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(created.path).toBe(`/preview/${created.token}`);
    expect(await getPublicIssue("2021-04")).toBeNull();
    expect((await getIssueByPreviewToken(created.token))?.slug).toBe("2021-04");

    const rows = await testDb.client().previewLink.findMany({ select: { tokenHash: true } });
    expect(rows).toEqual([{ tokenHash: hashPreviewToken(created.token) }]);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(created.token);
    // The stored hash is not itself a token.
    expect(await getIssueByPreviewToken(rows[0].tokenHash)).toBeNull();
  });

  it("gives nothing for unknown, expired and revoked tokens", async () => {
    const now = new Date("2026-01-10T12:00:00Z");
    const created = await createPreviewLink(cora, issueId, 1, now);
    if (!created.ok) throw new Error(created.message);
    expect(await getIssueByPreviewToken("x".repeat(43), now)).toBeNull();
    expect(await getIssueByPreviewToken("short", now)).toBeNull();
    expect(await getIssueByPreviewToken(created.token, new Date("2026-01-11T11:59:00Z"))).not.toBeNull();
    expect(await getIssueByPreviewToken(created.token, new Date("2026-01-11T12:00:00Z"))).toBeNull();

    const other = await createPreviewLink(cora, issueId, 7);
    if (!other.ok) throw new Error(other.message);
    const [latest] = await listPreviewLinks(cora, issueId);
    expect(latest).toMatchObject({ active: true, createdBy: "Cora", revokedAt: null });
    expect(await revokePreviewLink(cora, latest.id)).toEqual({ ok: true, issueSlug: "2021-04" });
    expect(await getIssueByPreviewToken(other.token)).toBeNull();
    expect((await listPreviewLinks(cora, issueId))[0]).toMatchObject({ active: false });
  });

  it("refuses bad durations and published issues, and checks the role in the data layer", async () => {
    expect(await createPreviewLink(cora, issueId, 0)).toMatchObject({ ok: false });
    expect(await createPreviewLink(cora, issueId, 31)).toMatchObject({ ok: false });
    await testDb.client().issue.update({ where: { id: issueId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await createPreviewLink(cora, issueId, 7)).toMatchObject({ ok: false, message: expect.stringContaining("published") });
    const nobody = { id: cora.id, role: "READER" } as unknown as Actor;
    await expect(createPreviewLink(nobody, issueId, 7)).rejects.toBeInstanceOf(PermissionError);
    await expect(revokePreviewLink(nobody, "x")).rejects.toBeInstanceOf(PermissionError);
    await expect(getIssuePreview(nobody, "2021-04")).rejects.toBeInstanceOf(PermissionError);
    expect((await getIssuePreview(cora, "2021-04"))?.title).toBe("Our top picks for April 2021");
  });
});
