import sharp from "sharp";
import { test, expect, signIn } from "./fixtures";

/** A figure for a pick: checked from its bytes, re-encoded, served with the right headers. Own month: 2018-08. */
const TITLE = "Scaling Laws for Transfer";

test("an editor uploads a figure for a pick; a draft's figure is private, a published one is public and cached", async ({ page, signInAs, browser }) => {
  await signInAs("editor");
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2018-08");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-08$/);
  await page.getByLabel("arXiv ids or URLs").fill("2102.01293");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/^Added 1 pick/)).toBeVisible({ timeout: 20_000 });

  const pick = page.getByRole("article", { name: TITLE });
  await pick.getByText("Figures (0)").click();
  const file = pick.getByLabel("Figure image");

  // A text file named like an image is refused from its bytes; the other fields keep what was typed.
  await file.setInputFiles({ name: "chart.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await pick.getByLabel("Alt text").fill("A rising curve");
  await pick.getByLabel("Caption").fill("Effective data transferred grows with model size.");
  await pick.getByRole("button", { name: "Upload figure" }).click();
  await expect(pick.getByText("Only PNG, JPEG or WebP images")).toBeVisible();
  await expect(pick.getByLabel("Caption")).toHaveValue("Effective data transferred grows with model size.");
  // The source credit is required.
  await expect(pick.getByText("Credit the source of the figure")).toBeVisible();
  await expect(pick.getByLabel("Source credit")).toHaveAttribute("aria-describedby", /error/);

  const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#2255aa" } }).png().toBuffer();
  await pick.getByLabel("Figure image").setInputFiles({ name: "figure.jpg", mimeType: "image/jpeg", buffer: png });
  await pick.getByLabel("Source credit").fill("Figure 1 of the paper");
  await pick.getByRole("button", { name: "Upload figure" }).click();
  await expect(pick.getByText("Figure added (1600 × 800).")).toBeVisible({ timeout: 10_000 });
  const img = pick.getByRole("img", { name: "A rising curve" });
  await expect(img).toBeVisible();
  const src = (await img.getAttribute("src"))!;
  expect(src).toMatch(/^\/figures\/\w+$/);

  // A draft's figure: for the signed-in editor, never cached; 404 for anyone else.
  const own = await page.request.get(src);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/png");
  expect(own.headers()["cache-control"]).toContain("no-store");
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(src)).status()).toBe(404);

  // Published: public, cached for a year, shown with its caption and credit.
  await pick.getByLabel("Why", { exact: true }).fill("Transfer follows a power law.");
  await expect(pick.getByRole("status", { name: `Save state of ${TITLE}` })).toHaveText(/^Saved · /, { timeout: 10_000 });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: readers can see this issue now.")).toBeVisible();
  const response = await anonymous.request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const served = await sharp(await response.body()).metadata();
  expect([served.format, served.width, served.height]).toEqual(["png", 1600, 800]);
  const reader = await anonymous.newPage();
  await reader.goto("/issues/2018-08");
  await expect(reader.getByRole("img", { name: "A rising curve" })).toBeVisible();
  await expect(reader.getByText("Source: Figure 1 of the paper")).toBeVisible();
  await anonymous.close();
});

