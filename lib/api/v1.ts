/**
 * The public JSON API (v1): stable field names, documented in the README. Markdown fields come with their
 * rendered, sanitized HTML.
 */
import type { IssueSummary, PublicIssue } from "../data/issues";
import type { PublicPaper } from "../data/papers";
import { renderMarkdown } from "../markdown/render";
import { absoluteUrl } from "../site";

const monthOf = (d: Date) => d.toISOString().slice(0, 7);

export function issueSummaryJson(i: IssueSummary) {
  return {
    slug: i.slug,
    title: i.title,
    month: monthOf(i.month),
    publishedAt: i.publishedAt?.toISOString() ?? null,
    url: absoluteUrl(`/issues/${i.slug}`),
    apiUrl: absoluteUrl(`/api/v1/issues/${i.slug}`),
  };
}

export function issueJson(i: PublicIssue) {
  return {
    ...issueSummaryJson(i),
    updatedAt: i.updatedAt.toISOString(),
    intro: i.intro,
    introHtml: renderMarkdown(i.intro),
    closing: i.closing,
    closingHtml: renderMarkdown(i.closing),
    picks: i.picks.map((p) => ({
      position: p.position,
      paperVersion: p.paperVersion,
      why: p.why,
      whyHtml: renderMarkdown(p.why),
      keyInsights: p.keyInsights,
      keyInsightsHtml: renderMarkdown(p.keyInsights),
      topics: p.topics.map((t) => ({ slug: t.slug, name: t.name, url: absoluteUrl(`/topics/${t.slug}`) })),
      figures: p.figures.map((f) => ({ url: f.url ? absoluteUrl(f.url) : null, alt: f.alt, caption: f.caption, source: f.sourceCredit, sourceUrl: f.sourceUrl })),
      paper: {
        arxivId: p.paper.arxivId,
        title: p.paper.title,
        authors: p.paper.authors.map((a) => ({ name: a.name, slug: a.slug, url: absoluteUrl(`/authors/${a.slug}`) })),
        publishedAt: p.paper.publishedAt.toISOString(),
        primaryCategory: p.paper.primaryCategory,
        latestVersion: p.paper.latestVersion,
        doi: p.paper.doi,
        journalRef: p.paper.journalRef,
        absUrl: p.paper.absUrl,
        pdfUrl: p.paper.pdfUrl,
        url: absoluteUrl(`/papers/${p.paper.arxivId}`),
        apiUrl: absoluteUrl(`/api/v1/papers/${p.paper.arxivId}`),
      },
    })),
  };
}

export function paperJson(p: PublicPaper) {
  return {
    arxivId: p.arxivId,
    title: p.title,
    abstract: p.abstract,
    authors: p.authors.map((a) => ({ name: a.name, slug: a.slug, affiliation: a.affiliation, url: absoluteUrl(`/authors/${a.slug}`) })),
    publishedAt: p.publishedAt.toISOString(),
    updatedAt: p.arxivUpdatedAt.toISOString(),
    latestVersion: p.latestVersion,
    primaryCategory: p.primaryCategory,
    categories: p.categories,
    doi: p.doi,
    journalRef: p.journalRef,
    comment: p.comment,
    absUrl: p.absUrl,
    pdfUrl: p.pdfUrl,
    url: absoluteUrl(`/papers/${p.arxivId}`),
    picks: p.picks.map((pick) => ({
      issue: { slug: pick.issue.slug, title: pick.issue.title, month: monthOf(pick.issue.month), url: absoluteUrl(`/issues/${pick.issue.slug}`) },
      position: pick.position,
      why: pick.why,
      whyHtml: renderMarkdown(pick.why),
    })),
  };
}

export function apiError(status: number, message: string, details?: Record<string, string[]>) {
  return Response.json({ error: { status, message, ...(details ? { details } : {}) } }, { status, headers: { "Cache-Control": "no-store" } });
}

export const PUBLIC_CACHE = { "Cache-Control": "public, max-age=0, s-maxage=30, stale-while-revalidate=300" };
