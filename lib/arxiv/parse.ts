import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseArxivId } from "./ids";

/** One paper as the arXiv API describes it. */
export type ArxivEntry = {
  arxivId: string;
  version: number;
  title: string;
  abstract: string;
  publishedAt: Date;
  updatedAt: Date;
  primaryCategory: string;
  categories: string[];
  doi: string | null;
  journalRef: string | null;
  comment: string | null;
  absUrl: string;
  pdfUrl: string;
  authors: { name: string; affiliations: string[] }[];
};

/** arXiv answers some bad requests with HTTP 200 and a feed holding one entry titled "Error". */
export type ArxivApiError = { message: string; detailUrl: string };

export type ArxivFeed = {
  entries: ArxivEntry[];
  errors: ArxivApiError[];
  totalResults: number;
};

export class ArxivParseError extends Error {
  override name = "ArxivParseError";
}

const ARRAY_PATHS = new Set([
  "feed.entry",
  "feed.entry.author",
  "feed.entry.author.arxiv:affiliation",
  "feed.entry.category",
  "feed.entry.link",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Text is kept as written: an id like "2102.10106" must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (_name, jpath) => ARRAY_PATHS.has(String(jpath)),
});

type XmlNode = Record<string, unknown>;

/** Parses an arXiv API (Atom 1.0) response. Throws ArxivParseError on anything that is not one. */
export function parseArxivFeed(xml: string): ArxivFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ArxivParseError(`Malformed XML from arXiv (line ${valid.err.line}): ${valid.err.msg}`);
  }
  const doc = parser.parse(xml) as XmlNode;
  const feed = doc.feed as XmlNode | undefined;
  if (!feed || typeof feed !== "object") throw new ArxivParseError("The arXiv response is not an Atom feed");

  const entries: ArxivEntry[] = [];
  const errors: ArxivApiError[] = [];
  for (const raw of (feed.entry as XmlNode[] | undefined) ?? []) {
    const idText = text(raw.id);
    if (text(raw.title) === "Error" || idText.includes("/api/errors")) {
      errors.push({ message: clean(text(raw.summary)) || "arXiv reported an error", detailUrl: idText });
      continue;
    }
    entries.push(parseEntry(raw));
  }
  const total = Number(text(feed["opensearch:totalResults"]));
  return { entries, errors, totalResults: Number.isFinite(total) ? total : entries.length };
}

function parseEntry(raw: XmlNode): ArxivEntry {
  const idUrl = text(raw.id);
  const match = idUrl.match(/arxiv\.org\/abs\/(.+)$/);
  const parsed = match ? parseArxivId(match[1]) : null;
  if (!parsed) throw new ArxivParseError(`Unrecognised arXiv entry id: ${idUrl || "(missing)"}`);
  const version = parsed.version ?? 1;

  const links = (raw.link as XmlNode[] | undefined) ?? [];
  const absUrl = attr(links.find((l) => attr(l, "rel") === "alternate"), "href") || `https://arxiv.org/abs/${parsed.id}v${version}`;
  const pdfUrl =
    attr(links.find((l) => attr(l, "title") === "pdf" || attr(l, "type") === "application/pdf"), "href") ||
    `https://arxiv.org/pdf/${parsed.id}v${version}`;

  const categories = ((raw.category as XmlNode[] | undefined) ?? []).map((c) => attr(c, "term")).filter(Boolean);
  const primaryCategory = attr(raw["arxiv:primary_category"] as XmlNode | undefined, "term") || categories[0] || "";
  if (!categories.includes(primaryCategory) && primaryCategory) categories.unshift(primaryCategory);

  const authors = ((raw.author as XmlNode[] | undefined) ?? []).map((a) => ({
    name: clean(text(a.name)),
    affiliations: ((a["arxiv:affiliation"] as unknown[] | undefined) ?? []).map((x) => clean(text(x))).filter(Boolean),
  }));

  const title = clean(text(raw.title));
  if (!title) throw new ArxivParseError(`arXiv entry ${parsed.id} has no title`);

  return {
    arxivId: parsed.id,
    version,
    title,
    abstract: cleanAbstract(text(raw.summary)),
    publishedAt: date(raw.published, "published", parsed.id),
    updatedAt: date(raw.updated, "updated", parsed.id),
    primaryCategory,
    categories,
    doi: clean(text(raw["arxiv:doi"])) || null,
    journalRef: clean(text(raw["arxiv:journal_ref"])) || null,
    comment: clean(text(raw["arxiv:comment"])) || null,
    absUrl,
    pdfUrl,
    authors: authors.filter((a) => a.name),
  };
}

function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (typeof node === "object" && "#text" in (node as XmlNode)) return String((node as XmlNode)["#text"]);
  return "";
}

function attr(node: XmlNode | undefined, name: string): string {
  const v = node?.[`@_${name}`];
  return typeof v === "string" ? v : "";
}

/** Titles and names arrive hard-wrapped with runs of spaces. */
function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Abstracts are hard-wrapped too; a blank line still separates paragraphs. */
function cleanAbstract(s: string): string {
  return s
    .trim()
    .split(/\n\s*\n/)
    .map(clean)
    .filter(Boolean)
    .join("\n\n");
}

function date(node: unknown, field: string, id: string): Date {
  const d = new Date(text(node).trim());
  if (Number.isNaN(d.getTime())) throw new ArxivParseError(`arXiv entry ${id} has no valid <${field}> date`);
  return d;
}
