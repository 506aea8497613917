import { beforeEach, describe, expect, it, vi } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createAuthor, createPaper, createUser } from "../testing/factories";
import { ForbiddenError } from "../auth/permissions";
import { getAuthorForEdit, listAuthors, listDuplicateSuggestions, mergeAuthors, updateAuthor } from "./author-admin";
import { forgetSiteSettings, getSiteSettings, readSiteSettings, SITE_SETTINGS_MEMO_MS, updateSiteSettings } from "./settings";

const db = setupAppDatabase();
beforeEach(() => truncateAll(db.client()));

describe("merging authors", () => {
  it("moves paper links in one go, keeps positions unique, and redirects old slugs to the survivor", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const c = db.client();
    const survivor = await createAuthor(c, "Samuel L. Smith", { slug: "samuel-l-smith" });
    const dup = await createAuthor(c, "Samuel Smith", { slug: "samuel-smith", orcid: "0000-0002-1825-0097", affiliation: "DeepMind" });
    const other = await createAuthor(c, "Soham De");
    const both = await createPaper(c, [survivor.id, dup.id, other.id]);
    const onlyDup = await createPaper(c, [other.id, dup.id]);
    await c.authorSlugRedirect.create({ data: { slug: "sam-smith-old", authorId: dup.id } });

    await mergeAuthors(admin, survivor.id, dup.id);

    const rows = await c.paperAuthor.findMany({ orderBy: [{ paperId: "asc" }, { position: "asc" }], select: { paperId: true, authorId: true, position: true } });
    expect(rows.filter((r) => r.paperId === both.id)).toEqual([
      { paperId: both.id, authorId: survivor.id, position: 1 },
      { paperId: both.id, authorId: other.id, position: 3 },
    ]);
    expect(rows.filter((r) => r.paperId === onlyDup.id)).toEqual([
      { paperId: onlyDup.id, authorId: other.id, position: 1 },
      { paperId: onlyDup.id, authorId: survivor.id, position: 2 },
    ]);
    expect(await c.author.findUnique({ where: { id: dup.id } })).toBeNull();
    const redirects = await c.authorSlugRedirect.findMany({ orderBy: { slug: "asc" } });
    expect(redirects).toEqual([
      { slug: "sam-smith-old", authorId: survivor.id },
      { slug: "samuel-smith", authorId: survivor.id },
    ]);
    expect(await c.author.findUniqueOrThrow({ where: { id: survivor.id } })).toMatchObject({ orcid: "0000-0002-1825-0097", affiliation: "DeepMind", slug: "samuel-l-smith" });
    const event = await c.auditEvent.findFirstOrThrow({ where: { action: "author.merge" } });
    expect(event).toMatchObject({ actorId: admin.id, targetId: survivor.id, data: { papersMoved: 1, papersShared: 1 } });
  });

  it("rolls back completely when part of the merge fails", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const c = db.client();
    const a = await createAuthor(c, "Ann Example", { slug: "ann-example" });
    const b = await createAuthor(c, "Ann B. Example", { slug: "ann-b-example" });
    await createPaper(c, [b.id]);
    // A redirect already using b's slug makes the final redirect insert fail.
    await c.authorSlugRedirect.create({ data: { slug: "ann-b-example", authorId: a.id } });
    await expect(mergeAuthors(admin, a.id, b.id)).rejects.toThrow();
    expect(await c.author.findUnique({ where: { id: b.id } })).not.toBeNull();
    expect(await c.paperAuthor.count({ where: { authorId: b.id } })).toBe(1);
    expect(await c.auditEvent.count({ where: { action: "author.merge" } })).toBe(0);
  });

  it("is admin-only and never automatic: suggestions are only listed", async () => {
    const editor = await createUser(db.client(), { role: "EDITOR" });
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const c = db.client();
    const a = await createAuthor(c, "Samuel L. Smith");
    const b = await createAuthor(c, "Samuel Smith");
    await expect(mergeAuthors(editor, a.id, b.id)).rejects.toBeInstanceOf(ForbiddenError);
    const suggestions = await listDuplicateSuggestions(admin);
    expect(suggestions.map((s) => s.authors.map((x) => x.name).sort())).toEqual([["Samuel L. Smith", "Samuel Smith"]]);
    expect(await c.author.count()).toBe(2);
  });
});

