import { z } from "zod";

export const SEARCH_MAX_PAGE_SIZE = 50;

/** `/search?q=&page=&size=`: anything odd falls back to a sensible value rather than an error page. */
export const searchParamsSchema = z.object({
  q: z
    .string()
    .optional()
    .transform((q) => (q ?? "").replace(/\s+/g, " ").trim().slice(0, 200)),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
  size: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE_SIZE).catch(10),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;
