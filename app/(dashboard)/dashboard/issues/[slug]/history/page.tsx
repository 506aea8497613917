import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { getHistorySubject, getRevisionContent, getRevisionHistory } from "@/lib/data/revisions";
import { monthSchema } from "@/lib/validation/issues";
import { RevisionDiff } from "@/components/dashboard/revision-diff";
import { RestoreRevisionButton } from "@/components/dashboard/restore-revision-button";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Revision history" };

const queryId = z.string().min(1).max(64).optional().catch(undefined);
const querySchema = z.object({ pick: queryId, from: queryId, to: queryId });

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function RevisionHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requireRole("CURATOR", `/dashboard/issues/${slug}/history`);
  if (!monthSchema.safeParse(slug).success) notFound();
  const query = querySchema.parse(await searchParams);
  const subject = await getHistorySubject(user, slug, query.pick);
  if (!subject) notFound();
  const history = await getRevisionHistory(user, subject.target);
  if (!history) notFound();
  const { revisions } = history;

  // Default comparison: the previous revision against the newest.
  const toId = query.to ?? revisions[0]?.id;
  const fromId = query.from ?? revisions[1]?.id ?? revisions[0]?.id;
  const [before, after] = await Promise.all([
    fromId ? getRevisionContent(user, subject.target, fromId) : null,
    toId ? getRevisionContent(user, subject.target, toId) : null,
  ]);
  const versionOf = (id: string | undefined) => revisions.find((r) => r.id === id)?.version;
  const base = `/dashboard/issues/${subject.issueSlug}/history`;

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <Breadcrumb trail={[{ href: "/dashboard/issues", label: "Issues" }, { href: `/dashboard/issues/${subject.issueSlug}`, label: `Issue ${subject.issueSlug}` }]} />
      <h1 className="mt-2 text-2xl font-bold">Revision history</h1>
      <p className="mt-1 text-gray-700 dark:text-gray-300">{subject.label}</p>

      {revisions.length === 0 ? (
        <p className="mt-6">No saved revisions yet: every save of this text adds one.</p>
      ) : (
        <>
          <section aria-labelledby="revisions-heading" className="mt-6">
            <h2 id="revisions-heading" className="text-lg font-semibold">
              Revisions ({revisions.length})
            </h2>
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr className="border-b border-gray-200 dark:border-gray-800">
                  <th scope="col" className="py-2 pr-4">Version</th>
                  <th scope="col" className="py-2 pr-4">Saved by</th>
                  <th scope="col" className="py-2 pr-4">When (UTC)</th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((r) => (
                  <tr key={r.id} className="border-b border-gray-100 align-top dark:border-gray-900">
                    <td className="py-2 pr-4">
                      {r.version}
                      {r.version === history.currentVersion && <span className="ml-2 text-xs font-medium">(current)</span>}
                    </td>
                    <td className="py-2 pr-4">{r.authorName ?? "a deleted account"}</td>
                    <td className="py-2 pr-4">
                      <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)}</time>
                    </td>
                    <td className="py-2">
                      {r.version !== history.currentVersion && <RestoreRevisionButton revisionId={r.id} version={r.version} baseVersion={history.currentVersion} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="compare-heading" className="mt-8 space-y-4">
            <h2 id="compare-heading" className="text-lg font-semibold">
              Compare
            </h2>
            <form method="get" action={base} className="flex flex-wrap items-end gap-3">
              {query.pick && <input type="hidden" name="pick" value={query.pick} />}
              <VersionSelect id="compare-from" label="From" name="from" value={fromId} revisions={revisions} />
              <VersionSelect id="compare-to" label="To" name="to" value={toId} revisions={revisions} />
              <button type="submit" className="rounded border border-gray-300 px-3 py-1.5 text-sm hover:bg-gray-50 dark:border-gray-700 dark:hover:bg-gray-900">
                Compare
              </button>
            </form>
            {before && after ? (
              <>
                <p className="text-sm font-medium" role="status">
                  Changes from version {versionOf(fromId)} to version {versionOf(toId)}
                </p>
                <RevisionDiff fields={history.fields} before={before} after={after} />
              </>
            ) : (
              <p role="alert">One of the chosen revisions does not belong to this text.</p>
            )}
          </section>
        </>
      )}
    </main>
  );
}

/** One end of the comparison: a labelled choice of version. */
function VersionSelect(props: { id: string; label: string; name: string; value?: string; revisions: { id: string; version: number }[] }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value} className="rounded border border-gray-300 px-2 py-1 dark:border-gray-700 dark:bg-gray-900">
        {props.revisions.map((r) => (
          <option key={r.id} value={r.id}>
            Version {r.version}
          </option>
        ))}
      </select>
    </div>
  );
}
