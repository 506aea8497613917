/**
 * Commentary Markdown → HTML, on the server. Used by the public pages, feeds and (later) the editor's
 * live preview, so readers and curators always see the same thing.
 *
 * Pipeline: GFM (lists, tables, footnotes) + math → HTML AST → sanitize (allow-list) → KaTeX.
 * Raw HTML in Markdown is dropped, and sanitizing happens before KaTeX so that only KaTeX's own markup
 * (generated from escaped TeX) is added after the allow-list; see docs/decisions/003-markdown.md.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";

const schema: SanitizeSchema = {
  ...defaultSchema,
  // remark-rehype already prefixes footnote ids with "user-content-"; raw HTML (the only other source
  // of ids) never reaches this point, so don't prefix twice (that would break footnote links).
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    code: [["className", /^language-./, "math-inline", "math-display"]],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeKatex, { strict: "ignore" })
  .use(rehypeStringify)
  .freeze();

const cache = new Map<string, string>();
const CACHE_LIMIT = 500;

/** Renders Markdown to sanitized HTML. Pure and deterministic; results are memoised. */
export function renderMarkdown(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = String(processor.processSync(markdown));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(markdown, html);
  return html;
}
