/**
 * Name matching for paper authors. "Bernhard Schölkopf" and "Bernhard Scholkopf" are the same person
 * on import; "Samuel L. Smith" vs "Samuel Smith" is left for an admin to merge (never automatic).
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** URL slug for an author or topic: ascii, lower-case, hyphenated. */
export function slugify(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .replace(/ß/g, "ss")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "author"
  );
}
