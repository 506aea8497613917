/** An issue as one Markdown document, in the structure of the page. */
import type { PublicIssue } from "../data/issues";
import { authorsLine, formatMonth } from "../format";
import { absoluteUrl } from "../site";

export function issueMarkdown(issue: PublicIssue): string {
  const out = [`# ${issue.title}`, "", `*${formatMonth(issue.month)} · ${absoluteUrl(`/issues/${issue.slug}`)}*`, "", issue.intro.trim(), ""];
  for (const pick of issue.picks) {
    const p = pick.paper;
    out.push(`## ${pick.position}. [${p.title.replace(/([[\]])/g, "\\$1")}](https://arxiv.org/abs/${p.arxivId})`, "");
    out.push(`${authorsLine(p.authors.map((a) => a.name))} · [PDF](${p.pdfUrl})`, "");
    out.push("### Why", "", pick.why.trim(), "");
    if (pick.keyInsights) out.push("### Key insights", "", pick.keyInsights.trim(), "");
    for (const f of pick.figures) {
      if (f.url) out.push(`![${f.alt}](${absoluteUrl(f.url)})`, "");
      out.push(`*${f.caption} Source: ${f.sourceCredit}*`, "");
    }
    if (pick.topics.length) out.push(`Topics: ${pick.topics.map((t) => t.name).join(", ")}`, "");
  }
  if (issue.closing) out.push("---", "", issue.closing.trim(), "");
  return out.join("\n");
}
