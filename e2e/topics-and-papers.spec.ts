import { test, expect } from "./fixtures";

/** Topics on a pick (an existing one and a new one) and the dashboard's papers list. Own month: 2018-09. */
const TITLE = "Position Information in Transformers: An Overview";
const PICK_TITLE_TRANSGAN = "TransGAN: Two Transformers Can Make One Strong GAN";

test("a curator gives a pick an existing topic and a new one, and sees them on the editor", async ({ page, signInAs }) => {
  await signInAs("curator");
  await page.goto("/dashboard/issues/new");
  await page.getByLabel("Month").fill("2018-09");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/2018-09$/);
  await page.getByLabel("arXiv ids or URLs").fill("2102.11090");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/^Added 1 pick/)).toBeVisible({ timeout: 20_000 });

  const pick = page.getByRole("article", { name: TITLE });
  const topics = pick.getByRole("list", { name: "Topics of this pick" });
  const field = pick.getByLabel("Topics", { exact: true });
  // The seed's topics are suggested.
  await expect(page.locator('#existing-topic-names option[value="Transformers"]')).toHaveCount(1);

  // An existing topic, typed in another case, is reused rather than duplicated.
  await field.fill("transformers");
  await pick.getByRole("button", { name: "Add topic" }).click();
  await expect(pick.getByRole("status").filter({ hasText: "Added topic “Transformers”." })).toBeVisible();
  await expect(topics.getByRole("listitem")).toHaveText([/^Transformers/]);
  await expect(field).toHaveValue("");

  await field.fill("Positional encodings");
  await pick.getByRole("button", { name: "Add topic" }).click();
  await expect(pick.getByRole("status").filter({ hasText: "Created topic “Positional encodings” and added it." })).toBeVisible();
  await expect(topics.getByRole("listitem")).toHaveText([/^Positional encodings/, /^Transformers/]);

  // Stored: still there after a reload, and the new topic is now suggested too.
  await page.reload();
  await expect(topics.getByRole("listitem")).toHaveText([/^Positional encodings/, /^Transformers/]);
  await expect(page.locator('#existing-topic-names option[value="Positional encodings"]')).toHaveCount(1);

  await pick.getByRole("button", { name: "Remove topic Transformers" }).click();
  await expect(pick.getByRole("status").filter({ hasText: "Removed topic “Transformers”." })).toBeVisible();
  await expect(topics.getByRole("listitem")).toHaveText([/^Positional encodings/]);
});

test("the papers list finds a paper by author and shows where it is picked", async ({ page, signInAs }) => {
  await signInAs("curator");
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Papers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Papers" })).toBeVisible();

  await page.getByLabel("Search papers").fill("pavlov");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/dashboard\/papers\?q=pavlov/);
  const paper = page.getByRole("article", { name: "Zero-Shot Text-to-Image Generation" });
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(paper).toContainText("arXiv 2102.12092");
  await expect(paper).toContainText(/latest version v\d/);
  await expect(paper).toContainText("Aditya Ramesh, Mikhail Pavlov, Gabriel Goh et al.");
  await expect(paper.getByRole("link", { name: "2021-03" })).toHaveAttribute("href", "/dashboard/issues/2021-03");
});

test("every dashboard list searches the same way: a labelled box that keeps the query, and no error for a hand-made long one", async ({ page, signInAs }) => {
  await signInAs("admin");
  const lists = [
    { path: "/dashboard/issues", label: "Search issues", query: "2021-03", found: page.getByRole("link", { name: "Our top picks for March 2021" }) },
    { path: "/dashboard/papers", label: "Search papers", query: "TransGAN", found: page.getByRole("article", { name: PICK_TITLE_TRANSGAN }) },
    { path: "/dashboard/candidates", label: "Search candidates", query: "no such candidate", found: page.getByText("0 candidates") },
    { path: "/dashboard/authors", label: "Search authors", query: "Yifan Jiang", found: page.getByRole("link", { name: "Yifan Jiang", exact: true }) },
  ];
  for (const { path, label, query, found } of lists) {
    await page.goto(path);
    const box = page.getByRole("search").getByRole("searchbox", { name: label });
    await box.fill(query);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${path}\\?q=${encodeURIComponent(query).replace(/%20/g, "\\+")}`));
    await expect(page.getByRole("searchbox", { name: label })).toHaveValue(query);
    await expect(found).toBeVisible();
    // Submitted empty: the whole list again, not an error.
    await box.fill("");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${path}\\?q=(&|$)`));
    await expect(page.getByRole("searchbox", { name: label })).toHaveValue("");
  }
  // The box stops at 100 characters; a longer query in a hand-made URL lists everything instead of failing.
  const long = "x".repeat(150);
  for (const { path, label } of lists) {
    const response = await page.goto(`${path}?q=${long}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("searchbox", { name: label })).toHaveAttribute("maxlength", "100");
  }
});
