import { test as base, expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "picks-demo-2021";

export const DEMO_USERS = {
  admin: { email: "admin@picks.test", name: "Ada Admin", role: "admin" },
  editor: { email: "editor@picks.test", name: "Eddie Editor", role: "editor" },
  curator: { email: "curator@picks.test", name: "Cora Curator", role: "curator" },
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

export async function signIn(page: Page, role: DemoRole, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_USERS[role].email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Clicks a form's submit button and waits until the server action it posts has answered. A form submitted
 * twice keeps the first answer's message ("Settings saved.") on screen while the second one runs, so waiting
 * for the message alone can pass before the second save has happened. Next.js sends an action's answer once
 * the action has run (its writes committed, its revalidation asked for), so its headers are the signal. Not
 * `finished()`: for some action answers Chromium never reports the end of the body to Playwright, although
 * the server sent all of it within milliseconds (eighth session: traced on the server's side, and the same
 * answer, fetched through `route.fetch()`, was read whole in 162 ms while the browser still reported no end).
 */
export async function submitAndWait(page: Page, button: Locator): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await button.click();
  await answered;
}

/** A page already signed in as the given demo role. */
export const test = base.extend<{ signInAs: (role: DemoRole) => Promise<void> }>({
  signInAs: async ({ page }, use) => {
    await use(async (role) => {
      await signIn(page, role);
      await expect(page).toHaveURL(/\/dashboard$/);
    });
  },
});

export { expect };
