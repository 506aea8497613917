import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listAuthors, listDuplicateSuggestions } from "@/lib/data/author-admin";
import { authorListQuerySchema } from "@/lib/validation/authors";
import { Pagination } from "@/components/dashboard/pagination";
import { ListSearch } from "@/components/dashboard/list-search";
import { SuggestionMergeForm } from "@/components/dashboard/author-forms";

export const metadata: Metadata = { title: "Authors" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuthorsPage({ searchParams }: Props) {
  const admin = await requireRole("ADMIN", "/dashboard/authors");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const q = authorListQuerySchema.parse(raw);
  const [{ rows, total }, suggestions] = await Promise.all([listAuthors(admin, q), listDuplicateSuggestions(admin)]);
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-10 px-4 py-10">
      <h1 className="text-2xl font-bold">Paper authors</h1>

      <section aria-labelledby="dup-heading">
        <h2 id="dup-heading" className="text-lg font-semibold">Possible duplicates</h2>
        <p className="mb-3 text-sm text-gray-600 dark:text-gray-400">Suggestions only: nothing is merged until you confirm.</p>
        {suggestions.length === 0 ? (
          <p className="text-sm">No likely duplicates.</p>
        ) : (
          <ul className="space-y-4">
            {suggestions.map((s) => (
              <li key={`${s.a}-${s.b}`} className="rounded border border-gray-200 p-3 dark:border-gray-800">
                <SuggestionMergeForm a={s.authors[0]} b={s.authors[1]} reason={s.reason} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="text-lg font-semibold">All authors</h2>
        <ListSearch action="/dashboard/authors" id="author-search" label="Search authors" placeholder="Name, ORCID or address" value={q.q} />
        <table className="mt-4 w-full text-left text-sm">
          <thead>
            <tr><th className="py-2">Name</th><th>Affiliation</th><th>ORCID</th><th>Papers</th></tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} className="border-t border-gray-200 dark:border-gray-800">
                <td className="py-2"><Link href={`/dashboard/authors/${a.id}`} className="underline">{a.name}</Link></td>
                <td>{a.affiliation ?? ""}</td>
                <td>{a.orcid ?? ""}</td>
                <td>{a.paperCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="mt-2 text-sm">No authors match.</p> : null}
        <Pagination path="/dashboard/authors" params={{ q: q.q || undefined, pageSize: String(q.pageSize) }} page={q.page} pageSize={q.pageSize} total={total} />
      </section>
    </main>
  );
}
