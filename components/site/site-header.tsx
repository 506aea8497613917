import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-gray-200 dark:border-gray-800">
      <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-4">
        <Link href="/" className="text-xl font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2">
          Picks
        </Link>
        <nav aria-label="Site">
          <Link href="/login" className="text-sm text-gray-600 underline-offset-4 hover:underline dark:text-gray-400">
            Curators
          </Link>
        </nav>
      </div>
    </header>
  );
}
