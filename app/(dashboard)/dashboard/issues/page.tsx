import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { requireRole } from "@/lib/auth/session";
import { listIssuesForDashboard } from "@/lib/data/issue-editor";
import { listQuerySchema } from "@/lib/validation/issues";
import { IssueStatusBadge } from "@/components/dashboard/issue-status-badge";
import { ListSearch } from "@/components/dashboard/list-search";

export const metadata: Metadata = { title: "Issues" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IssuesPage({ searchParams }: Props) {
  const user = await requireRole("CURATOR", "/dashboard/issues");
  const sp = await searchParams;
  const query = listQuerySchema.parse({ q: sp.q ?? "", page: sp.page ?? 1, pageSize: sp.pageSize ?? 20 });
  const { items, page, pageCount, total } = await listIssuesForDashboard(user, query);
  const pageHref = (p: number) => `/dashboard/issues?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(p) })}`;
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <Breadcrumb trail={[{ href: "/dashboard", label: "Dashboard" }]} />
      <div className="mt-2 flex items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Issues</h1>
        <Link href="/dashboard/issues/new" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2">
          New issue
        </Link>
      </div>
      <ListSearch action="/dashboard/issues" id="issue-search" label="Search issues" placeholder="Month (2021-03) or title" value={query.q} />
      <p className="mt-4 text-sm text-gray-600">{total === 1 ? "1 issue" : `${total} issues`}</p>
      <ul className="mt-2 divide-y divide-gray-200 dark:divide-gray-800">
        {items.map((issue) => (
          <li key={issue.slug} className="flex items-center justify-between gap-4 py-3">
            <div>
              <Link href={`/dashboard/issues/${issue.slug}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                {issue.title}
              </Link>
              <p className="text-sm text-gray-600 dark:text-gray-400">
                {issue.slug} · {issue.pickCount} {issue.pickCount === 1 ? "pick" : "picks"}
              </p>
            </div>
            <IssueStatusBadge status={issue.status} publishAt={issue.publishAt} />
          </li>
        ))}
        {items.length === 0 && <li className="py-3 text-gray-600">No issues match.</li>}
      </ul>
      {pageCount > 1 && (
        <nav aria-label="Pagination" className="mt-4 flex items-center gap-3 text-sm">
          {page > 1 && <Link href={pageHref(page - 1)}>Previous</Link>}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={pageHref(page + 1)}>Next</Link>}
        </nav>
      )}
    </main>
  );
}
