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
  const issue = await getIssueByPreviewToken((await params).token);
  if (!issue) notFound();
  return (
    <article aria-labelledby="issue-title">
      <p className="mb-6 rounded bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100" role="note">
        Preview of an unpublished issue, shared with you privately. Please do not share this link.
      </p>
      <IssueContent issue={issue} />
    </article>
  );
}
