import sharp from "sharp";
import { test, expect } from "./fixtures";

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
