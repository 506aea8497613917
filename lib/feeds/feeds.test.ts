import { beforeAll, describe, expect, it } from "vitest";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { setupTestDatabase } from "../testing/db";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { listPublicIssuesWithContent, getPublicIssue, type PublicIssue } from "../data/issues";
import { getSiteSettings } from "../data/settings";
import { atomFeed, jsonFeed, rssFeed } from "./feeds";
import { issueBibtex } from "./bibtex";
import { issueMarkdown } from "./markdown-export";

const db = setupTestDatabase();
let issues: PublicIssue[];
let site: { name: string; tagline: string };

beforeAll(async () => {
  await seedDemo(db.client(), { accounts: false });
  await db.client().issue.create({ data: { slug: "2021-05", month: new Date("2021-05-01T00:00:00Z"), title: "Draft", status: "DRAFT" } });
  await db.client().siteSettings.create({ data: { id: 1, name: "Paper Picks", tagline: "What we read this month" } });
  issues = await listPublicIssuesWithContent(20);
  site = await getSiteSettings();
});

describe("feeds", () => {
  it("RSS 2.0 parses, with one item per published issue and full HTML content with rendered math", () => {
    const feed = parseRssFeed(rssFeed(site, issues));
    // The publication's name and tagline are the admin's site settings.
    expect(feed.title).toBe("Paper Picks");
    expect(feed.description).toBe("What we read this month");
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items!;
    expect(item.title).toBe("Our top picks for March 2021");
    expect(item.link).toMatch(/\/issues\/2021-03$/);
    const html = item.content?.encoded ?? "";
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain("Zero-Shot Text-to-Image Generation");
    expect(html).not.toContain("$$");
  });

  it("Atom parses, with ids, dates and HTML content", () => {
    const feed = parseAtomFeed(atomFeed(site, issues));
    expect(feed.entries).toHaveLength(1);
    const [entry] = feed.entries!;
    expect(entry.id).toMatch(/\/issues\/2021-03$/);
    expect(entry.updated).toBeTruthy();
    expect(entry.content?.type).toBe("html");
    expect(entry.content?.value).toContain("katex-display");
  });

  it("JSON Feed 1.1 parses", () => {
    const feed = parseJsonFeed(JSON.parse(JSON.stringify(jsonFeed(site, issues))));
    expect(feed.items).toHaveLength(1);
    expect(feed.items?.[0].content_html).toContain("Source: Picks illustration");
    expect(feed.items?.[0].tags).toContain("Transformers");
  });
});

describe("exports", () => {
  it("BibTeX has one entry per paper with arXiv eprint fields", async () => {
    const bib = issueBibtex((await getPublicIssue("2021-03"))!);
    expect(bib.match(/^@misc\{/gm)).toHaveLength(9);
    expect(bib).toContain("eprint = {2102.12092}");
    expect(bib).toContain("archivePrefix = {arXiv}");
    expect(bib).toContain("author = {Bernhard Schölkopf and");
    const keys = [...bib.matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(9);
  });

  it("Markdown keeps the issue's structure", async () => {
    const md = issueMarkdown((await getPublicIssue("2021-03"))!);
    expect(md.startsWith("# Our top picks for March 2021")).toBe(true);
    expect(md.match(/^## \d\. /gm)).toHaveLength(9);
    expect(md).toContain("By Yifan Jiang, Shiyu Chang & Zhangyang Wang");
    expect(md).toContain("$$");
  });
});
