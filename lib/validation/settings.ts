import { z } from "zod";

export type SocialLink = { label: string; url: string };

/** One link per line: "Label | https://…". */
export function parseSocialLinks(text: string): { links: SocialLink[]; error?: string } {
  const links: SocialLink[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const [label, url, ...rest] = line.split("|").map((s) => s.trim());
    const okUrl = url ? z.url({ protocol: /^https?$/ }).safeParse(url).success : false;
    if (!label || !okUrl || rest.length) return { links, error: `Line ${i + 1}: write "Label | https://…"` };
    links.push({ label: label.slice(0, 60), url: url! });
  }
  return { links };
}

export const settingsSchema = z.object({
  updatedAt: z.string().max(40),
  name: z.string().trim().min(1, "Enter the publication name").max(80, "Use at most 80 characters"),
  tagline: z.string().trim().max(160, "Use at most 160 characters"),
  description: z.string().trim().max(2000, "Use at most 2000 characters"),
  socialLinks: z
    .string()
    .max(5000)
    .transform((s, ctx) => {
      const r = parseSocialLinks(s);
      if (r.error) {
        ctx.addIssue({ code: "custom", message: r.error });
        return z.NEVER;
      }
      if (r.links.length > 12) {
        ctx.addIssue({ code: "custom", message: "At most 12 links" });
        return z.NEVER;
      }
      return r.links;
    }),
});
