import { test, expect } from "./fixtures";

/** The candidate inbox: add by pasted ids, vote, shortlist, search, then pick one for an issue. Own month: 2018-07. */
const PAQ = "PAQ: 65 Million Probably-Asked Questions and What You Can Do With Them";
const REVIEWING = "Can We Automate Scientific Reviewing?";

test("curators collect candidates, vote, shortlist and turn one into a pick; the other stays", async ({ page, signInAs }) => {
  await signInAs("curator");
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2018-07");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-07$/);

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Candidates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidates" })).toBeVisible();

  // A malformed id is named next to the field, and what was typed stays.
  const ids = page.getByLabel("arXiv ids or URLs");
  await ids.fill("2102.07033 nope");
  await page.getByLabel("Note", { exact: true }).fill("Retrieval at scale");
  await page.getByRole("button", { name: "Add candidates" }).click();
  await expect(page.locator("#candidate-ids-error")).toContainText('"nope"');
  await expect(ids).toHaveAttribute("aria-describedby", /candidate-ids-error/);
  await expect(ids).toHaveValue("2102.07033 nope");
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue("Retrieval at scale");

  await ids.fill("2102.07033 https://arxiv.org/abs/2102.00176");
  await page.getByRole("button", { name: "Add candidates" }).click();
  await expect(page.getByText("Added 2 candidates: 2102.07033, 2102.00176.")).toBeVisible({ timeout: 20_000 });

  const paq = page.getByRole("article", { name: PAQ });
  const reviewing = page.getByRole("article", { name: REVIEWING });
  await expect(paq).toContainText("“Retrieval at scale”");
  await paq.getByRole("button", { name: "Vote" }).click();
  await expect(paq.getByTestId("vote-count")).toHaveText("1 vote");
  await expect(paq.getByRole("button", { name: "Remove my vote" })).toHaveAttribute("aria-pressed", "true");
  await paq.getByRole("button", { name: "Remove my vote" }).click();
  await expect(paq.getByTestId("vote-count")).toHaveText("0 votes");
  await reviewing.getByRole("button", { name: "Vote" }).click();
  await expect(reviewing.getByTestId("vote-count")).toHaveText("1 vote");
  // Most votes first.
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([REVIEWING, PAQ]);

  await paq.getByRole("button", { name: "Shortlist" }).click();
  await expect(paq.getByRole("button", { name: "Remove from shortlist" })).toBeVisible();
  await page.getByLabel("Show").selectOption("shortlisted");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([PAQ]);

  await page.goto("/dashboard/candidates?q=reviewing");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([REVIEWING]);

  await page.goto("/dashboard/candidates");
  await paq.getByLabel("Pick for issue…").selectOption({ label: "2018-07 · Our top picks for July 2018" });
  await paq.getByRole("button", { name: "Pick", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-07$/);
  await expect(page.getByRole("article", { name: PAQ })).toBeVisible();

  // The candidate not picked stays in the inbox; the picked one has left it.
  await page.goto("/dashboard/candidates");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([REVIEWING]);

  // Dismissed: out of the inbox, kept under "Dismissed" (with its vote), and restored from there.
  await reviewing.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByText("No candidates match.")).toBeVisible();
  await expect(reviewing).toHaveCount(0);
  await page.getByLabel("Show").selectOption("dismissed");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/filter=dismissed/);
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([REVIEWING]);
  await expect(reviewing).toContainText("Dismissed");
  await expect(reviewing.getByTestId("vote-count")).toHaveText("1 vote");
  await expect(reviewing.getByRole("button", { name: "Vote" })).toHaveCount(0);
  await reviewing.getByRole("button", { name: "Restore to inbox" }).click();
  await expect(page.getByText("No candidates match.")).toBeVisible();
  await page.goto("/dashboard/candidates");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([REVIEWING]);
  await expect(reviewing.getByRole("button", { name: "Dismiss" })).toBeVisible();
});
