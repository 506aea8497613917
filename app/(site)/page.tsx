import Link from "next/link";
import { listPublicIssues } from "@/lib/data/issues";
import { formatMonth } from "@/lib/format";

// Reads the database on each request for now; caching comes with the full reading site.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const issues = await listPublicIssues();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Picks</h1>
      <p className="mt-2 text-lg text-gray-600 dark:text-gray-400">A monthly selection of research papers, with commentary.</p>
      <section aria-labelledby="issues-heading" className="mt-10">
        <h2 id="issues-heading" className="text-xl font-semibold">
          Issues
        </h2>
        {issues.length === 0 ? (
          <p className="mt-4 text-gray-600 dark:text-gray-400">No issue has been published yet.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {issues.map((issue) => (
              <li key={issue.slug}>
                <Link href={`/issues/${issue.slug}`} className="font-medium text-blue-700 underline-offset-4 hover:underline dark:text-blue-400">
                  {issue.title}
                </Link>{" "}
                <span className="text-sm text-gray-500 dark:text-gray-400">— {formatMonth(issue.month)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
