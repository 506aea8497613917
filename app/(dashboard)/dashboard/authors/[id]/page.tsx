import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getAuthorForEdit } from "@/lib/data/author-admin";
import { AuthorEditForm, MergeIntoForm } from "@/components/dashboard/author-forms";

export const metadata: Metadata = { title: "Edit author" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string }> };

export default async function EditAuthorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { merged } = await searchParams;
  const admin = await requireRole("ADMIN", `/dashboard/authors/${id}`);
  const author = await getAuthorForEdit(admin, id);
  if (!author) notFound();
  return (
    <main id="main" className="mx-auto max-w-xl space-y-10 px-4 py-10">
      <div>
        <p className="text-sm"><Link href="/dashboard/authors" className="underline">All authors</Link></p>
        <h1 className="mt-2 text-2xl font-bold">{author.name}</h1>
        <p className="text-sm text-gray-600 dark:text-gray-400">
          Public page: <Link className="underline" href={`/authors/${author.slug}`}>/authors/{author.slug}</Link>
          {author.oldSlugs.length ? ` · old addresses redirecting here: ${author.oldSlugs.join(", ")}` : ""}
        </p>
      </div>
      {merged && author.oldSlugs.includes(merged) ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
          Authors merged: the papers of /authors/{merged} are now this author&apos;s, and that address redirects here.
        </p>
      ) : null}
      {/* After a save React resets the form to its defaults, the stored values; the hidden version follows the
          props. (A key on updatedAt used to remount it, which lost "Author saved.".) */}
      <AuthorEditForm author={{ ...author, updatedAt: author.updatedAt.toISOString() }} />
      <section aria-labelledby="papers-heading">
        <h2 id="papers-heading" className="text-lg font-semibold">Papers ({author.papers.length})</h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {author.papers.map((p) => <li key={p.arxivId}>{p.title} <span className="text-gray-600">({p.arxivId})</span></li>)}
        </ul>
      </section>
      <section aria-labelledby="merge-heading">
        <h2 id="merge-heading" className="mb-3 text-lg font-semibold">Merge a duplicate into this author</h2>
        <MergeIntoForm survivorId={author.id} />
      </section>
    </main>
  );
}
