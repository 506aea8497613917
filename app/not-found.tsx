import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-gray-600 dark:text-gray-400">There is nothing at this address. It may have moved, or not been published yet.</p>
      <p className="mt-6">
        <Link href="/" className="text-blue-700 underline dark:text-blue-400">
          Back to the latest issues
        </Link>
      </p>
    </main>
  );
}
