import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PublicIssue } from "../data/issues";
import { issueJsonLd, jsonLdScript } from "./json-ld";

const paper = (arxivId: string, title: string) => ({
  arxivId,
  title,
  abstract: "An abstract.",
  absUrl: `https://arxiv.org/abs/${arxivId}`,
  pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
  publishedAt: new Date("2021-03-01T00:00:00Z"),
  primaryCategory: "cs.LG",
  latestVersion: 1,
  doi: null,
  journalRef: null,
  authors: [{ name: "Ada Lovelace", slug: "ada-lovelace" }],
});

const issue = {
  id: "i1",
  slug: "2021-03",
  title: "Our picks for March 2021",
  month: new Date("2021-03-01T00:00:00Z"),
  intro: "Intro.",
  closing: "",
  publishedAt: new Date("2021-03-31T00:00:00Z"),
  updatedAt: new Date("2021-03-31T00:00:00Z"),
  picks: [
    {
      id: "p1",
      position: 1,
      why: "It **scales** as $\\mathcal{O}(n \\log n)$ — see [the paper](https://arxiv.org/abs/2103.00001) </script><b>",
      keyInsights: "- one",
      paperVersion: 1,
      paper: paper("2103.00001", "A fast method"),
      topics: [],
      figures: [],
    },
    { id: "p2", position: 2, why: "Old-style id.", keyInsights: "", paperVersion: 1, paper: paper("hep-th/9711200", "Large N"), topics: [], figures: [] },
  ],
} as unknown as PublicIssue;

// Absolute URLs come from the validated environment (SITE_URL).
beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/unused");
  vi.stubEnv("AUTH_SECRET", "s".repeat(40));
  vi.stubEnv("SITE_URL", "https://picks.example.org");
});

describe("issueJsonLd", () => {
  it("describes each pick, in order, as a Review of a ScholarlyArticle with a plain-text body", () => {
    const ld = issueJsonLd(issue, "Picks");
    expect(ld["@type"]).toBe("PublicationIssue");
    expect(ld.url).toBe("https://picks.example.org/issues/2021-03");
    expect(ld.hasPart.map((r) => [r.position, r.itemReviewed.identifier])).toEqual([
      [1, "arXiv:2103.00001"],
      [2, "arXiv:hep-th/9711200"],
    ]);
    expect(ld.hasPart[1].url).toMatch(/#paper-hep-th-9711200$/);
    const body = ld.hasPart[0].reviewBody;
    expect(body).toContain("It scales as");
    expect(body).toContain("see the paper");
    expect(body).not.toMatch(/\*\*|\$|\]\(/);
  });

  it("serializes so that the text cannot close its <script> element", () => {
    const script = jsonLdScript(issueJsonLd(issue, "Picks"));
    expect(script).not.toContain("<");
    expect(JSON.parse(script).hasPart[0].reviewBody).toContain("</script");
  });
});
