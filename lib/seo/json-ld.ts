/** schema.org JSON-LD for an issue: the issue is a periodical issue, each pick a Review of a ScholarlyArticle. */
import type { PublicIssue } from "../data/issues";
import { plainText } from "../format";
import { absoluteUrl } from "../site";

export function issueJsonLd(issue: PublicIssue, siteName: string) {
  const url = absoluteUrl(`/issues/${issue.slug}`);
  return {
    "@context": "https://schema.org",
    "@type": "PublicationIssue",
    "@id": url,
    url,
    name: issue.title,
    datePublished: issue.publishedAt?.toISOString(),
    isPartOf: { "@type": "Periodical", name: siteName },
    hasPart: issue.picks.map((pick) => ({
      "@type": "Review",
      position: pick.position,
      url: `${url}#paper-${pick.paper.arxivId.replace("/", "-")}`,
      author: { "@type": "Organization", name: siteName },
      // Plain text, as schema.org expects (the page itself has the rendered Markdown and math).
      reviewBody: plainText(pick.why, 600),
      itemReviewed: {
        "@type": "ScholarlyArticle",
        name: pick.paper.title,
        url: `https://arxiv.org/abs/${pick.paper.arxivId}`,
        identifier: `arXiv:${pick.paper.arxivId}`,
        datePublished: pick.paper.publishedAt.toISOString().slice(0, 10),
        author: pick.paper.authors.map((a) => ({ "@type": "Person", name: a.name, url: absoluteUrl(`/authors/${a.slug}`) })),
        ...(pick.paper.doi ? { sameAs: `https://doi.org/${pick.paper.doi}` } : {}),
      },
    })),
  };
}

/** Serializes JSON-LD for a <script> element: "<" is escaped so the text can never close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
