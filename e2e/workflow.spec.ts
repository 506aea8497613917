import { test, expect } from "./fixtures";
import { createIssue, sql } from "./db";

/**
 * The editor's workflow actions in the browser: Refresh metadata (against the local arXiv replay server
 * that scripts/e2e-server.ts starts), Schedule and Unpublish, and what an autosave of a published issue
 * refreshes. Own months: 2017-02, 2018-11, 2018-12, 2019-01.
 */
const ADS = "The Large N Limit of Superconformal Field Theories and Supergravity";
const ADS_V1_TITLE = "The large N limit of superconformal field theories (first version)";

test("Refresh metadata finds a newer arXiv version and shows what changed since the pick", async ({ page, signInAs }) => {
  await signInAs("editor");
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2018-11");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-11$/);
  await page.getByLabel("arXiv ids or URLs").fill("hep-th/9711200v1");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/^Added 1 pick/)).toBeVisible({ timeout: 20_000 });

  // Arrange what the database held when arXiv had only v1 (the replay server answers v3): a pick about
  // v1, the paper's v1 title, and the v1 text kept as a snapshot.
  const [paper] = await sql<{ id: string }>(`SELECT id FROM "Paper" WHERE "arxivId" = 'hep-th/9711200'`);
  await sql(`UPDATE "Paper" SET "latestVersion" = 1, title = $2 WHERE id = $1`, [paper.id, ADS_V1_TITLE]);
  await sql(`DELETE FROM "PaperSnapshot" WHERE "paperId" = $1`, [paper.id]);
  await sql(`INSERT INTO "PaperSnapshot" ("paperId", version, title, abstract) VALUES ($1, 1, $2, 'The first abstract.')`, [paper.id, ADS_V1_TITLE]);
  await page.reload();
  const pick = page.getByRole("article", { name: ADS_V1_TITLE });
  await expect(pick).toBeVisible();
  await expect(pick.getByText(/revised since this pick/)).toHaveCount(0);

  await pick.getByRole("button", { name: "Refresh metadata" }).click();
  await expect(page.getByText("arXiv has a new version of hep-th/9711200: v1 → v3.")).toBeVisible({ timeout: 20_000 });
  const refreshed = page.getByRole("article", { name: ADS });
  await expect(refreshed.getByText("revised since this pick (v1 → v3)")).toBeVisible();
  await expect(refreshed.getByText(`Title was “${ADS_V1_TITLE}”, now “${ADS}”.`)).toBeVisible();
  await refreshed.getByText("The abstract changed").click();
  await expect(refreshed.getByText("The first abstract.")).toBeVisible();

  // A second refresh finds nothing newer (requests to arXiv are spaced 3 s apart: allow for it).
  await refreshed.getByRole("button", { name: "Refresh metadata" }).click();
  await expect(page.getByText("hep-th/9711200 is up to date (v3).")).toBeVisible({ timeout: 20_000 });
  await expect(refreshed.getByText("revised since this pick (v1 → v3)")).toBeVisible();
});

/** YYYY-MM-DDTHH:mm in the browser's (= this machine's) local time, as a datetime-local field takes it. */
function localDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