test("figures are reordered and edited after upload; a stale edit is refused and keeps what was typed", async ({ page, signInAs, browser }) => {
  await signInAs("editor");
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2018-10");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-10$/);
  await page.getByLabel("arXiv ids or URLs").fill("2102.01293");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/^Added 1 pick/)).toBeVisible({ timeout: 20_000 });

  const pick = page.getByRole("article", { name: TITLE });
  await pick.getByText("Figures (0)").click();
  const upload = pick.getByRole("form", { name: "Upload a figure" });
  for (const [caption, alt, colour] of [
    ["First figure", "A blue square", "#2255aa"],
    ["Second figure", "A red square", "#aa2222"],
  ]) {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: colour } }).png().toBuffer();
    await upload.getByLabel("Figure image").setInputFiles({ name: "f.png", mimeType: "image/png", buffer: png });
    await upload.getByLabel("Alt text").fill(alt);
    await upload.getByLabel("Caption").fill(caption);
    await upload.getByLabel("Source credit").fill("The paper");
    await upload.getByRole("button", { name: "Upload figure" }).click();
    await expect(pick.getByRole("img", { name: alt })).toBeVisible({ timeout: 10_000 });
  }
  const captions = pick.getByTestId("figure-caption");
  await expect(captions).toHaveText(["First figure", "Second figure"]);

  // Reorder with the keyboard: the first figure cannot go up, the second can.
  await expect(pick.getByRole("button", { name: "Move figure up: First figure" })).toBeDisabled();
  await pick.getByRole("button", { name: "Move figure up: Second figure" }).focus();
  await page.keyboard.press("Enter");
  await expect(captions).toHaveText(["Second figure", "First figure"]);
  await expect(pick.getByRole("button", { name: "Move figure down: First figure" })).toBeDisabled();

  // A curator opens the same issue now (before the editor's edit).
  const other = await browser.newContext();
  const curator = await other.newPage();
  await signIn(curator, "curator");
  await expect(curator).toHaveURL(/\/dashboard$/);
  await curator.goto("/dashboard/issues/2018-10");

  // Edit: an empty caption is refused next to the field and the rest stays; then saved.
  const first = pick.getByRole("listitem").filter({ hasText: "First figure" });
  await first.getByText("Edit caption, source and alt text").click();
  const edit = pick.getByRole("form", { name: "Edit figure: First figure" });
  await edit.getByLabel("Caption").fill("");
  await edit.getByLabel("Alt text").fill("A deep blue square");
  await edit.getByRole("button", { name: "Save figure" }).click();
  await expect(edit.getByText("A caption is required")).toBeVisible();
  await expect(edit.getByLabel("Caption")).toHaveAttribute("aria-describedby", /error/);
  await expect(edit.getByLabel("Alt text")).toHaveValue("A deep blue square");
  await edit.getByLabel("Caption").fill("First figure, corrected");
  await edit.getByLabel("Source credit").fill("Figure 1 of the paper");
  await edit.getByRole("button", { name: "Save figure" }).click();
  await expect(pick.getByText("Figure saved.")).toBeVisible();
  await expect(captions).toHaveText(["Second figure", "First figure, corrected"]);
  await expect(pick.getByRole("img", { name: "A deep blue square" })).toBeVisible();

  // The curator's page still has the old version: their save is refused, their text stays.
  const stalePick = curator.getByRole("article", { name: TITLE });
  await stalePick.getByRole("listitem").filter({ hasText: "First figure" }).getByText("Edit caption, source and alt text").click();
  const stale = stalePick.getByRole("form", { name: "Edit figure: First figure" });
  await stale.getByLabel("Caption").fill("The curator's caption");
  await stale.getByRole("button", { name: "Save figure" }).click();
  await expect(stale.getByRole("alert")).toContainText("Someone else changed this figure");
  await expect(stale.getByRole("alert")).toContainText("caption: “First figure, corrected”");
  await expect(stale.getByLabel("Caption")).toHaveValue("The curator's caption");
  // Saving again is a deliberate choice to replace it (with everything in their form, alt text included).
  await stale.getByRole("button", { name: "Save figure" }).click();
  await expect(stalePick.getByText("Figure saved.")).toBeVisible();
  await expect(stalePick.getByTestId("figure-caption")).toHaveText(["Second figure", "The curator's caption"]);
  await other.close();

  // The preview (the public issue's renderer) shows the figures in their new order with their new text.
  await page.goto("/dashboard/issues/2018-10/preview");
  await expect(page.getByText("The curator's caption")).toBeVisible();
  const figures = page.locator("figure");
  await expect(figures).toHaveCount(2);
  await expect(figures.first()).toContainText("Second figure");
  await expect(figures.nth(1)).toContainText("The curator's caption");
  await expect(figures.nth(1).getByRole("img", { name: "A blue square" })).toBeVisible();
  await expect(figures.nth(1)).toContainText("Source: The paper");
});
