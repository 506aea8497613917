import { beforeEach, describe, expect, it } from "vitest";
import sharp from "sharp";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createPaper, createUser } from "../testing/factories";
import { createIssue } from "./issue-editor";
import { addFigure, deleteFigure, getFigureForServing, moveFigure, updateFigure, MAX_FIGURE_BYTES, sniffImageType } from "./figures";
import { createPreviewLink } from "./preview-links";
import { PermissionError, type Actor } from "./access";

const testDb = setupAppDatabase();

let cora: Actor;
let pickId: string;
let issueId: string;

const image = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#3366cc" } });
const text = { alt: "A chart", caption: "Loss against compute.", sourceCredit: "Figure 2 of the paper", sourceUrl: null };

beforeEach(async () => {
  await truncateAll(testDb.client());
  cora = await createUser(testDb.client(), { role: "CURATOR", name: "Cora" });
  await createIssue(cora, "2021-04");
  issueId = (await testDb.client().issue.findUniqueOrThrow({ where: { slug: "2021-04" }, select: { id: true } })).id;
  const paper = await createPaper(testDb.client(), []);
  pickId = (await testDb.client().pick.create({ data: { issueId, paperId: paper.id, position: 1, paperVersion: 1 }, select: { id: true } })).id;
});

describe("figures", () => {
  it("tells the type from the bytes", async () => {
    expect(sniffImageType(await image(2, 2).png().toBuffer())).toBe("image/png");
    expect(sniffImageType(await image(2, 2).jpeg().toBuffer())).toBe("image/jpeg");
    expect(sniffImageType(await image(2, 2).webp().toBuffer())).toBe("image/webp");
    expect(sniffImageType(await image(2, 2).gif().toBuffer())).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
  });

  it("re-encodes in the same format, scaled down to 1600 px wide, without metadata", async () => {
    const jpeg = await image(2400, 1200).jpeg().withExif({ IFD0: { Copyright: "secret location" } }).toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const added = await addFigure(cora, pickId, { ...text, bytes: jpeg });
    expect(added).toMatchObject({ ok: true, width: 1600, height: 800, mimeType: "image/jpeg" });
    const row = await testDb.client().figure.findFirstOrThrow({ where: { pickId }, select: { data: true, mimeType: true, width: true, position: true, caption: true } });
    expect(row).toMatchObject({ mimeType: "image/jpeg", width: 1600, position: 1, caption: "Loss against compute." });
    const meta = await sharp(row.data!).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(["jpeg", 1600, undefined]);

    // A small PNG keeps its size; positions follow on.
    expect(await addFigure(cora, pickId, { ...text, bytes: await image(300, 200).png().toBuffer() })).toMatchObject({ ok: true, width: 300, mimeType: "image/png" });
    expect(await testDb.client().figure.count({ where: { pickId, position: 2 } })).toBe(1);
  });

  it("refuses what is not a PNG, JPEG or WebP image, too large or damaged files, and empty uploads", async () => {
    const gif = await image(10, 10).gif().toBuffer();
    expect(await addFigure(cora, pickId, { ...text, bytes: gif })).toMatchObject({ ok: false, field: "image", message: expect.stringContaining("PNG, JPEG or WebP") });
    expect(await addFigure(cora, pickId, { ...text, bytes: new Uint8Array(0) })).toMatchObject({ ok: false, field: "image" });
    const big = new Uint8Array(MAX_FIGURE_BYTES + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await addFigure(cora, pickId, { ...text, bytes: big })).toMatchObject({ ok: false, message: expect.stringContaining("larger than 4 MB") });
    const png = await image(50, 50).png().toBuffer();
    const damaged = png.subarray(0, 40);
    expect(await addFigure(cora, pickId, { ...text, bytes: damaged })).toMatchObject({ ok: false, message: expect.stringContaining("could not be read") });
    expect(await testDb.client().figure.count()).toBe(0);
  });

  it("serves a draft's figure only to curators and valid preview links, and any public issue's figure to all", async () => {
    const added = await addFigure(cora, pickId, { ...text, bytes: await image(20, 10).webp().toBuffer() });
    if (!added.ok) throw new Error(added.message);
    const anonymous = { actor: null, previewToken: null };
    expect(await getFigureForServing(added.id, anonymous)).toBeNull();
    expect(await getFigureForServing(added.id, { actor: cora, previewToken: null })).toMatchObject({ mimeType: "image/webp", isPublic: false });
    const link = await createPreviewLink(cora, issueId, 1);
    if (!link.ok) throw new Error(link.message);
    expect(await getFigureForServing(added.id, { actor: null, previewToken: link.token })).toMatchObject({ isPublic: false });
    expect(await getFigureForServing(added.id, { actor: null, previewToken: "x".repeat(43) })).toBeNull();

    await testDb.client().issue.update({ where: { id: issueId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await getFigureForServing(added.id, anonymous)).toMatchObject({ isPublic: true, mimeType: "image/webp" });

    expect(await deleteFigure(cora, added.id)).toEqual({ ok: true, issueSlug: "2021-04" });
    expect(await getFigureForServing(added.id, anonymous)).toBeNull();
  });

  it("edits alt text, caption and source; refuses an edit based on an older version, overwriting nothing", async () => {
    const added = await addFigure(cora, pickId, { ...text, bytes: await image(40, 20).png().toBuffer() });
    if (!added.ok) throw new Error(added.message);
    const eddie = await createUser(testDb.client(), { role: "EDITOR", name: "Eddie" });
    const edit = { alt: "A falling curve", caption: "Loss falls with compute.", sourceCredit: "Figure 3 of the paper", sourceUrl: "https://arxiv.org/abs/2101.00001" };
    expect(await updateFigure(cora, added.id, edit, 1)).toEqual({ ok: true, version: 2, issueSlug: "2021-04", isPublic: false });
    const saved = () => testDb.client().figure.findUniqueOrThrow({ where: { id: added.id }, select: { alt: true, caption: true, sourceCredit: true, sourceUrl: true, version: true, width: true } });
    expect(await saved()).toEqual({ ...edit, version: 2, width: 40 });

    // Eddie opened the page at version 1: refused, and told what is saved now.
    const stale = await updateFigure(eddie, added.id, { ...text, caption: "Eddie's caption" }, 1);
    expect(stale).toMatchObject({ ok: false, conflict: true, current: { ...edit, version: 2 } });
    expect(await saved()).toMatchObject({ caption: "Loss falls with compute.", version: 2 });
    // Saving again on the current version is a deliberate overwrite; clearing the URL stores null.
    expect(await updateFigure(eddie, added.id, { ...text, caption: "Eddie's caption" }, 2)).toMatchObject({ ok: true, version: 3 });
    expect(await saved()).toMatchObject({ caption: "Eddie's caption", sourceUrl: null, version: 3 });
    expect(await updateFigure(cora, "missing", edit, 1)).toEqual({ ok: false, conflict: false, message: "This figure no longer exists." });
  });

  it("moves a figure up or down among its pick's figures, positions staying 1..n", async () => {
    const ids: string[] = [];
    for (const caption of ["One", "Two", "Three"]) {
      const added = await addFigure(cora, pickId, { ...text, caption, bytes: await image(10, 10).png().toBuffer() });
      if (!added.ok) throw new Error(added.message);
      ids.push(added.id);
    }
    const order = async () => (await testDb.client().figure.findMany({ where: { pickId }, orderBy: { position: "asc" }, select: { caption: true, position: true } })).map((f) => `${f.position}:${f.caption}`);
    expect(await moveFigure(cora, ids[2], "up")).toEqual({ ok: true, issueSlug: "2021-04", isPublic: false });
    expect(await order()).toEqual(["1:One", "2:Three", "3:Two"]);
    await moveFigure(cora, ids[0], "down");
    expect(await order()).toEqual(["1:Three", "2:One", "3:Two"]);
    // At either end nothing moves.
    await moveFigure(cora, ids[2], "up");
    await moveFigure(cora, ids[1], "down");
    expect(await order()).toEqual(["1:Three", "2:One", "3:Two"]);
    // After a removal left a gap, positions are rewritten to 1..n by the next move.
    await deleteFigure(cora, ids[0]);
    await moveFigure(cora, ids[1], "up");
    expect(await order()).toEqual(["1:Two", "2:Three"]);
    expect(await moveFigure(cora, "missing", "up")).toEqual({ ok: false, message: "This figure no longer exists." });
  });

  it("checks the role in the data layer", async () => {
    const nobody = { id: cora.id, role: "READER" } as unknown as Actor;
    await expect(addFigure(nobody, pickId, { ...text, bytes: new Uint8Array(1) })).rejects.toBeInstanceOf(PermissionError);
    await expect(deleteFigure(nobody, "x")).rejects.toBeInstanceOf(PermissionError);
    await expect(updateFigure(nobody, "x", text, 1)).rejects.toBeInstanceOf(PermissionError);
    await expect(moveFigure(nobody, "x", "up")).rejects.toBeInstanceOf(PermissionError);
  });
});
