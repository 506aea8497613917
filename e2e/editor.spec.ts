import type { Browser, Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";

/**
 * The editor, against the arXiv replay server started by scripts/e2e-server.ts. Each test works on its
 * own month, so they do not depend on one another's order.
 */

async function newIssue(page: Page, month: string) {
  await page.goto("/dashboard/issues");
  await page.getByRole("link", { name: "New issue" }).click();
  await page.getByLabel("Month").fill(month);
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/issues/${month}$`));
}

async function importPapers(page: Page, ids: string) {
  await page.getByLabel("arXiv ids or URLs").fill(ids);
  await page.getByRole("button", { name: "Import" }).click();
  // Requests to arXiv are spaced 3 s apart server-wide: allow for one queued request.
  await expect(page.getByText(/^Added \d+ picks?/)).toBeVisible({ timeout: 20_000 });
}

const pick = (page: Page, title: string) => page.getByRole("article", { name: title });

async function signedInPage(browser: Browser, role: "curator" | "editor") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

const DALLE = "Zero-Shot Text-to-Image Generation";
const NFNET = "High-Performance Large-Scale Image Recognition Without Normalization";
const ADS = "The Large N Limit of Superconformal Field Theories and Supergravity";

test("a curator prepares issue 2021-04, an editor publishes it, a reader reads it", async ({ page, signInAs, browser }) => {
  await signInAs("curator");
  await newIssue(page, "2021-04");

  // A second issue for the same month is refused with a clear message.
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2021-04");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByText("An issue for April 2021 (2021-04) already exists.")).toBeVisible();
  await page.goto("/dashboard/issues/2021-04");

  // A malformed id is named and nothing typed is lost.
  await page.getByLabel("arXiv ids or URLs").fill("2102.12092v2 not-an-id");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText('Not an arXiv id: "not-an-id". Nothing was requested')).toBeVisible();
  await expect(page.getByLabel("arXiv ids or URLs")).toHaveValue("2102.12092v2 not-an-id");

  // One paste, three forms: a versioned id, an abs URL and an old-style id.
  await importPapers(page, "2102.12092v2\nhttps://arxiv.org/abs/2102.06171, hep-th/9711200");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([DALLE, NFNET, ADS]);
  await expect(pick(page, DALLE)).toContainText("pick written about v2");

  // Commentary with a formula, rendered by the site's renderer in the preview, then autosaved.
  const dalle = pick(page, DALLE);
  await dalle.getByLabel("Why", { exact: true }).fill("A transformer models text and image tokens jointly: $p(x, y) = \\prod_i p(t_i \\mid t_{<i})$.");
  await expect(dalle.getByRole("region", { name: "Preview: Why" }).locator(".katex")).toBeVisible();
  await expect(dalle.getByRole("status", { name: `Save state of ${DALLE}` })).toHaveText(/^Saved · \d\d:\d\d$/, { timeout: 10_000 });
  for (const title of [NFNET, ADS]) {
    await pick(page, title).getByLabel("Why", { exact: true }).fill(`Why ${title} matters.`);
    await expect(pick(page, title).getByRole("status", { name: `Save state of ${title}` })).toHaveText(/^Saved · /, { timeout: 10_000 });
  }

  // Reorder with the keyboard-accessible buttons.
  await pick(page, ADS).getByRole("button", { name: "Move up" }).click();
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([DALLE, ADS, NFNET]);
  await pick(page, DALLE).getByRole("button", { name: "Move down" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([ADS, DALLE, NFNET]);

  // Curators submit; only editors publish.
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();

  const editor = await signedInPage(browser, "editor");
  await editor.page.goto("/dashboard/issues/2021-04");
  await editor.page.getByRole("button", { name: "Publish" }).click();
  await expect(editor.page.getByText("Published: readers can see this issue now.")).toBeVisible();
  await editor.context.close();

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto("/issues/2021-04");
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText("Our top picks for April 2021");
  await expect(readerPage.getByRole("heading", { level: 2 })).toHaveText([ADS, DALLE, NFNET]);
  await expect(readerPage.locator(".katex").first()).toBeVisible();
  await readerPage.goto("/");
  await expect(readerPage.getByRole("heading", { level: 1, name: "Our top picks for April 2021" })).toBeVisible();
  await reader.close();
});

test("two people save the same pick: the second save is refused, both texts are shown, neither is lost", async ({ browser }) => {
  const a = await signedInPage(browser, "curator");
  await newIssue(a.page, "2021-06");
  await importPapers(a.page, "2102.11107");
  const title = "Towards Causal Representation Learning";

  const b = await signedInPage(browser, "editor");
  await b.page.goto("/dashboard/issues/2021-06");
  await expect(pick(b.page, title).getByLabel("Why", { exact: true })).toHaveValue("");

  await pick(a.page, title).getByLabel("Why", { exact: true }).fill("Curator: causal structure is what transfers.");
  await expect(pick(a.page, title).getByRole("status", { name: `Save state of ${title}` })).toHaveText(/^Saved · /, { timeout: 10_000 });

  await pick(b.page, title).getByLabel("Why", { exact: true }).fill("Editor: a survey worth reading twice.");
  const conflict = pick(b.page, title).getByRole("alert");
  await expect(conflict).toContainText("Someone else saved this pick", { timeout: 10_000 });
  await expect(conflict.getByRole("region", { name: "Your version" })).toContainText("Editor: a survey worth reading twice.");
  await expect(conflict.getByRole("region", { name: "Saved version" })).toContainText("Curator: causal structure is what transfers.");
  await expect(conflict).toContainText("by Cora Curator");
  // Nothing was overwritten: the first text is what the server has, the second is still in B's editor.
  await a.page.reload();
  await expect(pick(a.page, title).getByLabel("Why", { exact: true })).toHaveValue("Curator: causal structure is what transfers.");
  await expect(pick(b.page, title).getByLabel("Why", { exact: true })).toHaveValue("Editor: a survey worth reading twice.");

  // B chooses knowingly.
  await conflict.getByRole("button", { name: "Keep my version" }).click();
  await expect(pick(b.page, title).getByRole("status", { name: `Save state of ${title}` })).toHaveText(/^Saved · /, { timeout: 10_000 });
  await a.page.reload();
  await expect(pick(a.page, title).getByLabel("Why", { exact: true })).toHaveValue("Editor: a survey worth reading twice.");
  await a.context.close();
  await b.context.close();
});

test("text typed while offline survives and is saved when the connection returns", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, "curator");
  await newIssue(page, "2021-07");
  await importPapers(page, "2102.10106");
  const title = "Mine Your Own vieW: Self-Supervised Learning Through Across-Sample Prediction";
  const why = pick(page, title).getByLabel("Why", { exact: true });
  const status = pick(page, title).getByRole("status", { name: `Save state of ${title}` });

  await why.fill("Written online.");
  await expect(status).toHaveText(/^Saved · /, { timeout: 10_000 });

  await context.setOffline(true);
  await why.pressSequentially(" Typed offline, mid-sentence.");
  await expect(status).toHaveText("Not saved — retrying", { timeout: 10_000 });
  await expect(why).toHaveValue("Written online. Typed offline, mid-sentence.");
  const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith("picks:draft:pick:"))?.[1] ?? "");
  expect(stored).toContain("Typed offline, mid-sentence.");

  await context.setOffline(false);
  await expect(status).toHaveText(/^Saved · /, { timeout: 15_000 });
  await page.reload();
  await expect(pick(page, title).getByLabel("Why", { exact: true })).toHaveValue("Written online. Typed offline, mid-sentence.");
  await context.close();
});
