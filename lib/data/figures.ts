/**
 * Figures of a pick, stored in PostgreSQL (Figure.data). An upload is checked from its bytes (the file
 * name and the browser's content type are ignored), decoded and re-encoded with sharp — which drops
 * metadata such as GPS tags and anything appended to the image — and scaled down to at most 1600 px wide.
 */
import "server-only";
import sharp from "sharp";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { actorHasRole, assertRole, type Actor } from "./access";
import { publicIssueWhere } from "./issues";
import { isPublicStatus } from "./picks";
import { hashPreviewToken } from "./preview-links";

export const MAX_FIGURE_BYTES = 4 * 1024 * 1024;
export const MAX_FIGURE_WIDTH = 1600;
/** Decoding bombs: refuse images with more pixels than this before decoding them. */
const MAX_INPUT_PIXELS = 50_000_000;

export const NOT_AN_IMAGE = "Only PNG, JPEG or WebP images: this file is none of them, whatever its name says.";

export type FigureType = "image/png" | "image/jpeg" | "image/webp";

/** The image type told by the file's first bytes (its "magic number"), or null. */
export function sniffImageType(bytes: Uint8Array): FigureType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

export type FigureInput = { bytes: Uint8Array; alt: string; caption: string; sourceCredit: string; sourceUrl: string | null };
export type AddFigureOutcome = { ok: true; id: string; width: number; height: number; mimeType: FigureType; issueSlug: string } | { ok: false; message: string; field?: "image" };

/** Decodes and re-encodes in the same format, scaled down to MAX_FIGURE_WIDTH. */
async function reencode(bytes: Uint8Array, type: FigureType): Promise<{ data: Buffer; width: number; height: number } | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: MAX_FIGURE_WIDTH, withoutEnlargement: true });
    const encoded = type === "image/png" ? image.png({ compressionLevel: 9 }) : type === "image/jpeg" ? image.jpeg({ quality: 82, mozjpeg: true }) : image.webp({ quality: 82 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    return null;
  }
}

export async function addFigure(actor: Actor, pickId: string, input: FigureInput): Promise<AddFigureOutcome> {
  assertRole(actor, "CURATOR");
  if (input.bytes.byteLength === 0) return { ok: false, message: "Choose an image file.", field: "image" };
  if (input.bytes.byteLength > MAX_FIGURE_BYTES) return { ok: false, message: `The image is larger than ${MAX_FIGURE_BYTES / 1024 / 1024} MB.`, field: "image" };
  const type = sniffImageType(input.bytes);
  if (!type) return { ok: false, message: NOT_AN_IMAGE, field: "image" };
  const encoded = await reencode(input.bytes, type);
  if (!encoded) return { ok: false, message: "This image could not be read: it may be damaged or too large in pixels.", field: "image" };
  return db().$transaction(async (tx) => {
    const pick = await tx.pick.findUnique({ where: { id: pickId }, select: { id: true, issue: { select: { slug: true } } } });
    if (!pick) return { ok: false as const, message: "This pick no longer exists." };
    // Locks the pick so two uploads get distinct positions.
    await tx.$queryRaw`SELECT id FROM "Pick" WHERE id = ${pickId} FOR UPDATE`;
    const last = await tx.figure.findFirst({ where: { pickId }, orderBy: { position: "desc" }, select: { position: true } });
    const figure = await tx.figure.create({
      data: {
        pickId,
        position: (last?.position ?? 0) + 1,
        data: new Uint8Array(encoded.data),
        mimeType: type,
        width: encoded.width,
        height: encoded.height,
        alt: input.alt,
        caption: input.caption,
        sourceCredit: input.sourceCredit,
        sourceUrl: input.sourceUrl,
      },
      select: { id: true },
    });
    return { ok: true as const, id: figure.id, width: encoded.width, height: encoded.height, mimeType: type, issueSlug: pick.issue.slug };
  });
}

export async function deleteFigure(actor: Actor, figureId: string): Promise<{ ok: true; issueSlug: string } | { ok: false; message: string }> {
  assertRole(actor, "CURATOR");
  const figure = await db().figure.findUnique({ where: { id: figureId }, select: { id: true, pick: { select: { issue: { select: { slug: true } } } } } });
  if (!figure) return { ok: false, message: "This figure no longer exists." };
  await db().figure.delete({ where: { id: figureId }, select: { id: true } });
  return { ok: true, issueSlug: figure.pick.issue.slug };
}

