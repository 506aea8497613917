/**
 * Seeds the demo content: issue 2021-03 with nine picks built from the arXiv responses in ./arxiv
 * (parsed by the same code as the arXiv import), and — in demo mode only — three demo accounts.
 *
 * Runs once per database: a "demo.seeded" audit event marks it, so restarting never overwrites edits.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../lib/prisma-client";
import { parseArxivFeed } from "../../lib/arxiv/parse";
import { savePaper } from "../../lib/arxiv/store";
import { slugify } from "../../lib/authors/normalize";
import { hashPassword } from "../../lib/auth/password";
import { demoIssue, demoPicks } from "./content";

export const DEMO_PASSWORD = "picks-demo-2021";
export const DEMO_ACCOUNTS = [
  { email: "admin@picks.test", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@picks.test", name: "Eddie Editor", role: "EDITOR" },
  { email: "curator@picks.test", name: "Cora Curator", role: "CURATOR" },
] as const;

const SEED_MARKER = "demo.seeded";

export type SeedResult = { seeded: boolean; accounts: boolean };

export async function seedDemo(
  client: PrismaClient,
  opts: { accounts: boolean; force?: boolean; arxivDir?: string },
): Promise<SeedResult> {
  const already = await client.auditEvent.findFirst({ where: { action: SEED_MARKER }, select: { id: true } });
  if (already && !opts.force) return { seeded: false, accounts: false };

  const arxivDir = opts.arxivDir ?? path.resolve("prisma", "demo", "arxiv");
  const entries = await Promise.all(
    demoPicks.map(async (p) => {
      const feed = parseArxivFeed(await readFile(path.join(arxivDir, `${p.arxivId}.xml`), "utf8"));
      const entry = feed.entries.find((e) => e.arxivId === p.arxivId);
      if (!entry) throw new Error(`Demo fixture ${p.arxivId}.xml has no entry for ${p.arxivId}`);
      return entry;
    }),
  );
  // Hash outside the transaction: argon2 is deliberately slow.
  const passwordHash = opts.accounts ? await hashPassword(DEMO_PASSWORD) : null;

  await client.$transaction(
    async (tx) => {
      await tx.issue.deleteMany({ where: { slug: demoIssue.slug } });
      const issue = await tx.issue.create({
        data: {
          slug: demoIssue.slug,
          month: new Date(`${demoIssue.slug}-01T00:00:00Z`),
          title: demoIssue.title,
          intro: demoIssue.intro,
          closing: demoIssue.closing,
          status: "PUBLISHED",
          publishedAt: demoIssue.publishedAt,
          publishAt: demoIssue.publishedAt,
        },
        select: { id: true },
      });

      for (const [i, p] of demoPicks.entries()) {
        const entry = entries[i];
        const paper = await savePaper(tx, entry);
        const topicIds = [];
        for (const name of p.topics) {
          const topic = await tx.topic.upsert({
            where: { slug: slugify(name) },
            create: { slug: slugify(name), name },
            update: {},
            select: { id: true },
          });
          topicIds.push(topic.id);
        }
        await tx.pick.create({
          data: {
            issueId: issue.id,
            paperId: paper.id,
            position: i + 1,
            why: p.why,
            keyInsights: p.keyInsights,
            paperVersion: entry.version,
            topics: { create: topicIds.map((topicId) => ({ topicId })) },
            figures: p.figure ? { create: [{ position: 1, ...p.figure }] } : undefined,
          },
        });
      }

      if (passwordHash) {
        for (const a of DEMO_ACCOUNTS) {
          await tx.user.upsert({
            where: { email: a.email },
            create: { ...a, passwordHash },
            update: { name: a.name, role: a.role, passwordHash, disabled: false },
          });
        }
      }
      await tx.auditEvent.create({
        data: { action: SEED_MARKER, data: { issue: demoIssue.slug, accounts: opts.accounts } },
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return { seeded: true, accounts: opts.accounts };
}
