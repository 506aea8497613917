import "server-only";
import { db } from "../db";
import { publicIssueWhere } from "./issues";

/** Every public URL's path and last change, for /sitemap.xml. */
export async function listPublicPaths(): Promise<{ path: string; lastModified?: Date }[]> {
  const wherePicked = { picks: { some: { issue: publicIssueWhere() } } };
  const [issues, papers, authors, topics] = await Promise.all([
    db().issue.findMany({ where: publicIssueWhere(), orderBy: { month: "desc" }, select: { slug: true, updatedAt: true } }),
    db().paper.findMany({ where: wherePicked, orderBy: { arxivId: "asc" }, select: { arxivId: true, updatedAt: true } }),
    db().author.findMany({ where: { papers: { some: { paper: wherePicked } } }, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    db().topic.findMany({ where: { picks: { some: { pick: { issue: publicIssueWhere() } } } }, orderBy: { slug: "asc" }, select: { slug: true } }),
  ]);
  return [
    { path: "/", lastModified: issues[0]?.updatedAt },
    { path: "/topics" },
    ...issues.map((i) => ({ path: `/issues/${i.slug}`, lastModified: i.updatedAt })),
    ...papers.map((p) => ({ path: `/papers/${p.arxivId}`, lastModified: p.updatedAt })),
    ...authors.map((a) => ({ path: `/authors/${a.slug}`, lastModified: a.updatedAt })),
    ...topics.map((t) => ({ path: `/topics/${t.slug}` })),
  ];
}
