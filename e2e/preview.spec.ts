import { test, expect } from "./fixtures";

/** Previews of an unpublished issue: signed in, and by a private link for someone without an account. Own month: 2018-06. */
test("an anonymous reader reads a draft through a preview link, and gets 404 once it is revoked", async ({ page, signInAs, browser }) => {
  await signInAs("curator");
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2018-06");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-06$/);
  await page.getByLabel("Introduction", { exact: true }).fill("A draft introduction with **bold** words.");
  await expect(page.getByRole("status", { name: "Save state of the issue text" })).toHaveText(/^Saved · /, { timeout: 10_000 });
  await page.waitForTimeout(500);

  // The signed-in preview renders the issue as the public page does.
  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-06\/preview$/);
  await expect(page.getByRole("heading", { level: 1, name: "Our top picks for June 2018" })).toBeVisible();
  await expect(page.locator("strong", { hasText: "bold" })).toBeVisible();

  // A bad duration is named next to its field and what was typed stays.
  const days = page.getByLabel("Expires after (days)");
  await days.fill("90");
  await page.getByRole("button", { name: "Create preview link" }).click();
  await expect(page.getByText("A link lasts at most 30 days")).toBeVisible();
  await expect(days).toHaveValue("90");
  await expect(days).toHaveAttribute("aria-describedby", "days-error");

  await days.fill("3");
  await page.getByRole("button", { name: "Create preview link" }).click();
  const url = await page.getByLabel("Preview link", { exact: true }).inputValue();
  expect(url).toMatch(/\/preview\/[A-Za-z0-9_-]{43}$/);

  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  expect(response?.headers()["cache-control"]).toMatch(/no-store/);
  await expect(reader.getByRole("heading", { level: 1, name: "Our top picks for June 2018" })).toBeVisible();
  await expect(reader.locator("strong", { hasText: "bold" })).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // The draft itself is not public.
  expect((await reader.goto("/issues/2018-06"))?.status()).toBe(404);

  await page.reload();
  await expect(page.getByRole("cell", { name: "Active" })).toBeVisible();
  await page.getByRole("button", { name: /^Revoke the link created/ }).click();
  await expect(page.getByRole("cell", { name: "Revoked" })).toBeVisible();

  expect((await reader.goto(url))?.status()).toBe(404);
  await expect(reader.getByText("Our top picks for June 2018")).toHaveCount(0);
  await anonymous.close();
});
