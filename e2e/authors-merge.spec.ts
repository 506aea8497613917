import { test, expect, submitAndWait } from "./fixtures";
import { createAuthor, createPaper, sql, uniqueSuffix } from "./db";

test("an admin merges two authors and the old author URL redirects to the survivor", async ({ page, signInAs }) => {
  const s = uniqueSuffix();
  // "Samuel L. Smith" from the demo issue, and a duplicate "Samuel Smith" on another paper.
  const [survivor] = await sql<{ id: string; slug: string }>(`SELECT id, slug FROM "Author" WHERE name = 'Samuel L. Smith'`);
  expect(survivor).toBeDefined();
  const dupSlug = `samuel-smith-${s}`;
  const duplicateId = await createAuthor("Samuel Smith", dupSlug);
  const arxivId = `2102.${String(parseInt(s, 16) % 90000 + 10000)}`;
  await createPaper(arxivId, `A paper by the duplicate ${s}`, [duplicateId]);

  await signInAs("admin");
  await page.goto("/dashboard/authors");
  const suggestion = page.getByRole("listitem").filter({ hasText: `/${dupSlug}` });
  await expect(suggestion).toContainText("Samuel L. Smith");
  await suggestion.getByRole("radio", { name: /Samuel L\. Smith/ }).check();
  await suggestion.getByRole("button", { name: "Merge these two" }).click();
  await expect(page.getByRole("status")).toHaveText(new RegExp(`Authors merged: the papers of /authors/${dupSlug} are now this author's`));
  await expect(page.getByRole("heading", { name: "Samuel L. Smith", level: 1 })).toBeVisible();

  const response = await page.request.get(`/authors/${dupSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toMatch(new RegExp(`/authors/${survivor!.slug}$`));
  await page.goto(`/authors/${dupSlug}`);
  await expect(page).toHaveURL(new RegExp(`/authors/${survivor!.slug}$`));
  await expect(page.getByRole("heading", { name: "Samuel L. Smith", level: 1 })).toBeVisible();
  // The duplicate's paper now names the survivor (public pages list only picked papers, so check the data).
  expect(await sql(`SELECT pa."authorId" FROM "PaperAuthor" pa JOIN "Paper" p ON p.id = pa."paperId" WHERE p."arxivId" = $1`, [arxivId])).toEqual([{ authorId: survivor!.id }]);
  expect(await sql(`SELECT id FROM "Author" WHERE id = $1`, [duplicateId])).toEqual([]);
});

test("an admin edits an author twice from the same form: each save is confirmed and shows what was stored", async ({ page, signInAs }) => {
  const slug = `ada-edit-${uniqueSuffix()}`;
  const id = await createAuthor("Ada Edit", slug);
  await signInAs("admin");
  await page.goto(`/dashboard/authors/${id}`);
  // Bad input first: refused next to its field, what was typed kept, nothing stored.
  await page.getByLabel("Affiliation").fill("Typed before the mistake");
  await page.getByLabel("ORCID iD").fill("0000-0002-1825-0098");
  await page.getByRole("button", { name: "Save author" }).click();
  await expect(page.getByLabel("ORCID iD")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("ORCID iD")).toHaveValue("0000-0002-1825-0098");
  await expect(page.getByLabel("Affiliation")).toHaveValue("Typed before the mistake");
  expect(await sql(`SELECT affiliation, orcid FROM "Author" WHERE id = $1`, [id])).toEqual([{ affiliation: null, orcid: null }]);
  await page.getByLabel("ORCID iD").fill("");
  for (const affiliation of ["Institute of Examples", "University of Samples"]) {
    await page.getByLabel("Affiliation").fill(affiliation);
    await submitAndWait(page, page.getByRole("button", { name: "Save author" }));
    await expect(page.getByRole("status")).toHaveText("Author saved.");
    await expect(page.getByLabel("Affiliation")).toHaveValue(affiliation);
    expect(await sql(`SELECT affiliation FROM "Author" WHERE id = $1`, [id])).toEqual([{ affiliation }]);
  }
});
