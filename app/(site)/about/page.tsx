import type { Metadata } from "next";
import Link from "next/link";
import { getSiteSettings } from "@/lib/data/settings";

export const metadata: Metadata = { title: "About", alternates: { canonical: "/about" } };

// Cached like every public page (the benchmark uses it as the framework's floor: a small cached page).
export const revalidate = 30;

export default async function AboutPage() {
  const site = await getSiteSettings();
  return (
    <article className="prose prose-gray dark:prose-invert">
      <h1>About {site.name}</h1>
      <p>
        {site.name}: {site.tagline.charAt(0).toLowerCase() + site.tagline.slice(1)}. Every month a small team of curators reads the new papers on arXiv
        and picks the few worth your time, with a short note on why each matters and what to take away from it.
      </p>
      <p>
        Follow along with the <a href="/feed.xml">RSS</a>, <a href="/atom.xml">Atom</a> or <a href="/feed.json">JSON</a> feed, browse
        the <Link href="/topics">topics</Link>, or <Link href="/search">search</Link> every pick so far.
      </p>
    </article>
  );
}
