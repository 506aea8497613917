/**
 * The route × role matrix over HTTP: every dashboard page and listed API route of
 * lib/testing/route-registry.ts, requested as anonymous, curator, editor, admin and a disabled account
 * that still holds a valid session cookie. (Actions are walked by lib/testing/route-registry.test.ts.)
 */
import type { APIRequestContext, Browser } from "@playwright/test";
import { test, expect, signIn, DEMO_PASSWORD, type DemoRole } from "./fixtures";
import { createUser, sql, uniqueSuffix } from "./db";
import { API_ROUTES, PAGES, WHO, expectedPage, type PageOutcome, type Who } from "../lib/testing/route-registry";

async function signedInRequest(browser: Browser, who: Who): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (who === "anonymous") return context.request;
  const page = await context.newPage();
  if (who === "disabled") {
    const email = `disabled-${uniqueSuffix()}@picks.test`;
    await createUser({ email, name: "Soon Disabled", role: "ADMIN", password: DEMO_PASSWORD });
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    // Disabled after signing in: the cookie stays valid, the account does not.
    await sql(`UPDATE "User" SET disabled = true, "sessionVersion" = "sessionVersion" + 1 WHERE email = $1`, [email]);
  } else {
    await signIn(page, who as DemoRole);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
  return context.request;
}

function outcomeOf(status: number, location: string | null): PageOutcome | `status ${number}` {
  if (status === 200) return "ok";
  if (status === 404) return "notFound";
  if (status >= 300 && status < 400 && location && new URL(location, "http://x").pathname === "/login") return "login";
  return `status ${status}`;
}

for (const who of WHO) {
  test(`dashboard pages and API routes as ${who}`, async ({ browser }) => {
    test.setTimeout(90_000);
    const [author] = await sql<{ id: string }>(`SELECT id FROM "Author" LIMIT 1`);
    const request = await signedInRequest(browser, who);
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const entry of PAGES) {
      const path = entry.path.replace(":authorId", author!.id);
      const res = await request.get(path, { maxRedirects: 0 });
      seen.push(`${path} → ${outcomeOf(res.status(), res.headers()["location"] ?? null)}`);
      wanted.push(`${path} → ${expectedPage(entry.access, who)}`);
    }
    for (const route of API_ROUTES) {
      const res = route.method === "GET" ? await request.get(route.path, { maxRedirects: 0 }) : await request.post(route.path, { data: route.body, maxRedirects: 0 });
      const outcome = res.status() < 300 ? "ok" : res.status() === 401 || res.status() === 403 ? "forbidden" : `status ${res.status()}`;
      seen.push(`${route.method} ${route.path} → ${outcome}`);
      wanted.push(`${route.method} ${route.path} → ${route.access === "public" ? "ok" : "forbidden"}`);
    }
    expect(seen).toEqual(wanted);
  });
}

test("the dashboard navigation shows each role only what it may use", async ({ page, signInAs }) => {
  await signInAs("curator");
  const nav = page.getByRole("navigation", { name: "Dashboard" });
  await expect(nav.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
});
