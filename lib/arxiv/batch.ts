/**
 * A pasted batch of arXiv ids: ids, arXiv: prefixes and abs/pdf URLs separated by spaces, commas,
 * semicolons or new lines. Malformed entries are reported by name, before any request is made.
 */
import { parseArxivId, type ArxivId } from "./ids";

export type ParsedBatch = {
  /** One per paper, in paste order; a paper pasted twice (even with two versions) counts once. */
  ids: (ArxivId & { input: string })[];
  /** The pasted pieces that are not arXiv ids, as typed. */
  invalid: string[];
};

export const MAX_BATCH = 50;

export function parseIdBatch(text: string): ParsedBatch {
  const pieces = text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
  const ids: ParsedBatch["ids"] = [];
  const invalid: string[] = [];
  for (const input of pieces) {
    const parsed = parseArxivId(input);
    if (!parsed) {
      if (!invalid.includes(input)) invalid.push(input);
      continue;
    }
    if (!ids.some((i) => i.id === parsed.id)) ids.push({ ...parsed, input });
  }
  return { ids, invalid };
}
