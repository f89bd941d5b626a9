import { test, expect, expectAccessible, signedInPage, ADMIN_EMAIL, MEMBER_EMAIL } from "./fixtures.ts";

test("administrators read the audit journal page by page and filter it by action; members cannot", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, ADMIN_EMAIL);
  await admin.goto("/admin/journal");
  await expect(admin.getByRole("heading", { level: 2, name: "Journal d'audit" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Journal d'audit" })).toHaveAttribute("aria-current", "page");
  // The seed and every sign-in wrote events: the newest first, the sign-in just made among them.
  await expect(admin.getByRole("cell", { name: "auth.sign-in" }).first()).toBeVisible();
  await expectAccessible(admin);

  await admin.getByRole("searchbox", { name: "Rechercher" }).fill("seed");
  await admin.getByRole("button", { name: "Filtrer" }).click();
  await expect(admin).toHaveURL(/q=seed/);
  await expect(admin.getByRole("cell", { name: "seed.demo-content" }).first()).toBeVisible();
  await expect(admin.getByRole("cell", { name: "auth.sign-in" })).toHaveCount(0);

  // A hostile filter or page number is read as none, never a server error.
  for (const query of ["?q=%00", "?page=-1", "?page=99999999999999999999", "?q=a%20b&page=abc"]) {
    const response = await admin.goto(`/admin/journal${query}`);
    expect(response?.status()).toBe(200);
  }

  const member = await signedInPage(browser, MEMBER_EMAIL);
  await member.goto("/admin/journal");
  await expect(member.getByRole("cell", { name: "auth.sign-in" })).toHaveCount(0);
  await expect(member.getByText(/réservée à l'animation du groupe/)).toBeVisible();
});
