import { test, expect, signIn, DEMO_USERS, type DemoRole } from "./fixtures";

test("the dashboard sends signed-out visitors to the sign-in page", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
  await expect(page.getByRole("heading", { name: "Sign in to Picks" })).toBeVisible();
});

for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
  test(`the demo ${role} signs in, is greeted by name and role, and signs out`, async ({ page, signInAs }) => {
    await signInAs(role);
    await expect(page.getByRole("heading", { name: `Hello, ${DEMO_USERS[role].name}` })).toBeVisible();
    await expect(page.getByText(`with the ${DEMO_USERS[role].role} role`)).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password is refused with a message and the email is kept", async ({ page }) => {
  await signIn(page, "editor", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO_USERS.editor.email);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("an empty form shows field errors next to the fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});
