/**
 * Likely duplicate paper authors, for an admin to confirm (never merged automatically):
 * - the same normalized name ("Bernhard Schölkopf" / "Bernhard Scholkopf");
 * - the same first and last name once middle names and initials are dropped ("Samuel L. Smith" /
 *   "Samuel Smith");
 * - an initial for the first name with the same last name ("S. Smith" / "Samuel Smith") — only when the
 *   two also share a co-author, since initials alone match too many people.
 */
import { normalizeName } from "./normalize";

export type AuthorForMatching = { id: string; name: string; coAuthorIds: string[] };

export type DuplicateSuggestion = { a: string; b: string; reason: string; sharedCoAuthors: number };

function parts(name: string): string[] {
  return normalizeName(name).split(" ").filter(Boolean);
}

/** "samuel l smith" → "samuel smith" (first + last name, both longer than an initial). */
export function firstLastKey(name: string): string | null {
  const p = parts(name);
  if (p.length < 2) return null;
  const first = p[0]!;
  const last = p[p.length - 1]!;
  if (first.length < 2 || last.length < 2) return null;
  return `${first} ${last}`;
}

/** "s smith" for both "S. Smith" and "Samuel L. Smith". */
export function initialLastKey(name: string): string | null {
  const p = parts(name);
  if (p.length < 2) return null;
  return `${p[0]![0]} ${p[p.length - 1]}`;
}

export function suggestDuplicates(authors: AuthorForMatching[], limit = 50): DuplicateSuggestion[] {
  const out = new Map<string, DuplicateSuggestion>();
  const coAuthors = new Map(authors.map((a) => [a.id, new Set(a.coAuthorIds)]));
  const shared = (a: string, b: string) => {
    const sa = coAuthors.get(a)!;
    let n = 0;
    for (const id of coAuthors.get(b)!) if (sa.has(id)) n++;
    return n;
  };
  const add = (a: string, b: string, reason: string) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}|${y}`;
    if (!out.has(key)) out.set(key, { a: x, b: y, reason, sharedCoAuthors: shared(x, y) });
  };
  const groupBy = (keyOf: (a: AuthorForMatching) => string | null) => {
    const groups = new Map<string, AuthorForMatching[]>();
    for (const a of authors) {
      const k = keyOf(a);
      if (k) (groups.get(k) ?? groups.set(k, []).get(k)!).push(a);
    }
    return [...groups.values()].filter((g) => g.length > 1);
  };

  for (const g of groupBy((a) => normalizeName(a.name))) for (let i = 1; i < g.length; i++) add(g[0]!.id, g[i]!.id, "same name");
  for (const g of groupBy((a) => firstLastKey(a.name))) {
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) add(g[i]!.id, g[j]!.id, "same first and last name");
  }
  for (const g of groupBy((a) => initialLastKey(a.name))) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (shared(g[i]!.id, g[j]!.id) > 0) add(g[i]!.id, g[j]!.id, "same initial and last name, shared co-authors");
      }
    }
  }
  return [...out.values()].sort((p, q) => q.sharedCoAuthors - p.sharedCoAuthors).slice(0, limit);
}
