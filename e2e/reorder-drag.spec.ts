import { test, expect } from "./fixtures";
import { createIssue, sql } from "./db";

const FIRST = "Zero-Shot Text-to-Image Generation";
const SECOND = "Towards Causal Representation Learning";

test("a curator reorders picks by dragging a pick's handle onto another pick", async ({ page, signInAs }) => {
  const { id } = await createIssue({ slug: "2017-01", title: "Drag and drop", status: "DRAFT", arxivId: "2102.12092", why: "First." });
  await sql(
    `INSERT INTO "Pick" (id, "issueId", "paperId", position, why, "paperVersion", "updatedAt")
     SELECT gen_random_uuid()::text, $1, id, 2, 'Second.', "latestVersion", now() FROM "Paper" WHERE "arxivId" = '2102.11107'`,
    [id],
  );
  await signInAs("curator");
  await page.goto("/dashboard/issues/2017-01");
  await expect(page.getByRole("article", { name: FIRST })).toBeVisible();

  // HTML5 drag and drop, driven through the same events a browser sends (Playwright's mouse drag does not
  // start a native drag session reliably in headless Chromium).
  const items = page.locator("ol > li");
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await items.nth(1).locator("[draggable=true]").dispatchEvent("dragstart", { dataTransfer });
  await items.nth(0).dispatchEvent("dragover", { dataTransfer });
  await items.nth(0).dispatchEvent("drop", { dataTransfer });
  await items.nth(1).locator("[draggable=true]").dispatchEvent("dragend", { dataTransfer });

  await expect
    .poll(async () => (await sql<{ title: string }>(
      `SELECT pa.title FROM "Pick" p JOIN "Paper" pa ON pa.id = p."paperId" WHERE p."issueId" = $1 ORDER BY p.position`, [id],
    )).map((r) => r.title))
    .toEqual([SECOND, FIRST]);
  await page.reload();
  await expect(items.first()).toContainText(SECOND);
  await expect(items.nth(1)).toContainText(FIRST);
});
