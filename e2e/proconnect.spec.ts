import { test, expect, expectAccessible, signInByMagicLink, uniqueEmail, ADMIN_EMAIL } from "./fixtures.ts";

async function signInAtLocalProConnect(page: import("@playwright/test").Page, email: string) {
  await page.goto("/connexion");
  await page.getByRole("button", { name: /^S.identifier avec\s*ProConnect$/ }).click();
  // The identity provider's own pages (oidc-provider's development login).
  await page.locator("input[name=login]").fill(email);
  await page.locator("input[name=password]").fill("peu-importe");
  await page.locator("button[type=submit]").click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

test("an invited agent signs in with ProConnect, then logs out of ProConnect too", async ({ page, browser }) => {
  const agent = uniqueEmail("agent.public");
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByMagicLink(admin, ADMIN_EMAIL);
  await admin.goto("/admin/membres");
  await admin.getByLabel("Adresse e-mail").fill(agent);
  await admin.getByLabel("Organisation", { exact: true }).selectOption({ label: "France Travail" });
  await admin.getByRole("button", { name: "Inviter" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Invitation envoyée" })).toBeVisible();
  await adminContext.close();

  const authorizeRequest = page.waitForRequest((request) => request.url().includes("/api/v2/auth?"));
  await signInAtLocalProConnect(page, agent);
  const authorize = new URL((await authorizeRequest).url());
  expect(authorize.searchParams.get("state")!.length).toBeGreaterThanOrEqual(32);
  expect(authorize.searchParams.get("nonce")!.length).toBeGreaterThanOrEqual(32);
  expect(authorize.searchParams.get("scope")).toContain("usual_name");

  await expect(page.getByText("Connecté·e : Agent Public").first()).toBeVisible();
  await expectAccessible(page);

  const endSession = page.waitForRequest((request) => request.url().includes("/api/v2/session/end"));
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  const logout = new URL((await endSession).url());
  expect(logout.searchParams.get("id_token_hint")).toMatch(/^ey/);
  expect(logout.searchParams.get("post_logout_redirect_uri")).toMatch(/^http:\/\/localhost:\d+\/$/);
  expect(logout.searchParams.get("state")!.length).toBeGreaterThanOrEqual(32);
});

test("an agent who was never invited is refused after ProConnect", async ({ page }) => {
  await signInAtLocalProConnect(page, uniqueEmail("agent.inconnu"));
  await expect(page.getByRole("alert").filter({ hasText: "Cette adresse n'a pas été invitée" })).toBeVisible();
  await expectAccessible(page);
});
