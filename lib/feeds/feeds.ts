/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the published issues, one item per issue with full HTML. */
import type { PublicIssue } from "../data/issues";
import { plainText } from "../format";
import { absoluteUrl, siteUrl } from "../site";

/** What the feeds say about the publication (the admin's site settings). */
export type FeedSite = { name: string; tagline: string };
import { issueHtml } from "./issue-html";

export const FEED_ITEMS = 20;

function xml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function issueDate(issue: PublicIssue): Date {
  return issue.publishedAt ?? issue.month;
}

export function rssFeed(site: FeedSite, issues: PublicIssue[]): string {
  const items = issues
    .map((i) => {
      const url = absoluteUrl(`/issues/${i.slug}`);
      return `    <item>
      <title>${xml(i.title)}</title>
      <link>${xml(url)}</link>
      <guid isPermaLink="true">${xml(url)}</guid>
      <pubDate>${issueDate(i).toUTCString()}</pubDate>
      <description>${xml(plainText(i.intro, 300))}</description>
      <content:encoded>${xml(issueHtml(i))}</content:encoded>
    </item>`;
    })
    .join("\n");
  const last = issues[0] ? issueDate(issues[0]).toUTCString() : new Date(0).toUTCString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(site.name)}</title>
    <link>${xml(siteUrl())}/</link>
    <description>${xml(site.tagline)}</description>
    <language>en</language>
    <lastBuildDate>${last}</lastBuildDate>
    <atom:link href="${xml(absoluteUrl("/feed.xml"))}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function atomFeed(site: FeedSite, issues: PublicIssue[]): string {
  const updated = issues.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), issues[0]?.updatedAt ?? new Date(0));
  const entries = issues
    .map((i) => {
      const url = absoluteUrl(`/issues/${i.slug}`);
      return `  <entry>
    <title>${xml(i.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <id>${xml(url)}</id>
    <published>${issueDate(i).toISOString()}</published>
    <updated>${i.updatedAt.toISOString()}</updated>
    <summary>${xml(plainText(i.intro, 300))}</summary>
    <content type="html">${xml(issueHtml(i))}</content>
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xml(site.name)}</title>
  <subtitle>${xml(site.tagline)}</subtitle>
  <link rel="alternate" type="text/html" href="${xml(siteUrl())}/"/>
  <link rel="self" type="application/atom+xml" href="${xml(absoluteUrl("/atom.xml"))}"/>
  <id>${xml(siteUrl())}/</id>
  <updated>${updated.toISOString()}</updated>
  <author><name>${xml(site.name)}</name></author>
${entries}
</feed>
`;
}

export function jsonFeed(site: FeedSite, issues: PublicIssue[]) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: site.name,
    description: site.tagline,
    home_page_url: `${siteUrl()}/`,
    feed_url: absoluteUrl("/feed.json"),
    language: "en",
    authors: [{ name: site.name }],
    items: issues.map((i) => ({
      id: absoluteUrl(`/issues/${i.slug}`),
      url: absoluteUrl(`/issues/${i.slug}`),
      title: i.title,
      summary: plainText(i.intro, 300),
      content_html: issueHtml(i),
      date_published: issueDate(i).toISOString(),
      date_modified: i.updatedAt.toISOString(),
      tags: [...new Set(i.picks.flatMap((p) => p.topics.map((t) => t.name)))],
    })),
  };
}
