/**
 * An issue as one self-contained HTML fragment (feeds, JSON API): the same Markdown renderer as the page,
 * so math is rendered the same way; links are absolute.
 */
import type { PublicIssue } from "../data/issues";
import { renderMarkdown } from "../markdown/render";
import { authorsLine } from "../format";
import { absoluteUrl } from "../site";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export function issueHtml(issue: PublicIssue): string {
  const parts = [renderMarkdown(issue.intro)];
  for (const pick of issue.picks) {
    const p = pick.paper;
    parts.push(`<h2><a href="https://arxiv.org/abs/${escapeHtml(p.arxivId)}">${escapeHtml(p.title)}</a></h2>`);
    parts.push(`<p>${escapeHtml(authorsLine(p.authors.map((a) => a.name)))} · <a href="${escapeHtml(p.pdfUrl)}">PDF</a></p>`);
    parts.push(`<h3>Why</h3>${renderMarkdown(pick.why)}`);
    if (pick.keyInsights) parts.push(`<h3>Key insights</h3>${renderMarkdown(pick.keyInsights)}`);
    for (const f of pick.figures) {
      const img = f.url ? `<img src="${escapeHtml(absoluteUrl(f.url))}" alt="${escapeHtml(f.alt)}">` : "";
      parts.push(`<figure>${img}<figcaption>${escapeHtml(f.caption)} Source: ${escapeHtml(f.sourceCredit)}</figcaption></figure>`);
    }
  }
  if (issue.closing) parts.push(renderMarkdown(issue.closing));
  return parts.join("\n");
}
