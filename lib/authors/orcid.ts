/**
 * ORCID iDs: 16 characters in four groups (0000-0002-1825-0097), the last one a check character computed
 * with ISO 7064 MOD 11-2 (it may be "X", meaning 10). See https://support.orcid.org/hc/en-us/articles/360006897674.
 */
export function orcidCheckCharacter(baseDigits: string): string {
  let total = 0;
  for (const ch of baseDigits) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/**
 * The canonical form "0000-0002-1825-0097" of an ORCID iD given with or without hyphens or as an
 * https://orcid.org/ URL; null when it is malformed or its check character is wrong.
 */
export function normalizeOrcid(input: string): string | null {
  const s = input.trim().replace(/^https?:\/\/(www\.)?orcid\.org\//i, "").replace(/-/g, "").toUpperCase();
  if (!/^\d{15}[\dX]$/.test(s)) return null;
  if (orcidCheckCharacter(s.slice(0, 15)) !== s[15]) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}
