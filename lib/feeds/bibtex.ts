/** An issue as BibTeX: one @misc entry per paper with arXiv eprint fields (as arXiv's own export). */
import type { PublicIssue } from "../data/issues";

function bibEscape(s: string): string {
  return s.replace(/\\/g, "\\textbackslash{}").replace(/([&%$#_{}])/g, "\\$1").replace(/~/g, "\\textasciitilde{}").replace(/\^/g, "\\textasciicircum{}");
}

/** Citation key: first author's family name, year, first title word ("ramesh2021zero"). */
export function bibKey(authors: string[], year: number, title: string): string {
  const family = (authors[0] ?? "anon").split(/\s+/).pop() ?? "anon";
  const word = title.split(/\s+/).find((w) => w.length > 3) ?? title;
  const clean = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
  return `${clean(family)}${year}${clean(word)}`;
}

export function issueBibtex(issue: PublicIssue): string {
  const seen = new Map<string, number>();
  return issue.picks
    .map(({ paper }) => {
      const year = paper.publishedAt.getUTCFullYear();
      let key = bibKey(paper.authors.map((a) => a.name), year, paper.title);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      if (n > 0) key += String.fromCharCode(97 + n);
      const fields: [string, string][] = [
        ["title", `{${bibEscape(paper.title)}}`],
        ["author", `{${paper.authors.map((a) => bibEscape(a.name)).join(" and ")}}`],
        ["year", `{${year}}`],
        ["eprint", `{${paper.arxivId}}`],
        ["archivePrefix", "{arXiv}"],
        ["primaryClass", `{${paper.primaryCategory}}`],
        ["url", `{https://arxiv.org/abs/${paper.arxivId}}`],
      ];
      if (paper.doi) fields.push(["doi", `{${bibEscape(paper.doi)}}`]);
      if (paper.journalRef) fields.push(["journal", `{${bibEscape(paper.journalRef)}}`]);
      return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n")}\n}`;
    })
    .join("\n\n")
    .concat("\n");
}
