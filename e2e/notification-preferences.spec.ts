import { test, expect, expectAccessible, signedInPage } from "./fixtures.ts";

// A member no other spec signs in as: changing their choice cannot change what other specs count in the mailbox.
const MEMBER = "thomas.roux@intercariforef.example.org";

test("a member chooses what reaches them by e-mail, and the choice is kept", async ({ browser }) => {
  const page = await signedInPage(browser, MEMBER);
  await page.goto("/notifications#preferences-e-mail");
  const preferences = page.getByRole("group", { name: "Recevoir par e-mail" });
  await expect(preferences.getByLabel(/Chaque notification/)).toBeChecked();
  await expectAccessible(page);

  await preferences.getByText("Un résumé quotidien").click();
  await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Préférences enregistrées." })).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole("group", { name: "Recevoir par e-mail" }).getByLabel(/Un résumé quotidien/),
  ).toBeChecked();
  await page.getByRole("group", { name: "Recevoir par e-mail" }).getByText("Aucun e-mail").click();
  await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Préférences enregistrées." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Recevoir par e-mail" }).getByLabel(/Aucun e-mail/)).toBeChecked();
  await expectAccessible(page);
});
