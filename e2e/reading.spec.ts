import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { test, expect } from "./fixtures";
import { createIssue, issueViewCount } from "./db";
import { XSS_DOCUMENT } from "../lib/markdown/xss-payloads";

const PICK_TITLES = [
  "TransGAN: Two Transformers Can Make One Strong GAN",
  "Scaling Laws for Transfer",
  "Can We Automate Scientific Reviewing?",
  "Mine Your Own vieW: Self-Supervised Learning Through Across-Sample Prediction",
  "Zero-Shot Text-to-Image Generation",
  "Towards Causal Representation Learning",
  "High-Performance Large-Scale Image Recognition Without Normalization",
  "Position Information in Transformers: An Overview",
  "PAQ: 65 Million Probably-Asked Questions and What You Can Do With Them",
];

test("a reader goes from the home page to the demo issue and reads all nine picks in order", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recent issues" })).toBeVisible();
  // Through the archive: other tests may publish newer issues.
  await page.getByRole("region", { name: "All issues" }).getByRole("link", { name: "March 2021: Our top picks for March 2021" }).click();
  await expect(page).toHaveURL(/\/issues\/2021-03$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our top picks for March 2021");
  await expect(page.getByText("Every month thousands of new papers land on arXiv")).toBeVisible();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();

  const picks = page.locator("article[aria-labelledby^='pick-']");
  await expect(picks.getByRole("heading", { level: 2 })).toHaveText(PICK_TITLES);
  await expect(picks.nth(0).getByRole("link", { name: PICK_TITLES[0], exact: true })).toHaveAttribute("href", "https://arxiv.org/abs/2102.07074");

  // Authors lines: "&" up to three authors, "et al." beyond.
  const first = picks.nth(0);
  await expect(first.getByText("By Yifan Jiang, Shiyu Chang & Zhangyang Wang")).toBeVisible();
  await expect(picks.nth(5).getByText("By Bernhard Schölkopf et al.")).toBeVisible();

  // Commentary: a list, display math rendered by KaTeX on the server, no raw $$, a figure with its credit.
  await expect(first.getByRole("listitem").filter({ hasText: "Data augmentation" })).toBeVisible();
  const display = picks.nth(1).locator(".katex-display");
  await expect(display).toBeVisible();
  await expect(display.locator("annotation")).toHaveText(/D_T = k/);
  await expect(page.locator("main")).not.toContainText("$$");
  const figure = page.getByRole("figure");
  await expect(figure.getByRole("img")).toHaveAttribute("alt", /effective data transferred/i);
  await expect(figure).toContainText("Source: Picks illustration");
  expect((await page.request.get((await figure.getByRole("img").getAttribute("src"))!)).status()).toBe(200);
  await expect(page.getByRole("contentinfo").or(page.locator("footer")).first()).toBeVisible();
});

test("paper, author and topic links lead to their pages", async ({ page }) => {
  await page.goto("/issues/2021-03");
  const causal = page.locator("article[aria-labelledby^='pick-']").filter({ hasText: "Towards Causal Representation Learning" });
  await causal.getByRole("link", { name: "Bernhard Schölkopf" }).click();
  await expect(page).toHaveURL(/\/authors\/bernhard-scholkopf$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bernhard Schölkopf");
  await page.getByRole("link", { name: "Towards Causal Representation Learning" }).click();
  await expect(page).toHaveURL(/\/papers\/2102\.11107$/);
  await expect(page.getByRole("heading", { name: "Picked in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Our top picks for March 2021" })).toBeVisible();

  await page.goto("/issues/2021-03");
  await page
    .locator("article[aria-labelledby^='pick-']")
    .filter({ hasText: "Position Information in Transformers" })
    .getByRole("link", { name: "Transformers", exact: true })
    .click();
  await expect(page).toHaveURL(/\/topics\/transformers$/);
  await expect(page.getByRole("link", { name: "TransGAN: Two Transformers Can Make One Strong GAN" })).toBeVisible();
});

test("search finds a paper by a word of its abstract and by an accented name typed without the accent", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search papers and commentary" }).fill("discrete VAE");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=discrete\+VAE/);
  await expect(page.getByRole("link", { name: "Zero-Shot Text-to-Image Generation" }).first()).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();

  await page.goto("/search?q=Scholkopf");
  await expect(page.getByRole("link", { name: "Towards Causal Representation Learning" })).toBeVisible();

  await page.goto("/search?q=%22%22%22((((");
  await expect(page.getByRole("status")).toContainText("Nothing matched");
  await page.goto("/search");
  await expect(page.getByText("Search the titles, abstracts and authors")).toBeVisible();
});

