import { test, expect } from "./fixtures";

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

test("a reader goes from the home page to the demo issue and reads all nine picks", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Our top picks for March 2021" }).click();
  await expect(page).toHaveURL(/\/issues\/2021-03$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our top picks for March 2021");
  await expect(page.getByText("Every month thousands of new papers land on arXiv")).toBeVisible();

  const titles = page.getByRole("heading", { level: 2 });
  await expect(titles).toHaveText(PICK_TITLES);

  const first = page.getByRole("link", { name: PICK_TITLES[0] });
  await expect(first).toHaveAttribute("href", "https://arxiv.org/abs/2102.07074");
  await expect(page.getByText("By Yifan Jiang, Shiyu Chang & Zhangyang Wang")).toBeVisible();
  await expect(page.getByText("By Bernhard Schölkopf et al.")).toBeVisible();

  // Commentary: a list, math rendered on the server by KaTeX, and a figure with its source credit.
  await expect(page.getByRole("listitem").filter({ hasText: "Data augmentation" })).toBeVisible();
  await expect(page.locator(".katex-display").first()).toBeVisible();
  await expect(page.locator(".katex").first()).toBeVisible();
  const figure = page.getByRole("figure");
  await expect(figure.getByRole("img")).toHaveAttribute("alt", /effective data transferred/i);
  await expect(figure).toContainText("Source: Picks illustration");
  const image = await page.request.get((await figure.getByRole("img").getAttribute("src"))!);
  expect(image.status()).toBe(200);
});

test("an issue that does not exist answers 404", async ({ page }) => {
  const response = await page.goto("/issues/2099-01");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