export type FigureText = { alt: string; caption: string; sourceCredit: string; sourceUrl: string | null };
export type FigureOpOutcome = { ok: true; issueSlug: string; isPublic: boolean } | { ok: false; message: string };
export type UpdateFigureOutcome =
  | { ok: true; version: number; issueSlug: string; isPublic: boolean }
  | { ok: false; conflict: true; message: string; current: FigureText & { version: number } }
  | { ok: false; conflict: false; message: string };

/**
 * Edits a figure's alt text, caption and source (the image itself never changes: a new image is a new
 * upload). Refused, overwriting nothing, when the figure changed after `baseVersion`.
 */
export async function updateFigure(actor: Actor, figureId: string, text: FigureText, baseVersion: number): Promise<UpdateFigureOutcome> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const updated = await tx.figure.updateMany({ where: { id: figureId, version: baseVersion }, data: { ...text, version: { increment: 1 } } });
    const current = await tx.figure.findUnique({
      where: { id: figureId },
      select: { alt: true, caption: true, sourceCredit: true, sourceUrl: true, version: true, pick: { select: { issue: { select: { slug: true, status: true } } } } },
    });
    if (!current) return { ok: false as const, conflict: false as const, message: "This figure no longer exists." };
    if (updated.count === 0) {
      const { pick: _pick, ...saved } = current;
      return {
        ok: false as const,
        conflict: true as const,
        message: "Someone else changed this figure after you opened the page. Nothing was overwritten.",
        current: saved,
      };
    }
    return { ok: true as const, version: current.version, issueSlug: current.pick.issue.slug, isPublic: isPublicStatus(current.pick.issue.status) };
  });
}

type Tx = Prisma.TransactionClient;

/** Rewrites a pick's figure positions to 1..n; two phases because of the unique (pickId, position) index. */
async function writeFigurePositions(tx: Tx, pickId: string, orderedIds: string[]): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await tx.figure.update({ where: { id, pickId }, data: { position: -(i + 1) }, select: { id: true } });
  }
  for (const [i, id] of orderedIds.entries()) {
    await tx.figure.update({ where: { id, pickId }, data: { position: i + 1 }, select: { id: true } });
  }
}

/** Moves a figure one place up or down among its pick's figures, in one transaction. */
export async function moveFigure(actor: Actor, figureId: string, direction: "up" | "down"): Promise<FigureOpOutcome> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const figure = await tx.figure.findUnique({ where: { id: figureId }, select: { pickId: true, pick: { select: { issue: { select: { slug: true, status: true } } } } } });
    if (!figure) return { ok: false as const, message: "This figure no longer exists." };
    // Locks the pick's figures so two moves (or a move and an upload) run one after the other.
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Figure" WHERE "pickId" = ${figure.pickId} ORDER BY position FOR UPDATE`;
    const ids = rows.map((r) => r.id);
    const i = ids.indexOf(figureId);
    const j = direction === "up" ? i - 1 : i + 1;
    if (i >= 0 && j >= 0 && j < ids.length) {
      [ids[i], ids[j]] = [ids[j], ids[i]];
      await writeFigurePositions(tx, figure.pickId, ids);
    }
    return { ok: true as const, issueSlug: figure.pick.issue.slug, isPublic: isPublicStatus(figure.pick.issue.status) };
  });
}

export type ServedFigure = { data: Uint8Array; mimeType: string; isPublic: boolean };

/**
 * A stored figure's bytes for the figure route: anyone may fetch a figure of a public issue; a figure
 * of an unpublished issue needs a signed-in curator or a valid preview token for that issue.
 */
export async function getFigureForServing(figureId: string, viewer: { actor: Actor | null; previewToken: string | null }, now = new Date()): Promise<ServedFigure | null> {
  const figure = await db().figure.findUnique({ where: { id: figureId }, select: { data: true, mimeType: true, pick: { select: { issueId: true } } } });
  if (!figure?.data) return null;
  const isPublic = (await db().issue.count({ where: { id: figure.pick.issueId, ...publicIssueWhere(now) } })) > 0;
  if (isPublic) return { data: figure.data, mimeType: figure.mimeType, isPublic };
  if (viewer.actor && actorHasRole(viewer.actor, "CURATOR")) return { data: figure.data, mimeType: figure.mimeType, isPublic };
  if (viewer.previewToken) {
    const link = await db().previewLink.count({
      where: { tokenHash: hashPreviewToken(viewer.previewToken), issueId: figure.pick.issueId, revokedAt: null, expiresAt: { gt: now } },
    });
    if (link > 0) return { data: figure.data, mimeType: figure.mimeType, isPublic };
  }
  return null;
}
