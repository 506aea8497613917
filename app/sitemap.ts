import type { MetadataRoute } from "next";
import { listPublicPaths } from "@/lib/data/sitemap";
import { absoluteUrl } from "@/lib/site";

export const revalidate = 30;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await listPublicPaths()).map((p) => ({ url: absoluteUrl(p.path), lastModified: p.lastModified }));
}
