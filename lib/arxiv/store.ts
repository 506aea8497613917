/**
 * Stores parsed arXiv entries as Paper, Author and PaperAuthor rows. Used by the demo seed and by the
 * arXiv import; callers pass a transaction so a batch is written all or nothing.
 *
 * Authors are matched by normalized name (accents and punctuation ignored), so re-importing a paper
 * never duplicates its authors.
 */
import type { Prisma } from "../generated/prisma/client";
import { normalizeName, slugify } from "../authors/normalize";
import { arxivAbsUrl, arxivPdfUrl } from "./ids";
import type { ArxivEntry } from "./parse";

type Tx = Prisma.TransactionClient;

export async function savePaper(tx: Tx, entry: ArxivEntry): Promise<{ id: string; arxivId: string }> {
  const data = {
    latestVersion: entry.version,
    title: entry.title,
    abstract: entry.abstract,
    publishedAt: entry.publishedAt,
    arxivUpdatedAt: entry.updatedAt,
    primaryCategory: entry.primaryCategory,
    categories: entry.categories,
    doi: entry.doi,
    journalRef: entry.journalRef,
    comment: entry.comment,
    absUrl: arxivAbsUrl(entry.arxivId),
    pdfUrl: arxivPdfUrl(entry.arxivId),
    fetchedAt: new Date(),
  };
  const paper = await tx.paper.upsert({
    where: { arxivId: entry.arxivId },
    create: { arxivId: entry.arxivId, ...data },
    update: data,
    select: { id: true, arxivId: true },
  });
  // What this version said, so a pick written about an older version can show what changed.
  await tx.paperSnapshot.upsert({
    where: { paperId_version: { paperId: paper.id, version: entry.version } },
    create: { paperId: paper.id, version: entry.version, title: entry.title, abstract: entry.abstract },
    update: { title: entry.title, abstract: entry.abstract, fetchedAt: new Date() },
  });

  // Ordered authorship; a name listed twice on one paper is kept once, at its first position.
  const rows: { authorId: string; affiliation: string | null }[] = [];
  for (const a of entry.authors) {
    const authorId = await findOrCreateAuthor(tx, a.name, a.affiliations[0] ?? null);
    if (rows.some((r) => r.authorId === authorId)) continue;
    rows.push({ authorId, affiliation: a.affiliations.length ? a.affiliations.join("; ") : null });
  }
  await tx.paperAuthor.deleteMany({ where: { paperId: paper.id } });
  await tx.paperAuthor.createMany({
    data: rows.map((r, i) => ({ paperId: paper.id, authorId: r.authorId, position: i + 1, affiliation: r.affiliation })),
  });
  return paper;
}

async function findOrCreateAuthor(tx: Tx, name: string, affiliation: string | null): Promise<string> {
  const normalizedName = normalizeName(name);
  const existing = await tx.author.findFirst({
    where: { normalizedName },
    orderBy: { createdAt: "asc" },
    select: { id: true, affiliation: true },
  });
  if (existing) {
    if (!existing.affiliation && affiliation) {
      await tx.author.update({ where: { id: existing.id }, data: { affiliation } });
    }
    return existing.id;
  }
  const slug = await freeSlug(tx, slugify(name));
  const created = await tx.author.create({
    data: { name, normalizedName, slug, affiliation },
    select: { id: true },
  });
  return created.id;
}

async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (
      await tx.author.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
    ).map((a) => a.slug),
  );
  const redirects = await tx.authorSlugRedirect.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  for (const r of redirects) taken.add(r.slug);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
