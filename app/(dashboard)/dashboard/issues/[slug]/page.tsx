import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { notFound } from "next/navigation";
import { hasRole, requireRole } from "@/lib/auth/session";
import { getIssueForEditor } from "@/lib/data/issue-editor";
import { listTopicNames } from "@/lib/data/topics-admin";
import { monthSchema } from "@/lib/validation/issues";
import { IssueStatusBadge } from "@/components/dashboard/issue-status-badge";
import { IssueTextEditor } from "@/components/dashboard/issue-text-editor";
import { ImportForm } from "@/components/dashboard/import-form";
import { SortablePicks } from "@/components/dashboard/sortable-picks";
import { WorkflowPanel } from "@/components/dashboard/workflow-panel";
import { TopicNamesList } from "@/components/dashboard/topic-names";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).slug}` };
}

export default async function EditIssuePage({ params }: Props) {
  const { slug } = await params;
  const user = await requireRole("CURATOR", `/dashboard/issues/${slug}`);
  if (!monthSchema.safeParse(slug).success) notFound();
  const [issue, topicNames] = await Promise.all([getIssueForEditor(user, slug), listTopicNames(user)]);
  if (!issue) notFound();
  const isPublic = issue.status === "PUBLISHED" || (issue.status === "SCHEDULED" && issue.publishAt !== null && issue.publishAt <= new Date());
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-10">
      <Breadcrumb trail={[{ href: "/dashboard/issues", label: "Issues" }]} />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Issue {issue.slug}</h1>
        <div className="flex items-center gap-3">
          <IssueStatusBadge status={issue.status} publishAt={issue.publishAt} />
          <Link href={`/dashboard/issues/${issue.slug}/preview`} className="text-sm underline">
            Preview
          </Link>
          {isPublic && (
            <Link href={`/issues/${issue.slug}`} className="text-sm underline">
              View public page
            </Link>
          )}
        </div>
      </div>
      <div className="mt-6 space-y-8">
        <WorkflowPanel issueId={issue.id} status={issue.status} canPublish={hasRole(user, "EDITOR")} />
        <p className="text-sm">
          <Link href={`/dashboard/issues/${issue.slug}/history`} className="underline">
            Revision history of the issue text
          </Link>
        </p>
        <IssueTextEditor issueId={issue.id} version={issue.version} title={issue.title} intro={issue.intro} closing={issue.closing} />
        <section aria-labelledby="picks-heading" className="space-y-4">
          <h2 id="picks-heading" className="text-lg font-semibold">
            Picks ({issue.picks.length})
          </h2>
          {issue.picks.length === 0 && <p className="text-gray-600">No picks yet: import papers below.</p>}
          <SortablePicks issueId={issue.id} issueSlug={issue.slug} picks={issue.picks} />
          <TopicNamesList names={topicNames} />
        </section>
        <ImportForm issueId={issue.id} />
      </div>
    </main>
  );
}