test("an editor schedules an issue: 404 for readers until its time, then public", async ({ page, signInAs, browser }) => {
  // The public page is cached for 30 s (a 404 too): once the time has come, it can take that long.
  test.setTimeout(120_000);
  const { id } = await createIssue({ slug: "2018-12", title: "Scheduled for later", status: "DRAFT", arxivId: "2102.11090", why: "Worth the wait." });
  await signInAs("editor");
  await page.goto("/dashboard/issues/2018-12");
  const workflow = page.getByRole("region", { name: "Publication" });

  // A time in the past is refused.
  await workflow.getByLabel("Publish at").fill(localDateTime(new Date(Date.now() - 3_600_000)));
  await workflow.getByRole("button", { name: "Schedule" }).click();
  await expect(workflow.getByRole("alert")).toHaveText("Choose a date and time in the future (or use Publish).");

  const at = new Date(Date.now() + 2 * 24 * 3_600_000);
  at.setSeconds(0, 0);
  await workflow.getByLabel("Publish at").fill(localDateTime(at));
  await workflow.getByRole("button", { name: "Schedule" }).click();
  await expect(workflow.getByRole("status")).toHaveText(`Scheduled: public from ${at.toISOString()}.`);
  await expect(page.getByText(`Scheduled for ${at.toISOString().slice(0, 16).replace("T", " ")} UTC`)).toBeVisible();
  expect(await sql(`SELECT 1 FROM "AuditEvent" WHERE action = 'issue.schedule' AND "targetId" = $1`, [id])).toHaveLength(1);

  const reader = await browser.newContext();
  expect((await reader.request.get("/issues/2018-12")).status()).toBe(404);
  expect(await (await reader.request.get("/feed.xml")).text()).not.toContain("Scheduled for later");

  // Its time comes (moved into the past rather than waited for): readers get it within the 30 s cache.
  await sql(`UPDATE "Issue" SET "publishAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
  await expect.poll(async () => (await reader.request.get("/issues/2018-12")).status(), { timeout: 75_000, intervals: [1_000, 2_000, 3_000] }).toBe(200);
  const readerPage = await reader.newPage();
  await readerPage.goto("/issues/2018-12");
  await expect(readerPage.getByRole("heading", { level: 1, name: "Scheduled for later" })).toBeVisible();
  await reader.close();
});

test("an editor unpublishes a published issue: readers get 404 at once", async ({ page, signInAs, browser }) => {
  const { id } = await createIssue({ slug: "2019-01", title: "Published, then withdrawn", status: "PUBLISHED", arxivId: "2102.11107", why: "Read it while it lasts." });
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto("/issues/2019-01");
  await expect(readerPage.getByRole("heading", { level: 1, name: "Published, then withdrawn" })).toBeVisible();

  await signInAs("editor");
  await page.goto("/dashboard/issues/2019-01");
  const workflow = page.getByRole("region", { name: "Publication" });
  await expect(workflow.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await workflow.getByRole("button", { name: "Unpublish" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Unpublished: readers no longer see this issue.");
  await expect(page.getByText("Unpublished", { exact: true })).toBeVisible();
  await expect(workflow.getByRole("button", { name: "Unpublish" })).toHaveCount(0);
  expect(await sql(`SELECT 1 FROM "AuditEvent" WHERE action = 'issue.unpublish' AND "targetId" = $1`, [id])).toHaveLength(1);

  // The cached page was refreshed on this instance by the unpublish itself: no waiting.
  expect((await reader.request.get("/issues/2019-01")).status()).toBe(404);
  const response = await readerPage.goto("/issues/2019-01");
  expect(response?.status()).toBe(404);
  await reader.close();
});

test("an autosave on a published issue refreshes the pages that show the text at once, and no others", async ({ page, signInAs, browser }) => {
  const TITLE = "Zero-Shot Text-to-Image Generation";
  await createIssue({ slug: "2017-02", title: "Edited after publication", status: "PUBLISHED", arxivId: "2102.12092", why: "First thoughts." });
  const reader = await browser.newContext();
  const get = (path: string) => reader.request.get(path);
  // What a reader has in the cache: the issue, its Markdown export, its paper's page, and a page that does
  // not show the text (served from the cache: a second request after the first has rendered it).
  for (const path of ["/issues/2017-02", "/issues/2017-02.md", "/papers/2102.12092"]) expect(await (await get(path)).text()).toContain("First thoughts.");
  // /about's entry is made fresh first (it may be up to 30 s old; once stale, the next request renders it again),
  // so that time-based revalidation cannot end it while this test runs.
  test.setTimeout(90_000);
  const cacheState = async () => (await get("/about")).headers()["x-nextjs-cache"];
  await expect.poll(cacheState, { timeout: 40_000, intervals: [1_000] }).not.toBe("HIT");
  await expect.poll(cacheState, { intervals: [200, 500, 1_000] }).toBe("HIT");

  await signInAs("editor");
  await page.goto("/dashboard/issues/2017-02");
  const pick = page.getByRole("article", { name: TITLE });
  await pick.getByLabel("Why", { exact: true }).fill("Second thoughts, after publication.");
  await expect(pick.getByRole("status", { name: `Save state of ${TITLE}` })).toHaveText(/^Saved · /, { timeout: 10_000 });

  // No waiting for the 30 s cache: this instance refreshed every page that shows the text…
  for (const path of ["/issues/2017-02", "/issues/2017-02.md", "/papers/2102.12092"]) {
    const text = await (await get(path)).text();
    expect(text, path).toContain("Second thoughts, after publication.");
    expect(text, path).not.toContain("First thoughts.");
  }
  // …and only those: the rest of the site is still served from the cache, not rendered again.
  expect(await cacheState()).toBe("HIT");
  await reader.close();
});
