const monthFormat = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });
const dateFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatMonth(d: Date): string {
  return monthFormat.format(d);
}

export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

/** "By A, B & C" for up to three authors, "By A et al." beyond. */
export function authorsLine(names: string[]): string {
  if (names.length === 0) return "";
  if (names.length > 3) return `By ${names[0]} et al.`;
  if (names.length === 1) return `By ${names[0]}`;
  return `By ${names.slice(0, -1).join(", ")} & ${names[names.length - 1]}`;
}

/** Markdown reduced to plain text (for descriptions and snippets): math, markup and links removed. */
export function plainText(markdown: string, max = 200): string {
  const text = markdown
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
