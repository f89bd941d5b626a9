import {
  test,
  expect,
  expectAccessible,
  signInByMagicLink,
  requestMagicLink,
  latestSignInLink,
  uniqueEmail,
  ADMIN_EMAIL,
  MEMBER_EMAIL,
} from "./fixtures.ts";

test("a demo member signs in with a magic link from the demo mailbox, by keyboard only", async ({ page }) => {
  await page.goto("/connexion");
  await expectAccessible(page);
  const field = page.getByLabel("Adresse e-mail");
  await field.focus();
  await page.keyboard.type(MEMBER_EMAIL);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/dev/mailbox");
  await expect(page.getByText(MEMBER_EMAIL).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(await latestSignInLink(page, MEMBER_EMAIL));
  await expect(page.getByText("Connecté·e : Inès Benali").first()).toBeVisible();
  await expectAccessible(page);

  // A member is not an admin.
  await page.goto("/admin/membres");
  await expect(page.getByRole("heading", { name: "Accès réservé" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
});

test("an address that was never invited gets the same page as a member, and the refusal by e-mail", async ({
  page,
}) => {
  const stranger = uniqueEmail("inconnu");
  await requestMagicLink(page, stranger);
  await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  await expectAccessible(page);
  const response = await page.request.get(`/api/dev/mailbox?to=${encodeURIComponent(stranger)}`);
  const { mails } = (await response.json()) as { mails: { subject: string; text: string }[] };
  expect(mails).toHaveLength(1);
  expect(mails[0].text).toContain("Aucun compte de l'Atelier EFOP n'est associé à cette adresse");
  expect(mails[0].text).not.toMatch(/callback/);
});

test("the anonymous public is sent to sign-in from admin pages", async ({ page }) => {
  await page.goto("/admin/organisations");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fadmin%2Forganisations/);
});

test("an admin invites a member, who signs in and belongs to the chosen organisation", async ({ page, browser }) => {
  const invitee = uniqueEmail("nouvelle");
  await signInByMagicLink(page, ADMIN_EMAIL);
  await page.goto("/admin/membres");
  await expectAccessible(page);

  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "OPCO Atlas" });
  await page.getByRole("button", { name: "Inviter" }).click();
  // The message sits beside its field, which it describes; the alert at the top of the form says nothing was stored.
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription(/^Adresse e-mail invalide\./);
  await expect(
    page.getByRole("alert").filter({ hasText: "1 champ à corriger : rien n'a été enregistré." }),
  ).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel("Adresse e-mail").fill(invitee);
  await page.getByRole("button", { name: "Inviter" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation envoyée à ${invitee}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: invitee })).toContainText("OPCO Atlas");
  await expectAccessible(page);

  const context = await browser.newContext();
  const inviteePage = await context.newPage();
  await signInByMagicLink(inviteePage, invitee);
  await context.close();

  await page.reload();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: invitee })
      .getByLabel(/Organisation de/),
  ).toHaveValue(/.+/);
  await expect(page.getByRole("listitem").filter({ hasText: invitee })).toHaveCount(0);
});

test("an admin adds an organisation and a duplicate is refused", async ({ page }) => {
  const name = `Région test ${Date.now()}`;
  await signInByMagicLink(page, ADMIN_EMAIL);
  await page.goto("/admin/organisations");
  await expectAccessible(page);
  const form = page.locator("form").first();
  await form.getByLabel("Nom").fill(name);
  await form.getByLabel("Type").selectOption({ label: "Région" });
  // Fourteen digits are not enough: the SIRET's key is checked, and the UAI's letter.
  await form.getByLabel("SIRET (facultatif)").fill("130 025 265 00014");
  await form.getByLabel("UAI (facultatif)").fill("0751234A");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.getByLabel("SIRET (facultatif)")).toHaveAccessibleDescription(
    /Ce SIRET n'existe pas : sa clé de contrôle est fausse\./,
  );
  await expect(form.getByLabel("UAI (facultatif)")).toHaveAccessibleDescription(
    /La lettre de contrôle de cet UAI ne correspond pas/,
  );
  await expect(form.getByLabel("Nom")).not.toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert")).toContainText("2 champs à corriger : rien n'a été enregistré.");
  await expectAccessible(page);
  await form.getByLabel("SIRET (facultatif)").fill("130 025 265 00013");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.getByLabel("UAI (facultatif)")).toHaveAccessibleDescription(
    /La lettre de contrôle de cet UAI ne correspond pas/,
  );
  await expect(form.getByLabel("SIRET (facultatif)")).not.toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("UAI (facultatif)").fill("");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.getByRole("status")).toContainText("Organisation ajoutée.");
  await form.getByLabel("Nom").fill(name.toUpperCase());
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Une organisation s'appelle déjà" })).toBeVisible();
});

test("deactivating a member asks first: « Annuler » changes nothing, the confirmation signs them out", async ({
  page,
  browser,
}) => {
  const member = uniqueEmail("a.desactiver");
  await signInByMagicLink(page, ADMIN_EMAIL);
  await page.goto("/admin/membres");
  await page.getByLabel("Adresse e-mail").fill(member);
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "OPCO Atlas" });
  await page.getByRole("button", { name: "Inviter" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation envoyée à ${member}` })).toBeVisible();
  const context = await browser.newContext();
  const memberPage = await context.newPage();
  await signInByMagicLink(memberPage, member);

  await page.reload();
  const row = () => page.getByRole("row").filter({ hasText: member });
  const active = () => row().getByRole("checkbox", { name: "Actif" });
  const save = () => row().getByRole("button", { name: /^Enregistrer / });
  await expect(active()).toBeChecked();
  await active().setChecked(false, { force: true });
  await save().click();
  const dialog = page.getByRole("dialog", { name: /^Désactiver le compte de / });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("ne pourra plus se connecter et ses sessions ouvertes seront fermées");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(dialog).toBeHidden();
  await expect(save()).toBeFocused();
  await page.reload();
  await expect(active()).toBeChecked();
  await memberPage.reload();
  await expect(memberPage.getByRole("button", { name: "Se déconnecter" })).toBeVisible();

  await active().setChecked(false, { force: true });
  await save().click();
  await dialog.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(row().getByRole("status").filter({ hasText: "Enregistré." })).toBeVisible();
  await page.reload();
  await expect(active()).not.toBeChecked();
  await memberPage.reload();
  await expect(memberPage.getByRole("button", { name: "Se déconnecter" })).toHaveCount(0);
  await context.close();
});
