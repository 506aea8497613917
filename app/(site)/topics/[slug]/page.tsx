import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicTopic } from "@/lib/data/topics";
import { formatMonth, plainText } from "@/lib/format";

export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getPublicTopic((await params).slug);
  if (!topic) return { title: "Topic not found" };
  return { title: topic.name, description: topic.description ?? `Picked papers about ${topic.name}.`, alternates: { canonical: `/topics/${topic.slug}` } };
}

export default async function TopicPage({ params }: Props) {
  const topic = await getPublicTopic((await params).slug);
  if (!topic) notFound();
  return (
    <>
      <p className="text-sm uppercase tracking-wide text-gray-600 dark:text-gray-400">
        <Link href="/topics" className="underline-offset-4 hover:underline">
          Topics
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{topic.name}</h1>
      {topic.description && <p className="mt-2 text-gray-700 dark:text-gray-300">{topic.description}</p>}
      <ul className="mt-6 space-y-6">
        {topic.picks.map((p) => (
          <li key={`${p.issue.slug}-${p.arxivId}`}>
            <Link href={`/papers/${p.arxivId}`} className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {p.title}
            </Link>
            <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">
              In{" "}
              <Link href={`/issues/${p.issue.slug}`} className="underline">
                {p.issue.title}
              </Link>{" "}
              ({formatMonth(p.issue.month)})
            </p>
            <p className="mt-1 text-gray-800 dark:text-gray-200">{plainText(p.why, 240)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
