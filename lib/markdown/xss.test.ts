import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import type { Element, Nodes } from "hast";
import { renderMarkdown } from "./render";
import { XSS_DOCUMENT, XSS_PAYLOADS } from "./xss-payloads";

const FORBIDDEN_ELEMENTS = new Set(["script", "iframe", "object", "embed", "style", "form", "input", "button", "svg", "body", "link", "meta", "base"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formAction", "data", "xLinkHref", "poster", "background"]);

/** Everything a browser would execute or load from the rendered HTML, found by parsing it (not by regex). */
function dangers(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "element") {
      const el = node as Element;
      if (FORBIDDEN_ELEMENTS.has(el.tagName)) found.push(`<${el.tagName}>`);
      for (const [name, value] of Object.entries(el.properties ?? {})) {
        if (/^on/i.test(name)) found.push(`${el.tagName}[${name}]`);
        const text = String(Array.isArray(value) ? value.join(" ") : value).replace(/[\s\u0000-\u001f]/g, "");
        if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):/i.test(text)) found.push(`${el.tagName}[${name}=${text}]`);
        if (name === "style" && /url\(|expression\(/i.test(text)) found.push(`${el.tagName}[style=${text}]`);
      }
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromHtml(html, { fragment: true }));
  return found;
}

describe("renderMarkdown against hostile commentary", () => {
  it("the checker itself spots dangerous HTML", () => {
    expect(dangers('<img src="x" onerror="alert(1)">')).toEqual(["img[onError]"]);
    expect(dangers('<a href=" javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(dangers("<script>alert(1)</script>")).toEqual(["<script>"]);
  });

  it.each(XSS_PAYLOADS)("neutralises %s", (payload) => {
    expect(dangers(renderMarkdown(payload))).toEqual([]);
  });

  it("neutralises all payloads in one document", () => {
    expect(dangers(renderMarkdown(XSS_DOCUMENT))).toEqual([]);
  });

  it("keeps the harmless text around the payloads", () => {
    expect(renderMarkdown('<a href="javascript:alert(1)">click me</a> and **bold**')).toContain("<strong>bold</strong>");
    expect(renderMarkdown("[markdown link](javascript:alert(1))")).toContain("markdown link");
  });
});
