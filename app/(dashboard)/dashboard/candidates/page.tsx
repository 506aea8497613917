import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { requireRole } from "@/lib/auth/session";
import { listCandidates, listIssuesForPicking, type CandidateFilter } from "@/lib/data/candidates";
import { setDismissedAction, setShortlistedAction, toggleVoteAction } from "@/lib/actions/candidates";
import { candidateListSchema } from "@/lib/validation/issues";
import { authorsLine, formatDate } from "@/lib/format";
import { Pagination } from "@/components/dashboard/pagination";
import { ListSearch, listSearchFieldClass } from "@/components/dashboard/list-search";
import { AddCandidatesForm, PickCandidateForm } from "@/components/dashboard/candidate-forms";
import { secondaryButtonClass } from "@/components/ui/form-status";

export const metadata: Metadata = { title: "Candidates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTER_LABELS: Record<CandidateFilter, string> = { inbox: "Inbox", shortlisted: "Shortlisted", picked: "Picked", dismissed: "Dismissed" };

export default async function CandidatesPage({ searchParams }: Props) {
  const user = await requireRole("CURATOR", "/dashboard/candidates");
  const sp = await searchParams;
  const query = candidateListSchema.parse({ q: sp.q ?? "", page: sp.page ?? 1, pageSize: sp.pageSize ?? 20, filter: sp.filter ?? "inbox" });
  const [{ items, total, page, pageSize }, issues] = await Promise.all([listCandidates(user, query), listIssuesForPicking(user)]);
  const issueOptions = issues.map((i) => ({ id: i.id, label: `${i.slug} · ${i.title}` }));
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <Breadcrumb trail={[{ href: "/dashboard", label: "Dashboard" }]} />
      <h1 className="mt-2 text-2xl font-bold">Candidates</h1>
      <p className="mt-1 text-gray-700 dark:text-gray-300">The reading list before picks: add papers, vote, shortlist, then pick them for an issue. Candidates not picked stay here; dismissed ones are kept under Show: Dismissed, from where they can be restored.</p>

      <div className="mt-6 rounded border border-gray-200 p-4 dark:border-gray-800">
        <AddCandidatesForm />
      </div>

      <ListSearch action="/dashboard/candidates" id="candidate-search" label="Search candidates" placeholder="Title, arXiv id or note" value={query.q}>
        <div>
          <label htmlFor="candidate-filter" className="block text-sm font-medium">
            Show
          </label>
          <select id="candidate-filter" name="filter" defaultValue={query.filter} className={listSearchFieldClass}>
            {Object.entries(FILTER_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </ListSearch>

      <p className="mt-4 text-sm text-gray-600 dark:text-gray-400">{total === 1 ? "1 candidate" : `${total} candidates`}</p>
      <ul className="mt-2 space-y-4">
        {items.map((c) => {
          const headingId = `candidate-${c.id}-title`;
          const open = c.status === "OPEN" || c.status === "SHORTLISTED";
          return (
            <li key={c.id}>
              <article aria-labelledby={headingId} className="space-y-2 rounded border border-gray-200 p-4 dark:border-gray-800">
                <p className="text-xs text-gray-600 dark:text-gray-400">
                  arXiv {c.paper.arxivId} · added by {c.addedBy ?? "a deleted account"} on {formatDate(c.createdAt)}
                  {c.status === "SHORTLISTED" && <strong className="ml-2 rounded border border-gray-400 px-1 font-semibold">Shortlisted</strong>}
                  {c.status === "PICKED" && <strong className="ml-2 rounded border border-gray-400 px-1 font-semibold">Picked</strong>}
                  {c.status === "DISMISSED" && <strong className="ml-2 rounded border border-gray-400 px-1 font-semibold">Dismissed</strong>}
                </p>
                <h3 id={headingId} className="font-semibold">
                  <a href={c.paper.absUrl} className="hover:underline">
                    {c.paper.title}
                  </a>
                </h3>
                <p className="text-sm text-gray-700 dark:text-gray-300">{authorsLine(c.paper.authors)}</p>
                {c.note && <p className="text-sm italic">“{c.note}”</p>}
                <div className="flex flex-wrap items-end gap-2">
                  <p className="text-sm" data-testid="vote-count">
                    {c.votes} {c.votes === 1 ? "vote" : "votes"}
                  </p>
                  {open && (
                    <form action={toggleVoteAction}>
                      <input type="hidden" name="candidateId" value={c.id} />
                      <button type="submit" aria-pressed={c.votedByMe} className={secondaryButtonClass}>
                        {c.votedByMe ? "Remove my vote" : "Vote"}
                      </button>
                    </form>
                  )}
                  {open && (
                    <form action={setShortlistedAction}>
                      <input type="hidden" name="candidateId" value={c.id} />
                      <input type="hidden" name="shortlisted" value={c.status === "SHORTLISTED" ? "false" : "true"} />
                      <button type="submit" className={secondaryButtonClass}>
                        {c.status === "SHORTLISTED" ? "Remove from shortlist" : "Shortlist"}
                      </button>
                    </form>
                  )}
                  {(open || c.status === "DISMISSED") && (
                    <form action={setDismissedAction}>
                      <input type="hidden" name="candidateId" value={c.id} />
                      <input type="hidden" name="dismissed" value={open ? "true" : "false"} />
                      <button type="submit" className={secondaryButtonClass}>
                        {open ? "Dismiss" : "Restore to inbox"}
                      </button>
                    </form>
                  )}
                </div>
                {open && <PickCandidateForm candidateId={c.id} title={c.paper.title} issues={issueOptions} />}
              </article>
            </li>
          );
        })}
        {items.length === 0 && <li className="text-gray-600 dark:text-gray-400">No candidates match.</li>}
      </ul>
      <Pagination path="/dashboard/candidates" params={{ q: query.q || undefined, filter: query.filter === "inbox" ? undefined : query.filter }} page={page} pageSize={pageSize} total={total} />
    </main>
  );
}
