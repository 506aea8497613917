import type { Metadata } from "next";
import Link from "next/link";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";

export const metadata: Metadata = { title: "About", description: SITE_TAGLINE, alternates: { canonical: "/about" } };

// Static: this page reads nothing (the benchmark uses it as the framework's floor).
export const dynamic = "force-static";

export default function AboutPage() {
  return (
    <article className="prose prose-gray dark:prose-invert">
      <h1>About {SITE_NAME}</h1>
      <p>
        {SITE_NAME} is {SITE_TAGLINE.toLowerCase()}. Every month a small team of curators reads the new papers on arXiv
        and picks the few worth your time, with a short note on why each matters and what to take away from it.
      </p>
      <p>
        Follow along with the <a href="/feed.xml">RSS</a>, <a href="/atom.xml">Atom</a> or <a href="/feed.json">JSON</a> feed, browse
        the <Link href="/topics">topics</Link>, or <Link href="/search">search</Link> every pick so far.
      </p>
    </article>
  );
}
