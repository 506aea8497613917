import { test, expect } from "./fixtures";
import { e2eDb, uniqueSuffix } from "./db";
import { normalizeName } from "../lib/authors/normalize";

test("an admin merges two authors and the old author URL redirects to the survivor", async ({ page, signInAs }) => {
  const db = await e2eDb();
  const s = uniqueSuffix();
  // "Samuel L. Smith" from the demo issue, and a duplicate "Samuel Smith" on another paper.
  const survivor = await db.author.findFirstOrThrow({ where: { name: "Samuel L. Smith" }, select: { id: true, slug: true } });
  const dupName = `Samuel Smith`;
  const dupSlug = `samuel-smith-${s}`;
  const duplicate = await db.author.create({ data: { name: dupName, normalizedName: normalizeName(dupName), slug: dupSlug }, select: { id: true } });
  const arxivId = `2102.9${s.slice(0, 4).replace(/[a-f]/g, "1")}`;
  await db.paper.create({
    data: {
      arxivId, latestVersion: 1, title: `A paper by the duplicate ${s}`, abstract: "Abstract.", publishedAt: new Date("2021-02-01"), arxivUpdatedAt: new Date("2021-02-01"),
      primaryCategory: "cs.LG", categories: ["cs.LG"], absUrl: `https://arxiv.org/abs/${arxivId}`, pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
      authors: { create: [{ authorId: duplicate.id, position: 1 }] },
    },
  });

  await signInAs("admin");
  await page.goto("/dashboard/authors");
  const suggestion = page.getByRole("listitem").filter({ hasText: `/${dupSlug}` });
  await expect(suggestion).toContainText("Samuel L. Smith");
  await suggestion.getByRole("radio", { name: /Samuel L\. Smith/ }).check();
  await suggestion.getByRole("button", { name: "Merge these two" }).click();
  await expect(page.getByText(/Authors merged/)).toBeVisible();

  const response = await page.request.get(`/authors/${dupSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toMatch(new RegExp(`/authors/${survivor.slug}$`));
  await page.goto(`/authors/${dupSlug}`);
  await expect(page).toHaveURL(new RegExp(`/authors/${survivor.slug}$`));
  await expect(page.getByRole("heading", { name: "Samuel L. Smith", level: 1 })).toBeVisible();
  // The duplicate's paper now names the survivor (public pages list only picked papers, so check the data).
  const links = await db.paperAuthor.findMany({ where: { paper: { arxivId } }, select: { authorId: true } });
  expect(links).toEqual([{ authorId: survivor.id }]);
  expect(await db.author.findUnique({ where: { id: duplicate.id } })).toBeNull();
});
