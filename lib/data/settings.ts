/** Site settings: a single row (id 1), edited by admins, read by the public site. */
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { assertRole, type Actor } from "../auth/permissions";
import type { SocialLink } from "../validation/settings";
import { recordAudit } from "./audit";
import { ConflictError } from "./errors";

export type SiteSettings = { name: string; tagline: string; description: string; socialLinks: SocialLink[]; updatedAt: Date | null };

export const DEFAULT_SETTINGS: SiteSettings = {
  name: "Picks",
  tagline: "A monthly selection of research papers, with commentary",
  description: "",
  socialLinks: [],
  updatedAt: null,
};

function toLinks(value: unknown): SocialLink[] {
  if (!Array.isArray(value)) return [];
  return value.filter((l): l is SocialLink => typeof l?.label === "string" && typeof l?.url === "string");
}

/** The row as it is now, or the defaults until an admin saves settings (the settings form reads this). */
export async function readSiteSettings(): Promise<SiteSettings> {
  const row = await db().siteSettings.findUnique({
    where: { id: 1 },
    select: { name: true, tagline: true, description: true, socialLinks: true, updatedAt: true },
  });
  return row ? { ...row, socialLinks: toLinks(row.socialLinks) } : DEFAULT_SETTINGS;
}

/**
 * How long this process reuses the settings it read for the public site: as long as the response cache
 * keeps a page (RESPONSE_CACHE_SECONDS' default), so a reader may see them at most 2 s later than the
 * bound the README gives for other instances. The process that saves new settings forgets them at once.
 */
export const SITE_SETTINGS_MEMO_MS = 2_000;
type Memo = { value: Promise<SiteSettings>; until: number };
// On globalThis: Next.js bundles each route (and its server actions) on its own, so a module-level
// variable could exist once per bundle, and a save would not reach the pages' copy.
const MEMO = Symbol.for("picks.siteSettings");
const holder = globalThis as typeof globalThis & { [MEMO]?: Memo };

/**
 * For the public site (header, footer, feeds, metadata). Every dynamic page (search) shows the header,
 * so the row is kept in process for SITE_SETTINGS_MEMO_MS instead of being read on every request.
 */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const memo = holder[MEMO];
  if (memo && Date.now() < memo.until) return memo.value;
  const value = readSiteSettings();
  const entry = { value, until: Date.now() + SITE_SETTINGS_MEMO_MS };
  holder[MEMO] = entry;
  // A failed read is not kept.
  value.catch(() => {
    if (holder[MEMO] === entry) delete holder[MEMO];
  });
  return value;
});

/** Forgets the settings this process keeps (after a save; tests that write the row directly). */
export function forgetSiteSettings(): void {
  delete holder[MEMO];
}

export async function updateSiteSettings(
  actor: Actor,
  input: { updatedAt: string; name: string; tagline: string; description: string; socialLinks: SocialLink[] },
): Promise<void> {
  assertRole(actor, "ADMIN");
  const data = { name: input.name, tagline: input.tagline, description: input.description, socialLinks: input.socialLinks };
  await db().$transaction(async (tx) => {
    const current = await tx.siteSettings.findUnique({ where: { id: 1 }, select: { updatedAt: true } });
    const expected = current ? current.updatedAt.toISOString() : "";
    if (expected !== input.updatedAt) throw new ConflictError("Someone else saved the settings since you opened them. Reload, then edit again.");
    if (current) {
      const r = await tx.siteSettings.updateMany({ where: { id: 1, updatedAt: current.updatedAt }, data });
      if (r.count !== 1) throw new ConflictError("Someone else saved the settings since you opened them. Reload, then edit again.");
    } else {
      await tx.siteSettings.create({ data: { id: 1, ...data } });
    }
    await recordAudit({ actorId: actor.id, action: "settings.update", targetType: "SiteSettings", targetId: "1", data }, tx);
  });
  forgetSiteSettings();
}
