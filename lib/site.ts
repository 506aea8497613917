/** Facts about the public site shared by pages, feeds and metadata. */
import { env } from "./env";

/** Absolute base URL for feeds, sitemaps and metadata: SITE_URL, else AUTH_URL's origin, else localhost:PORT. */
export function siteUrl(): string {
  const e = env();
  const configured = e.SITE_URL ?? e.AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${e.PORT}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/** Words of reading at 230 words a minute, at least one minute. */
export function readingMinutes(texts: string[]): number {
  const words = texts.join(" ").split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
