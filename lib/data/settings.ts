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

/** For the public site (header, feeds, metadata): the defaults until an admin saves settings. Cached per request. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const row = await db().siteSettings.findUnique({
    where: { id: 1 },
    select: { name: true, tagline: true, description: true, socialLinks: true, updatedAt: true },
  });
  return row ? { ...row, socialLinks: toLinks(row.socialLinks) } : DEFAULT_SETTINGS;
});

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
}
