import type { Metadata } from "next";
import Link from "next/link";
import { listPublicTopics } from "@/lib/data/topics";

export const revalidate = 30;

export const metadata: Metadata = { title: "Topics", description: "Picked papers by topic.", alternates: { canonical: "/topics" } };

export default async function TopicsPage() {
  const topics = await listPublicTopics();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Topics</h1>
      {topics.length === 0 ? (
        <p className="mt-4 text-gray-700 dark:text-gray-300">No topics yet.</p>
      ) : (
        <ul className="mt-6 flex flex-wrap gap-3">
          {topics.map((t) => (
            <li key={t.slug}>
              <Link href={`/topics/${t.slug}`} className="inline-block rounded-full border border-gray-300 px-4 py-1.5 hover:bg-gray-100 dark:border-gray-700 dark:hover:bg-gray-900">
                {t.name} <span className="text-sm text-gray-600 dark:text-gray-400">({t.pickCount})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