test("draft issues, unknown issues and unknown papers answer 404 in the site's style", async ({ page }) => {
  await createIssue({ slug: "2019-02", title: "A draft nobody may read", status: "DRAFT", arxivId: "2102.12092", why: "Not yet." });
  for (const path of ["/issues/2019-02", "/issues/2099-01", "/papers/2199.99999", "/authors/nobody"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("hostile commentary never runs in a reader's browser", async ({ page }) => {
  await createIssue({ slug: "2019-03", title: "Hostile commentary", status: "PUBLISHED", arxivId: "2102.07033", why: XSS_DOCUMENT, keyInsights: XSS_DOCUMENT, intro: XSS_DOCUMENT });
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto("/issues/2019-03");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hostile commentary");
  // Click what the payloads tried to turn into links: sanitized, they go nowhere and run nothing.
  for (const link of await page.locator("main").getByText(/^(click me|markdown link|encoded|entity|ref link|data)$/).all()) {
    await link.click();
    if (!page.url().endsWith("/issues/2019-03")) await page.goto("/issues/2019-03");
  }
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(await page.locator("main script:not([type='application/ld+json'])").count()).toBe(0);
});

test("feeds parse with a real feed parser, and the sitemap lists every published issue", async ({ request }) => {
  const rss = parseRssFeed(await (await request.get("/feed.xml")).text());
  expect(rss.items?.map((i) => i.title)).toContain("Our top picks for March 2021");
  const atom = parseAtomFeed(await (await request.get("/atom.xml")).text());
  expect(atom.entries?.length).toBeGreaterThanOrEqual(1);
  const json = parseJsonFeed(await (await request.get("/feed.json")).json());
  expect(json.items?.[0].content_html).toContain("katex");

  // The sitemap is cached like the pages (≤ 30 s), so compare it with the published issues it was built from:
  // every issue URL it lists is public, and the demo issue is there. (lib/data/public-site.test.ts checks
  // that the sitemap's source lists every published issue.)
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]*\/issues\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(listed.some((u) => u.endsWith("/issues/2021-03"))).toBe(true);
  for (const url of listed) expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
});

test("the JSON API and the exports answer with stable shapes and clear errors", async ({ request }) => {
  const issue = await (await request.get("/api/v1/issues/2021-03")).json();
  expect(issue.data.picks).toHaveLength(9);
  expect(issue.data.picks[0].paper).toMatchObject({ arxivId: "2102.07074", title: "TransGAN: Two Transformers Can Make One Strong GAN" });
  const paper = await (await request.get("/api/v1/papers/2102.12092")).json();
  expect(paper.data.picks.map((p: { issue: { slug: string } }) => p.issue.slug)).toContain("2021-03");
  expect((await request.get("/api/v1/issues?size=500")).status()).toBe(400);
  expect((await request.get("/api/v1/issues/2099-01")).status()).toBe(404);
  expect((await request.get("/api/v1/papers/not-an-id")).status()).toBe(400);

  const bib = await request.get("/issues/2021-03.bib");
  expect(bib.headers()["content-type"]).toContain("application/x-bibtex");
  expect((await bib.text()).match(/@misc\{/g)).toHaveLength(9);
  const md = await request.get("/issues/2021-03.md");
  expect(await md.text()).toContain("# Our top picks for March 2021");
});

test("pages, scripts, feeds and navigations reach browsers compressed; cached ones are compressed once, with their length", async ({ page, request }) => {
  // Scripts of at least 1 KiB (below that the middleware, like Next.js's, sends them as they are).
  const scripts: Promise<string | undefined | null>[] = [];
  page.on("response", (r) => {
    if (!r.url().includes("/_next/static/") || !r.url().endsWith(".js")) return;
    scripts.push(Promise.all([r.allHeaders(), r.body()]).then(([h, body]) => (body.length >= 1024 ? h["content-encoding"] : null)));
  });
  const document = await page.goto("/issues/2021-03");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our top picks for March 2021");
  expect((await document!.allHeaders())["content-encoding"]).toBe("br");
  const encodings = (await Promise.all(scripts)).filter((e) => e !== null);
  expect(encodings.length).toBeGreaterThan(3);
  expect(new Set(encodings)).toEqual(new Set(["br"]));

  // The page is cached now: its stored Brotli bytes go out with a Content-Length (a page compressed as it is
  // sent would be chunked). The request context decompresses the body for us.
  const headers = { "Accept-Encoding": "gzip, deflate, br, zstd" };
  const cached = await request.get("/issues/2021-03", { headers });
  const text = await cached.text();
  expect(cached.headers()["content-encoding"]).toBe("br");
  expect(Number(cached.headers()["content-length"])).toBeLessThan(Buffer.byteLength(text) / 3);
  expect(text).toContain("Our top picks for March 2021");
  const gzip = await request.get("/issues/2021-03", { headers: { "Accept-Encoding": "gzip" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(await gzip.text()).toContain("Our top picks for March 2021");
  const feed = await request.get("/feed.xml", { headers });
  expect(feed.headers()["content-encoding"]).toBe("br");
  expect(Number(feed.headers()["content-length"])).toBeGreaterThan(0);
  expect(await feed.text()).toContain("<rss");

  // A click on an issue link fetches the page's RSC payload, which Next.js streams from its cache: it too
  // arrives as stored Brotli bytes with a Content-Length.
  const payloads: Promise<[Record<string, string>, number]>[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname === "/issues/2021-03" && r.request().headers()["rsc"]) payloads.push(Promise.all([r.allHeaders(), r.body().then((b) => b.length)]));
  });
  await page.goto("/");
  await page.getByRole("region", { name: "All issues" }).getByRole("link", { name: "March 2021: Our top picks for March 2021" }).click();
  await expect(page).toHaveURL(/\/issues\/2021-03$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our top picks for March 2021");
  const large = (await Promise.all(payloads)).filter(([, length]) => length >= 1024);
  expect(large.length).toBeGreaterThan(0);
  for (const [h] of large) {
    expect(h["content-encoding"]).toBe("br");
    expect(Number(h["content-length"])).toBeGreaterThan(0);
  }
});

test("a cached page asked for again is answered by the response cache, before Next.js routes it", async ({ request }) => {
  const headers = { "Accept-Encoding": "gzip, deflate, br, zstd" };
  const first = await request.get("/issues/2021-03", { headers });
  expect(first.status()).toBe(200);
  // Kept once the app sends a fresh (not stale) answer; asked again within RESPONSE_CACHE_SECONDS, it comes from the
  // cache. The answer that says HIT is the one examined: an entry lives 2 s, so a request made after it (or after an
  // entry an earlier test left) may find it just expired and go to Next.js, as it should.
  const askUntilHit = async (url: string, h: Record<string, string>) => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const answer = await request.get(url, { headers: h });
      if (answer.headers()["x-picks-cache"] === "HIT" || Date.now() > deadline) return answer;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const hit = await askUntilHit("/issues/2021-03", headers);
  expect(hit.headers()["x-picks-cache"]).toBe("HIT");
  expect(hit.headers()["content-encoding"]).toBe("br");
  expect(hit.headers()["cache-control"]).toMatch(/s-maxage=30/);
  expect(hit.headers()["age"]).toMatch(/^\d+$/);
  const text = await hit.text();
  expect(text).toContain("Our top picks for March 2021");
  expect(text.match(/class="katex-display"/g)?.length ?? 0).toBeGreaterThan(0);
  // A client navigation's RSC payload is another variant of its URL (Vary: rsc): kept apart from the HTML, though
  // Next.js deletes the RSC headers from the request before the answer is kept.
  const rscHeaders = { ...headers, RSC: "1" };
  const rsc = await askUntilHit("/issues/2021-03?_rsc", rscHeaders);
  expect(rsc.headers()["x-picks-cache"]).toBe("HIT");
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  for (let i = 0; i < 3; i++) {
    const html = await request.get("/issues/2021-03?_rsc", { headers });
    expect(html.headers()["content-type"]).toContain("text/html");
    expect(await html.text()).toContain("<!DOCTYPE html>");
  }
  // Private answers never are: the dashboard's sign-in redirect reaches the app every time.
  const dashboard = await request.get("/dashboard", { headers, maxRedirects: 0 });
  expect(dashboard.headers()["x-picks-cache"]).toBeUndefined();
  expect((await request.get("/dashboard", { headers, maxRedirects: 0 })).headers()["x-picks-cache"]).toBeUndefined();
});

test("a reading is counted once a day through the beacon", async ({ page, request }) => {
  const read = async () => {
    const beacon = page.waitForRequest((r) => r.url().endsWith("/api/views") && r.method() === "POST");
    await page.goto("/issues/2019-04");
    await beacon;
  };
  // A fresh issue: the same browser may have read the demo issue today in another test.
  const { id: issueId } = await createIssue({ slug: "2019-04", title: "Counted", status: "PUBLISHED", arxivId: "2102.06171", why: "Worth a read." });
  const count = () => issueViewCount(issueId);
  const before = await count();
  await read();
  await expect.poll(count).toBe(before + 1);
  await read();
  await page.waitForTimeout(300);
  expect(await count()).toBe(before + 1);
  // A bot is not counted.
  await request.post("/api/views", { data: { slug: "2019-04" }, headers: { "user-agent": "Googlebot/2.1" } });
  expect(await count()).toBe(before + 1);
});

test("the issue page fits a 320 px wide screen and follows the system's dark mode", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/issues/2021-03");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The computed colour may be oklch(); let a canvas turn it into RGB.
  const [r, g, b] = await page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });
  expect(r + g + b).toBeLessThan(100);
  // Keyboard users: the skip link is the first stop and lands on the main content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await context.close();
});
