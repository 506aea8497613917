/**
 * Topics as the editor sets them on picks: chosen from the existing ones or created inline. A name that
 * matches an existing topic (ignoring case) reuses it; otherwise a topic is created with a unique slug.
 * Each change is one transaction.
 */
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { slugify } from "../authors/normalize";
import { assertRole, type Actor } from "./access";
import { isPublicStatus } from "./picks";

type Tx = Prisma.TransactionClient;

export type TopicRef = { id: string; name: string; slug: string };

export type PickTopicOutcome =
  | { ok: true; issueSlug: string; isPublic: boolean; topic: TopicRef; created: boolean }
  | { ok: false; message: string };

/** Every topic's name, for the editor's suggestions. */
export async function listTopicNames(actor: Actor): Promise<string[]> {
  assertRole(actor, "CURATOR");
  const rows = await db().topic.findMany({ orderBy: { name: "asc" }, select: { name: true } });
  return rows.map((r) => r.name);
}

/** Spaces collapsed, ends trimmed: "  Graph   learning " and "Graph learning" are one name. */
export function cleanTopicName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  // slugify falls back to "author" for names without a Latin letter or digit.
  const base = /[a-z0-9]/i.test(name.normalize("NFKD")) ? slugify(name) : "topic";
  const taken = new Set(
    (await tx.topic.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Adds a topic (existing by name, ignoring case, or new) to a pick; adding it twice changes nothing. */
export async function addTopicToPick(actor: Actor, pickId: string, rawName: string): Promise<PickTopicOutcome> {
  assertRole(actor, "CURATOR");
  const name = cleanTopicName(rawName);
  if (!name) return { ok: false, message: "Enter a topic name." };
  return db().$transaction(async (tx) => {
    const pick = await tx.pick.findUnique({ where: { id: pickId }, select: { issue: { select: { slug: true, status: true } } } });
    if (!pick) return { ok: false as const, message: "This pick no longer exists." };
    // Two curators creating the same new topic at once: the second waits, then finds the first's.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('picks:topic-create'))`;
    let topic = await tx.topic.findFirst({
      where: { name: { equals: name, mode: "insensitive" } },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, slug: true },
    });
    const created = !topic;
    topic ??= await tx.topic.create({ data: { name, slug: await uniqueSlug(tx, name) }, select: { id: true, name: true, slug: true } });
    await tx.pickTopic.upsert({
      where: { pickId_topicId: { pickId, topicId: topic.id } },
      create: { pickId, topicId: topic.id },
      update: {},
      select: { pickId: true },
    });
    return { ok: true as const, issueSlug: pick.issue.slug, isPublic: isPublicStatus(pick.issue.status), topic, created };
  });
}

/** Takes a topic off a pick; the topic itself stays (other picks and papers may use it). */
export async function removeTopicFromPick(actor: Actor, pickId: string, topicId: string): Promise<PickTopicOutcome> {
  assertRole(actor, "CURATOR");
  return db().$transaction(async (tx) => {
    const pick = await tx.pick.findUnique({ where: { id: pickId }, select: { issue: { select: { slug: true, status: true } } } });
    if (!pick) return { ok: false as const, message: "This pick no longer exists." };
    const link = await tx.pickTopic.findUnique({
      where: { pickId_topicId: { pickId, topicId } },
      select: { topic: { select: { id: true, name: true, slug: true } } },
    });
    if (!link) return { ok: false as const, message: "This topic is no longer on the pick." };
    await tx.pickTopic.delete({ where: { pickId_topicId: { pickId, topicId } } });
    return { ok: true as const, issueSlug: pick.issue.slug, isPublic: isPublicStatus(pick.issue.status), topic: link.topic, created: false };
  });
}
