import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  it("renders lists, emphasis and links", () => {
    const html = renderMarkdown("Some *emphasis* and [a link](https://arxiv.org).\n\n- one\n- two");
    expect(html).toContain("<em>emphasis</em>");
    expect(html).toContain('<a href="https://arxiv.org">a link</a>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
  });

  it("renders inline and display math to KaTeX HTML on the server", () => {
    const html = renderMarkdown("Inline $x^2$.\n\n$$\nD_T = k (D_F)^{\\alpha}\n$$");
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain('<annotation encoding="application/x-tex">D_T = k (D_F)^{\\alpha}</annotation>');
    expect(html).not.toContain("$$");
  });

  it("renders footnotes with working links", () => {
    const html = renderMarkdown("Claim.[^1]\n\n[^1]: Evidence.");
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it("never lets scripts, javascript: links or event handlers through", () => {
    const html = renderMarkdown(
      'Text <script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n[click](javascript:alert(1)) ![i](javascript:alert(2))\n\n<a href="#" onclick="alert(3)">x</a>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("click");
  });
});
