/** zod schemas shared by the issue editor's forms and actions. */
import { z } from "zod";

export const MAX_TEXT = 50_000;

export const monthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Enter a month as YYYY-MM, e.g. 2021-04")
  .refine((v) => Number(v.slice(0, 4)) >= 1991 && Number(v.slice(0, 4)) <= 2100, "Enter a year between 1991 and 2100");

export const createIssueSchema = z.object({ month: monthSchema });

const id = z.string().min(1).max(64);
const version = z.coerce.number().int().min(1);

export const issueTextSchema = z.object({
  issueId: id,
  baseVersion: version,
  title: z.string().trim().min(1, "The title cannot be empty").max(300),
  intro: z.string().max(MAX_TEXT),
  closing: z.string().max(MAX_TEXT),
});

export const pickTextSchema = z.object({
  pickId: id,
  baseVersion: version,
  why: z.string().max(MAX_TEXT),
  keyInsights: z.string().max(MAX_TEXT),
});

export const importSchema = z.object({
  issueId: id,
  ids: z.string().trim().min(1, "Paste at least one arXiv id or URL").max(10_000),
});

export const TOPIC_NAME_MAX = 60;
export const addPickTopicSchema = z.object({
  pickId: id,
  name: z
    .string()
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "Enter a topic name").max(TOPIC_NAME_MAX, `A topic name has at most ${TOPIC_NAME_MAX} characters`)),
});
export const removePickTopicSchema = z.object({ pickId: id, topicId: id });

export const pickIdSchema = z.object({ pickId: id });
export const moveSchema = z.object({ pickId: id, direction: z.enum(["up", "down"]) });
export const reorderSchema = z.object({ issueId: id, orderedIds: z.array(id).min(1).max(200) });
export const issueIdSchema = z.object({ issueId: id });
export const scheduleSchema = z.object({ issueId: id, at: z.iso.datetime({ message: "Choose a date and time" }) });

export const listQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(50).catch(20),
});

export const restoreRevisionSchema = z.object({ revisionId: id, baseVersion: version });

export const createPreviewLinkSchema = z.object({
  issueId: id,
  days: z.coerce
    .number({ message: "Enter a number of days" })
    .int("Enter a whole number of days")
    .min(1, "A link lasts at least 1 day")
    .max(30, "A link lasts at most 30 days"),
});
export const previewLinkIdSchema = z.object({ linkId: id });

export const addCandidatesSchema = z.object({
  ids: z.string().trim().min(1, "Paste at least one arXiv id or URL").max(10_000),
  note: z.string().trim().max(500, "Keep the note under 500 characters"),
});
export const candidateIdSchema = z.object({ candidateId: id });
export const shortlistSchema = z.object({ candidateId: id, shortlisted: z.enum(["true", "false"]) });
export const dismissSchema = z.object({ candidateId: id, dismissed: z.enum(["true", "false"]) });
export const pickCandidateSchema = z.object({ candidateId: id, issueId: z.string().min(1, "Choose an issue").max(64) });
export const candidateListSchema = listQuerySchema.extend({
  filter: z.enum(["inbox", "shortlisted", "picked", "dismissed"]).catch("inbox"),
});

export const figureTextSchema = z.object({
  pickId: id,
  alt: z.string().trim().min(1, "Describe the image for people who cannot see it").max(300),
  caption: z.string().trim().min(1, "A caption is required").max(1000),
  sourceCredit: z.string().trim().min(1, "Credit the source of the figure").max(300),
  sourceUrl: z
    .string()
    .trim()
    .max(1000)
    .refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), "Enter an http(s) address, or leave it empty"),
});
export const figureIdSchema = z.object({ figureId: id });
export const updateFigureSchema = figureTextSchema.omit({ pickId: true }).extend({ figureId: id, version: z.coerce.number().int().min(1) });
export const moveFigureSchema = z.object({ figureId: id, direction: z.enum(["up", "down"]) });
