import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getIssuePreview, listPreviewLinks } from "@/lib/data/preview-links";
import { monthSchema } from "@/lib/validation/issues";
import { IssueContent } from "@/components/site/issue-content";
import { CreatePreviewLinkForm, RevokePreviewLinkButton } from "@/components/dashboard/preview-links";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function IssuePreviewPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireRole("CURATOR", `/dashboard/issues/${slug}/preview`);
  if (!monthSchema.safeParse(slug).success) notFound();
  const issue = await getIssuePreview(user, slug);
  if (!issue) notFound();
  const links = await listPreviewLinks(user, issue.id);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <Breadcrumb trail={[{ href: "/dashboard/issues", label: "Issues" }, { href: `/dashboard/issues/${issue.slug}`, label: `Issue ${issue.slug}` }]} />
      <section aria-labelledby="preview-links-heading" className="mt-4 space-y-4 rounded border border-gray-200 p-4 dark:border-gray-800">
        <h2 id="preview-links-heading" className="text-lg font-semibold">
          Private preview links
        </h2>
        <p className="text-sm text-gray-700 dark:text-gray-300">Someone without an account can read this issue, as it is now, through a link until it expires or is revoked.</p>
        <CreatePreviewLinkForm issueId={issue.id} />
        {links.length > 0 && (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-gray-200 dark:border-gray-800">
                <th scope="col" className="py-2 pr-4">Created (UTC)</th>
                <th scope="col" className="py-2 pr-4">By</th>
                <th scope="col" className="py-2 pr-4">Expires (UTC)</th>
                <th scope="col" className="py-2 pr-4">State</th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr key={l.id} className="border-b border-gray-100 align-top dark:border-gray-900">
                  <td className="py-2 pr-4">{when.format(l.createdAt)}</td>
                  <td className="py-2 pr-4">{l.createdBy ?? "a deleted account"}</td>
                  <td className="py-2 pr-4">{when.format(l.expiresAt)}</td>
                  <td className="py-2 pr-4">{l.revokedAt ? "Revoked" : l.active ? "Active" : "Expired"}</td>
                  <td className="py-2">{l.active && <RevokePreviewLinkButton linkId={l.id} label={`Revoke the link created ${when.format(l.createdAt)}`} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p className="mt-8 rounded bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100" role="note">
        Preview: this is how readers will see the issue. It is not public yet unless it has been published.
      </p>
      <div className="mx-auto mt-6 max-w-3xl">
        <article aria-labelledby="issue-title">
          <IssueContent issue={issue} />
        </article>
      </div>
    </main>
  );
}