describe("editing authors", () => {
  it("saves details, searches and pages, and refuses a stale form", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    const c = db.client();
    const a = await createAuthor(c, "Yoshua Bengio");
    for (let i = 0; i < 30; i++) await createAuthor(c, `Author ${String(i).padStart(2, "0")}`);
    const loaded = (await getAuthorForEdit(admin, a.id))!;
    const input = { authorId: a.id, updatedAt: loaded.updatedAt.toISOString(), name: "Yoshua Bengio", affiliation: "Mila", orcid: "0000-0002-9322-3515", links: ["https://yoshuabengio.org"] };
    // (the ORCID above is made up but has a valid check digit)
    await updateAuthor(admin, input);
    await expect(updateAuthor(admin, { ...input, affiliation: "Elsewhere" })).rejects.toThrow(/Someone else changed this author/);
    expect(await c.author.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ affiliation: "Mila", links: ["https://yoshuabengio.org"] });

    const found = await listAuthors(admin, { q: "bengio", page: 1, pageSize: 25 });
    expect(found.rows.map((r) => r.name)).toEqual(["Yoshua Bengio"]);
    const page2 = await listAuthors(admin, { q: "", page: 2, pageSize: 25 });
    expect(page2.total).toBe(31);
    expect(page2.rows).toHaveLength(6);
    await expect(listAuthors(await createUser(c, { role: "CURATOR" }), { q: "", page: 1, pageSize: 5 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("site settings", () => {
  beforeEach(() => forgetSiteSettings());

  it("defaults until saved, then returns what the admin saved; stale forms conflict", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    expect((await getSiteSettings()).name).toBe("Picks");
    await updateSiteSettings(admin, { updatedAt: "", name: "Top Picks", tagline: "Papers", description: "D", socialLinks: [{ label: "Mastodon", url: "https://example.social/@picks" }] });
    const row = await db.client().siteSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(row).toMatchObject({ name: "Top Picks", socialLinks: [{ label: "Mastodon", url: "https://example.social/@picks" }] });
    await expect(updateSiteSettings(admin, { updatedAt: "", name: "Again", tagline: "", description: "", socialLinks: [] })).rejects.toThrow(/Someone else saved/);
    const editor = await createUser(db.client(), { role: "EDITOR" });
    await expect(updateSiteSettings(editor, { updatedAt: row.updatedAt.toISOString(), name: "X", tagline: "", description: "", socialLinks: [] })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.client().auditEvent.count({ where: { action: "settings.update" } })).toBe(1);
  });

  it("are reused by the public site for a bounded time; the process that saves them shows them at once", async () => {
    const admin = await createUser(db.client(), { role: "ADMIN" });
    expect((await getSiteSettings()).name).toBe("Picks");
    // Another instance saves: this process keeps what it read until the memo expires.
    await db.client().siteSettings.create({ data: { id: 1, name: "Saved elsewhere", tagline: "" } });
    expect((await getSiteSettings()).name).toBe("Picks");
    expect((await readSiteSettings()).name).toBe("Saved elsewhere");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SITE_SETTINGS_MEMO_MS + 1 });
    try {
      expect((await getSiteSettings()).name).toBe("Saved elsewhere");
    } finally {
      vi.useRealTimers();
    }
    // Saved here: no wait.
    const row = await db.client().siteSettings.findUniqueOrThrow({ where: { id: 1 } });
    await updateSiteSettings(admin, { updatedAt: row.updatedAt.toISOString(), name: "Saved here", tagline: "", description: "", socialLinks: [] });
    expect((await getSiteSettings()).name).toBe("Saved here");
  });
});
