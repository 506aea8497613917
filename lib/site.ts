/** Facts about the public site shared by pages, feeds and metadata. */
import { env } from "./env";

/** Absolute base URL for feeds, sitemaps and metadata: SITE_URL, else AUTH_URL's origin, else localhost:PORT. */
export function siteUrl(): string {
  const e = env();
  const configured = e.SITE_URL ?? e.AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${e.PORT}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/** Words of reading at 230 words a minute, at least one minute. */
export function readingMinutes(texts: string[]): number {
  const words = texts.join(" ").split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

/**
 * The cached public pages that show a pick's commentary (Why, Key insights): its issue and the issue's
 * Markdown export, the feeds, its paper's page and its topics' pages. An autosave of a published pick
 * refreshes these, not the whole site (lib/actions/picks.ts); every other page is unaffected by the text.
 */
export function pickCommentaryPaths(pick: { issueSlug: string; arxivId: string; topicSlugs: string[] }): string[] {
  return [
    `/issues/${pick.issueSlug}`,
    // The export as readers ask for it (a rewrite) and as the route that serves it.
    `/issues/${pick.issueSlug}.md`,
    `/issues/${pick.issueSlug}/export/md`,
    "/feed.xml",
    "/atom.xml",
    "/feed.json",
    `/papers/${pick.arxivId}`,
    ...pick.topicSlugs.map((slug) => `/topics/${slug}`),
  ];
}
