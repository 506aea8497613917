import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { requireRole } from "@/lib/auth/session";
import { listPapersForDashboard } from "@/lib/data/paper-list";
import { listQuerySchema } from "@/lib/validation/issues";
import { Pagination } from "@/components/dashboard/pagination";
import { ListSearch } from "@/components/dashboard/list-search";
import { IssueStatusBadge } from "@/components/dashboard/issue-status-badge";

export const metadata: Metadata = { title: "Papers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PapersPage({ searchParams }: Props) {
  const user = await requireRole("CURATOR", "/dashboard/papers");
  const sp = await searchParams;
  const query = listQuerySchema.parse({ q: sp.q ?? "", page: sp.page ?? 1, pageSize: sp.pageSize ?? 20 });
  const { items, total, page, pageSize } = await listPapersForDashboard(user, query);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <Breadcrumb trail={[{ href: "/dashboard", label: "Dashboard" }]} />
      <h1 className="mt-2 text-2xl font-bold">Papers</h1>
      <p className="mt-1 text-gray-700 dark:text-gray-300">Every paper imported from arXiv, newest first, with the issues that pick it.</p>

      <ListSearch action="/dashboard/papers" id="paper-search" label="Search papers" placeholder="Title, arXiv id or author" value={query.q} />

      <p className="mt-4 text-sm text-gray-600 dark:text-gray-400">{total === 1 ? "1 paper" : `${total} papers`}</p>
      <ul className="mt-2 space-y-3">
        {items.map((p) => {
          const headingId = `paper-${p.id}-title`;
          return (
            <li key={p.id}>
              <article aria-labelledby={headingId} className="space-y-1 rounded border border-gray-200 p-4 dark:border-gray-800">
                <p className="text-xs text-gray-600 dark:text-gray-400">
                  arXiv {p.arxivId} · latest version v{p.latestVersion}
                </p>
                <h2 id={headingId} className="font-semibold">
                  <a href={p.absUrl} className="hover:underline">
                    {p.title}
                  </a>
                </h2>
                <p className="text-sm text-gray-700 dark:text-gray-300">
                  {p.firstAuthors.join(", ")}
                  {p.authorCount > p.firstAuthors.length && ` et al. (${p.authorCount} authors)`}
                </p>
                <div className="text-sm">
                  {p.pickedIn.length === 0 ? (
                    <p className="text-gray-600 dark:text-gray-400">Not picked in any issue.</p>
                  ) : (
                    <p className="flex flex-wrap items-center gap-2">
                      <span>Picked in</span>
                      {p.pickedIn.map((issue) => (
                        <span key={issue.slug} className="inline-flex items-center gap-1">
                          <Link href={`/dashboard/issues/${issue.slug}`} className="text-blue-700 underline dark:text-blue-400">
                            {issue.slug}
                          </Link>
                          <IssueStatusBadge status={issue.status} publishAt={null} />
                        </span>
                      ))}
                    </p>
                  )}
                </div>
              </article>
            </li>
          );
        })}
        {items.length === 0 && <li className="text-gray-600 dark:text-gray-400">No papers match.</li>}
      </ul>
      <Pagination path="/dashboard/papers" params={{ q: query.q || undefined, pageSize: pageSize === 20 ? undefined : String(pageSize) }} page={page} pageSize={pageSize} total={total} />
    </main>
  );
}
