import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getIssueByPreviewToken } from "@/lib/data/preview-links";
import { IssueContent } from "@/components/site/issue-content";

// Token-checked on every request: never cached, so a revoked or expired link stops working at once.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// Not indexed, and the token is not sent on as a Referer when a reader follows a link out.
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false, nocache: true }, referrer: "no-referrer" };

export default async function PreviewByLinkPage({ params }: Props) {
  const { token } = await params;
  const found = await getIssueByPreviewToken(token);
  if (!found) notFound();
  // Figures of an unpublished issue are served to holders of the link only.
  const issue = {
    ...found,
    picks: found.picks.map((p) => ({ ...p, figures: p.figures.map((f) => ({ ...f, url: f.url?.startsWith("/figures/") ? `${f.url}?preview=${encodeURIComponent(token)}` : f.url })) })),
  };
  return (
    <article aria-labelledby="issue-title">
      <p className="mb-6 rounded bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100" role="note">
        Preview of an unpublished issue, shared with you privately. Please do not share this link.
      </p>
      <IssueContent issue={issue} />
    </article>
  );
}
