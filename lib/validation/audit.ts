import { z } from "zod";
import { AUDIT_MAX_PAGE_SIZE } from "../data/audit-constants";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .optional()
  .catch(undefined);

/** The audit page's query string; bad values fall back to defaults rather than failing the page. */
export const auditQuerySchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined).transform((s) => s || undefined),
  actor: z.string().trim().max(100).optional().catch(undefined).transform((s) => s || undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(AUDIT_MAX_PAGE_SIZE).catch(50),
});
