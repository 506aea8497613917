"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">
        The page could not be shown. It is not something you did; please try again in a moment.
      </p>
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          Try again
        </button>
        <Link href="/" className="self-center text-blue-800 underline dark:text-blue-300">
          Back to the latest issue
        </Link>
      </p>
    </main>
  );
}
