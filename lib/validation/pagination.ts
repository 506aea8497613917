import { z } from "zod";

export const MAX_PAGE_SIZE = 50;

/** ?page=&size= for lists: page ≥ 1, 1 ≤ size ≤ 50 (a clear 400 otherwise). */
export const paginationSchema = z.object({
  page: z.coerce.number().int("page must be a whole number").min(1, "page starts at 1").default(1),
  size: z.coerce.number().int("size must be a whole number").min(1, "size must be at least 1").max(MAX_PAGE_SIZE, `size must be at most ${MAX_PAGE_SIZE}`).default(20),
});
