import Link from "next/link";
import type { PublicAuthorRef } from "@/lib/data/issues";

/** "By A, B & C" for up to three authors, "By A et al." beyond; each name links to its author page. */
export function AuthorsLine({ authors }: { authors: PublicAuthorRef[] }) {
  if (authors.length === 0) return null;
  const link = (a: PublicAuthorRef) => (
    <Link key={a.slug} href={`/authors/${a.slug}`} className="underline-offset-4 hover:underline">
      {a.name}
    </Link>
  );
  if (authors.length > 3) {
    return <>By {link(authors[0])} et al.</>;
  }
  const parts: React.ReactNode[] = [];
  authors.forEach((a, i) => {
    if (i > 0) parts.push(i === authors.length - 1 ? " & " : ", ");
    parts.push(link(a));
  });
  return <>By {parts}</>;
}
