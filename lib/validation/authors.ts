import { z } from "zod";
import { normalizeOrcid } from "../authors/orcid";

export const AUTHORS_MAX_PAGE_SIZE = 100;

export const authorListQuerySchema = z.object({
  // A longer query (only a hand-made URL: the form stops at 100) lists every author rather than failing the page.
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(AUTHORS_MAX_PAGE_SIZE).catch(25),
});

const httpUrl = z.url({ protocol: /^https?$/, error: "Each link must be an http(s) URL" }).max(500);

export const authorEditSchema = z.object({
  authorId: z.string().min(1).max(64),
  /** The updatedAt the form was loaded with (ISO), for conflict detection. */
  updatedAt: z.iso.datetime({ error: "Missing version" }),
  name: z.string().trim().min(1, "Enter a display name").max(200, "Use at most 200 characters"),
  affiliation: z.string().trim().max(300, "Use at most 300 characters").transform((s) => s || null),
  orcid: z
    .string()
    .trim()
    .max(60)
    .transform((s, ctx) => {
      if (!s) return null;
      const id = normalizeOrcid(s);
      if (!id) {
        ctx.addIssue({ code: "custom", message: "Not a valid ORCID iD (format 0000-0000-0000-0000, check digit must match)" });
        return z.NEVER;
      }
      return id;
    }),
  links: z
    .string()
    .max(5_000)
    .transform((s) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(httpUrl).max(20, "At most 20 links")),
});

export const authorMergeSchema = z
  .object({
    survivorId: z.string().min(1, "Choose the author to keep").max(64),
    duplicateId: z.string().min(1, "Choose the duplicate").max(64),
  })
  .refine((v) => v.survivorId !== v.duplicateId, { path: ["duplicateId"], message: "Choose two different authors" });
