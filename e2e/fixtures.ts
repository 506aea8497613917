import { test as base, expect, type Page } from "@playwright/test";

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
