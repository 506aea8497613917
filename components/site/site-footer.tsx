import Link from "next/link";
import { getSiteSettings } from "@/lib/data/settings";

export async function SiteFooter() {
  const site = await getSiteSettings();
  return (
    <footer className="mt-16 border-t border-gray-200 dark:border-gray-800">
      <div className="mx-auto flex max-w-3xl flex-wrap gap-x-5 gap-y-2 px-4 py-6 text-sm text-gray-600 dark:text-gray-400">
        <a href="/feed.xml" className="underline-offset-4 hover:underline">RSS</a>
        <a href="/atom.xml" className="underline-offset-4 hover:underline">Atom</a>
        <a href="/feed.json" className="underline-offset-4 hover:underline">JSON Feed</a>
        <Link href="/about" className="underline-offset-4 hover:underline">About</Link>
        <Link href="/login" className="underline-offset-4 hover:underline">Curators</Link>
        {site.socialLinks.map((l) => (
          <a key={l.url} href={l.url} rel="me noopener" className="underline-offset-4 hover:underline">
            {l.label}
          </a>
        ))}
      </div>
    </footer>
  );
}
