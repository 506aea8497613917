import Link from "next/link";

/** Previous/next links that keep the other query parameters. */
export function Pagination({ path, params, page, pageSize, total }: { path: string; params: Record<string, string | undefined>; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${path}?${q}`;
  };
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className="underline">Previous</Link> : null}
      <span>
        Page {Math.min(page, pages)} of {pages} ({total} in all)
      </span>
      {page < pages ? <Link href={href(page + 1)} rel="next" className="underline">Next</Link> : null}
    </nav>
  );
}
