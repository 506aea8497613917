import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArxivParseError, parseArxivFeed } from "./parse";

const demoDir = path.resolve("prisma/demo/arxiv");
const read = (file: string) => readFileSync(path.join(demoDir, file), "utf8");
const paperFiles = readdirSync(demoDir).filter((f) => /^\d{4}\.\d{4,5}\.xml$/.test(f));

describe("parseArxivFeed", () => {
  it("parses every demo paper into exactly one entry whose id matches its file", () => {
    expect(paperFiles).toHaveLength(9);
    for (const file of paperFiles) {
      const feed = parseArxivFeed(read(file));
      expect(feed.errors).toEqual([]);
      expect(feed.entries).toHaveLength(1);
      const [entry] = feed.entries;
      expect(entry.arxivId).toBe(file.replace(/\.xml$/, ""));
      expect(entry.title.length).toBeGreaterThan(5);
      expect(entry.title).not.toMatch(/\s{2,}|\n/);
      expect(entry.abstract.length).toBeGreaterThan(20);
      expect(entry.authors.length).toBeGreaterThan(0);
      expect(entry.categories).toContain(entry.primaryCategory);
      expect(entry.publishedAt.getTime()).toBeLessThanOrEqual(entry.updatedAt.getTime());
    }
  });

  it("reads the version, dates, links and several categories", () => {
    const [e] = parseArxivFeed(read("2102.12092.xml")).entries;
    expect(e).toMatchObject({
      arxivId: "2102.12092",
      version: 2,
      title: "Zero-Shot Text-to-Image Generation",
      primaryCategory: "cs.CV",
      categories: ["cs.CV", "cs.LG"],
      absUrl: "https://arxiv.org/abs/2102.12092v2",
      pdfUrl: "https://arxiv.org/pdf/2102.12092v2",
      doi: null,
    });
    expect(e.publishedAt.toISOString()).toBe("2021-02-24T18:42:31.000Z");
    expect(e.updatedAt.toISOString()).toBe("2021-02-26T20:46:28.000Z");
    expect(e.authors.map((a) => a.name)).toEqual([
      "Aditya Ramesh",
      "Mikhail Pavlov",
      "Gabriel Goh",
      "Scott Gray",
      "Chelsea Voss",
      "Alec Radford",
      "Mark Chen",
      "Ilya Sutskever",
    ]);
  });

  it("keeps names with accents intact and in order", () => {
    const [causal] = parseArxivFeed(read("2102.11107.xml")).entries;
    expect(causal.authors[0].name).toBe("Bernhard Schölkopf");
    const [positions] = parseArxivFeed(read("2102.11090.xml")).entries;
    expect(positions.authors.map((a) => a.name)).toEqual(["Philipp Dufter", "Martin Schmitt", "Hinrich Schütze"]);
  });

  it("reads comments and per-author affiliations", () => {
    const withAffiliations = paperFiles
      .map((f) => parseArxivFeed(read(f)).entries[0])
      .find((e) => e.authors.some((a) => a.affiliations.length > 0));
    expect(withAffiliations?.authors.find((a) => a.affiliations.length)?.affiliations).toEqual(["Carnegie Mellon University"]);
    const comments = paperFiles.map((f) => parseArxivFeed(read(f)).entries[0].comment).filter(Boolean);
    expect(comments).toContain("19 pages, 15 figures");
  });

  it("reads an old-style id with DOI, journal reference and a multi-paragraph abstract", () => {
    const xml = readFileSync(path.resolve("lib/arxiv/test-fixtures/hep-th-9711200.xml"), "utf8");
    const [e] = parseArxivFeed(xml).entries;
    expect(e).toMatchObject({
      arxivId: "hep-th/9711200",
      version: 3,
      title: "The Large N Limit of Superconformal Field Theories and Supergravity",
      doi: "10.1023/A:1026654312961",
      journalRef: "Adv.Theor.Math.Phys.2:231-252,1998",
      comment: "20 pages, harvmac",
      categories: ["hep-th"],
    });
    expect(e.abstract.split("\n\n")).toHaveLength(2);
    expect(e.abstract).toContain("A second paragraph & an entity.");
    expect(e.authors).toEqual([{ name: "Juan M. Maldacena", affiliations: ["Harvard"] }]);
  });

  it("returns no entries and no errors for an unknown id", () => {
    expect(parseArxivFeed(read("not-found.xml"))).toEqual({ entries: [], errors: [], totalResults: 0 });
  });

  it("turns arXiv's Error entry into an error, not a paper", () => {
    const feed = parseArxivFeed(read("error-malformed-id.xml"));
    expect(feed.entries).toEqual([]);
    expect(feed.errors).toEqual([
      { message: "incorrect id format for not-an-id", detailUrl: "https://arxiv.org/api/errors#incorrect_id_format_for_not-an-id" },
    ]);
  });

  it("rejects malformed XML and documents that are not Atom feeds", () => {
    expect(() => parseArxivFeed("<feed><entry></feed>")).toThrow(ArxivParseError);
    expect(() => parseArxivFeed("<html><body>Service unavailable</body></html>")).toThrow(/not an Atom feed/);
    expect(() => parseArxivFeed("")).toThrow(ArxivParseError);
  });
});
