import { test, expect } from "./fixtures";

/** Revision history of an issue's text: who saved what, a diff between two revisions, restore. Own month: 2018-05. */
test("a curator compares two revisions of the issue text and restores the older one", async ({ page, signInAs }) => {
  await signInAs("curator");
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2018-05");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-05$/);

  const intro = page.getByLabel("Introduction", { exact: true });
  const status = page.getByRole("status", { name: "Save state of the issue text" });
  await intro.fill("Scaling laws hold for data and compute today.");
  await expect(status).toHaveText(/^Saved · /, { timeout: 10_000 });
  await intro.fill("Scaling laws hold for compute alone today.");
  await expect(status).toHaveText(/^Saved · /, { timeout: 10_000 });
  // Let the last save land before leaving the page.
  await page.waitForTimeout(500);

  await page.getByRole("link", { name: "Revision history of the issue text" }).click();
  await expect(page.getByRole("heading", { name: "Revision history" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3); // header + two saves
  await expect(rows.nth(1)).toContainText("Cora Curator");
  await expect(page.getByRole("status").filter({ hasText: "Changes from version 2 to version 3" })).toBeVisible();
  const diff = page.getByTestId("diff-intro");
  // Removed and added words are marked with elements (and words for screen readers), not colour alone.
  await expect(diff.locator("del")).toHaveText(/^\[removed: data and\s*\]$/);
  await expect(diff.locator("ins")).toHaveText(/^\[added: alone\s*\]$/);
  await expect(diff).toContainText("compute");

  await page.getByRole("button", { name: "Restore version 2" }).click();
  await expect(page.getByText("Restored version 2 as version 4.")).toBeVisible();
  await expect(rows).toHaveCount(4);

  await page.getByRole("link", { name: "Issue 2018-05" }).click();
  // The history page's diff section is labelled "Introduction" too: wait for the editor before reading the field.
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-05$/);
  await expect(page.getByLabel("Introduction", { exact: true })).toHaveValue("Scaling laws hold for data and compute today.");
});
