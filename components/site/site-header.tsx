import Link from "next/link";
import { getSiteSettings } from "@/lib/data/settings";

export async function SiteHeader() {
  const site = await getSiteSettings();
  return (
    <header className="border-b border-gray-200 dark:border-gray-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-gray-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="font-serif text-2xl font-semibold tracking-tight">
          {site.name}
        </Link>
        <nav aria-label="Site" className="flex items-center gap-4 text-sm">
          <Link href="/#archive" className="text-gray-700 underline-offset-4 hover:underline dark:text-gray-300">
            Archive
          </Link>
          <Link href="/topics" className="text-gray-700 underline-offset-4 hover:underline dark:text-gray-300">
            Topics
          </Link>
          <form action="/search" role="search" className="flex items-center">
            <label htmlFor="site-search" className="sr-only">
              Search papers and commentary
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Search"
              className="w-32 rounded border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900 sm:w-44 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
            />
          </form>
        </nav>
      </div>
    </header>
  );
}
