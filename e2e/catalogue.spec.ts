import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, signedInPage, ADMIN_EMAIL, MEMBER_EMAIL } from "./fixtures.ts";

const OTHER_EMAIL = "hugo.martin@dgefp.example.org";
const column = (page: Page, name: string) => page.locator(`section[data-column="${name}"]`);

test("a member adds a data item served by an API, reports an irritant linked to it and to a scheme, and both cards reach « Signalé » live", async ({
  browser,
}) => {
  const stamp = Date.now();
  const itemName = `Attestation d'entrée en formation ${stamp}`;
  const title = `Attestation d'entrée redemandée à chaque versement ${stamp}`;
  const watcher = await signedInPage(browser, OTHER_EMAIL);
  await watcher.goto("/priorisation");
  await expect(watcher.locator("[data-live-status=live]")).toBeVisible();

  const member = await signedInPage(browser, MEMBER_EMAIL);
  await member.goto("/donnees");
  await member.getByRole("link", { name: "Ajouter une donnée" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Ajouter une donnée" })).toBeVisible();
  await expectAccessible(member);
  await member.getByLabel("Nom", { exact: true }).fill(itemName);
  await member.getByLabel("Définition").fill("Date d'entrée effective du stagiaire dans l'action de formation.");
  await member.getByLabel("Détenteur").fill("Organisme de formation");
  await member.getByLabel("API qui la sert").selectOption({ label: "API Particulier" });
  await member.getByLabel("Scopes à demander (facultatif)").fill("attestation_entree_formation");
  await member.getByLabel("Disponibilité (estimation du groupe)").selectOption({ label: "Inexistante" });
  await member.getByRole("button", { name: "Ajouter la donnée" }).click();
  // The effort was left out: its message sits under its field and nothing is stored.
  await expect(member.getByText("Choisissez un effort de 1 à 5.")).toBeVisible();
  await expect(member.getByLabel("Effort d'intégration (estimation du groupe)")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(member.getByLabel("Effort d'intégration (estimation du groupe)")).toHaveAccessibleDescription(
    /^Choisissez un effort de 1 à 5\./,
  );
  await expect(member.getByLabel("Disponibilité (estimation du groupe)")).not.toHaveAttribute("aria-invalid", "true");
  // The alert at the top of the form takes the focus: a keyboard user lands there after submitting.
  await expect(
    member.getByRole("alert").filter({ hasText: "1 champ à corriger : rien n'a été enregistré." }),
  ).toBeFocused();
  await expectAccessible(member);
  await member.getByLabel("Effort d'intégration (estimation du groupe)").selectOption("2");
  await member.getByRole("button", { name: "Ajouter la donnée" }).click();
  await expect(member.getByRole("heading", { level: 1, name: itemName })).toBeVisible();
  await expect(member.getByRole("link", { name: "API Particulier" })).toBeVisible();
  // The API's page tells a funder how to get access, and which values are the group's estimates, by whom.
  await member.getByRole("link", { name: "API Particulier" }).click();
  await expect(member.getByText("DataPass (demande d'habilitation)")).toBeVisible();
  const served = member.getByRole("row", { name: new RegExp(itemName) });
  await expect(served.getByText("attestation_entree_formation")).toBeVisible();
  await expect(served.getByText(/estimation du groupe, renseignée par Inès Benali/).first()).toBeVisible();
  await expectAccessible(member);

  await member.goto("/irritants");
  await member.getByRole("link", { name: "Signaler un irritant" }).click();
  await expectAccessible(member);
  await member.getByRole("button", { name: "Signaler l'irritant" }).click();
  await expect(member.getByText("Le titre : au moins 5 caractères.")).toBeVisible();
  await expect(member.getByText("Choisissez une catégorie.")).toBeVisible();
  await member.getByRole("textbox", { name: /^Titre/ }).fill(title);
  await member
    .getByRole("textbox", { name: /^Description/ })
    .fill("Le financeur redemande l'attestation d'entrée en formation avant **chaque** versement.");
  await member.getByLabel("Catégorie").selectOption({ label: "Justificatif" });
  // The DSFR draws the box on the label, which covers the native input: the click lands on the label (force).
  await member
    .getByRole("group", { name: "Parcours concernés" })
    .getByLabel("Demande portée par le particulier")
    .check({ force: true });
  await member.getByLabel("Verbatims (facultatif)").fill("On l'envoie tous les mois !");
  await member.getByRole("group", { name: "Données qui le lèveraient" }).getByLabel(itemName).check({ force: true });
  await member
    .getByRole("group", { name: "Dispositifs de financement concernés" })
    .getByLabel("Aides régionales à la formation")
    .check({ force: true });
  await member.getByRole("button", { name: "Signaler l'irritant" }).click();
  await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(member.getByRole("link", { name: itemName })).toBeVisible();
  await expect(member.getByText("— API Particulier")).toBeVisible();
  await expect(member.getByRole("link", { name: "Aides régionales à la formation" })).toBeVisible();
  await expectAccessible(member);

  // Both cards are in « Signalé », on the member's board and, live, on the other member's.
  for (const page of [watcher, member]) {
    if (page === member) await member.goto("/priorisation");
    await expect(column(page, "Signalé").locator(`li[data-card="${title}"]`)).toBeVisible({ timeout: 5_000 });
    await expect(column(page, "Signalé").locator(`li[data-card="${itemName}"]`)).toBeVisible();
  }

  // An edit keeps the previous values on the history page (the list is paginated: the search finds it on any page).
  await member.goto(`/irritants?q=${stamp}`);
  await member.getByRole("link", { name: title }).click();
  await member.getByRole("link", { name: "Modifier", exact: true }).click();
  await member.getByLabel("Catégorie").selectOption({ label: "Donnée sociale" });
  await member.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await member.getByRole("link", { name: "Historique des modifications" }).click();
  const edit = member.getByRole("listitem").filter({ hasText: "Modification — Inès Benali" });
  await expect(edit.getByRole("row", { name: /Catégorie Justificatif Donnée sociale/ })).toBeVisible();
  await expect(member.getByRole("listitem").filter({ hasText: "Création — Inès Benali" })).toBeVisible();
  await expectAccessible(member);

  // Members cannot retire; an admin does, and the irritant leaves the list but keeps its page.
  await member.goto(`/irritants?q=${stamp}`);
  await member.getByRole("link", { name: title }).click();
  await expect(member.getByRole("button", { name: "Retirer du catalogue" })).toHaveCount(0);
  const admin = await signedInPage(browser, ADMIN_EMAIL);
  await admin.goto(member.url());
  await admin.getByRole("button", { name: "Retirer du catalogue" }).click();
  await admin
    .getByRole("dialog", { name: "Retirer cette entrée du catalogue ?" })
    .getByRole("button", { name: "Retirer du catalogue" })
    .click();
  await expect(admin.getByText(/Retiré du catalogue le/)).toBeVisible();
  await expectAccessible(admin);
  await admin.goto(`/irritants?q=${stamp}`);
  await expect(admin.getByRole("link", { name: title })).toHaveCount(0);
});

test("a scheme's page says what it asks per path and what could replace it; a member adds a request with errors beside each field", async ({
  browser,
}) => {
  const member = await signedInPage(browser, MEMBER_EMAIL);
  await member.goto("/dispositifs");
  await member.getByRole("link", { name: "Projet de transition professionnelle (PTP) – Transitions Pro" }).click();
  await expect(member.getByText(/Démonstration : pièces citées à l'atelier Data EFOP/)).toBeVisible();
  const particulier = member.getByRole("region", { name: "Demande portée par le particulier" });
  const payslips = particulier.getByRole("row", { name: /12 bulletins de salaire complets/ });
  await expect(payslips.getByRole("link", { name: "Salaire brut mensuel sur 12 mois" })).toBeVisible();
  await expect(
    member
      .getByRole("region", { name: "Demande portée par l'employeur" })
      .getByRole("link", { name: "Attestation de vigilance URSSAF" }),
  ).toBeVisible();
  await expectAccessible(member);

  await member.getByRole("link", { name: "Modifier", exact: true }).click();
  await member.getByRole("button", { name: "Ajouter une demande" }).click();
  await member.getByRole("button", { name: "Enregistrer les modifications" }).click();
  const label = member.getByRole("textbox", { name: "Intitulé" }).last();
  await expect(label).toHaveAttribute("aria-invalid", "true");
  await expect(member.getByText("L'intitulé : au moins 3 caractères.")).toBeVisible();
  await expectAccessible(member);
  await label.fill(`Attestation d'assiduité mensuelle ${Date.now()}`);
  await member.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(
    member.getByRole("heading", { level: 1, name: "Projet de transition professionnelle (PTP) – Transitions Pro" }),
  ).toBeVisible();
  await expect(member.getByRole("rowheader", { name: /Attestation d'assiduité mensuelle/ })).toBeVisible();
});

async function reportIrritant(page: Page, title: string) {
  await page.goto("/irritants/nouveau");
  await page.getByRole("textbox", { name: /^Titre/ }).fill(title);
  await page
    .getByRole("textbox", { name: /^Description/ })
    .fill("Le relevé d'heures est redemandé à chaque étape du dossier.");
  await page.getByLabel("Catégorie").selectOption({ label: "Justificatif" });
  await page.getByRole("button", { name: "Signaler l'irritant" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("an admin merges an irritant reported twice; the duplicate's address redirects permanently to the kept one", async ({
  browser,
}) => {
  const stamp = Date.now();
  const member = await signedInPage(browser, MEMBER_EMAIL);
  const keptTitle = `Relevé d'heures redemandé ${stamp}`;
  const duplicateTitle = `Relevé d'heures demandé deux fois ${stamp}`;
  const keptPath = await reportIrritant(member, keptTitle);
  const duplicatePath = await reportIrritant(member, duplicateTitle);
  await expect(member.getByRole("link", { name: "Fusionner un doublon ici" })).toHaveCount(0);
  // The member discusses the duplicate and mentions an admin, who is notified.
  await member.getByLabel("Votre commentaire").fill(`Même irritant que « ${keptTitle} », non ? @Camille Laurent`);
  await member.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(member.getByRole("listitem").filter({ hasText: "Même irritant que" })).toBeVisible();
  await expectAccessible(member);

  const admin = await signedInPage(browser, ADMIN_EMAIL);
  await admin.goto("/notifications");
  await admin
    .getByRole("link", { name: `Inès Benali vous mentionne : ${duplicateTitle}` })
    .first()
    .click();
  await expect(admin.getByRole("heading", { level: 1, name: duplicateTitle })).toBeVisible();
  await admin.goto(keptPath);
  await admin.getByRole("link", { name: "Fusionner un doublon ici" }).click();
  await expect(
    admin.getByRole("heading", { level: 1, name: `Fusionner un doublon dans « ${keptTitle} »` }),
  ).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: `Fusionner dans « ${keptTitle} »` }).click();
  await expect(admin.getByText("Choisissez le doublon à fusionner.")).toBeVisible();
  await admin.getByLabel("Doublon à fusionner dans cet irritant").selectOption({ label: duplicateTitle });
  await admin.getByRole("button", { name: `Fusionner dans « ${keptTitle} »` }).click();
  await admin
    .getByRole("dialog", { name: `Fusionner « ${duplicateTitle} » dans « ${keptTitle} » ?` })
    .getByRole("button", { name: "Fusionner", exact: true })
    .click();
  await expect(admin.getByRole("heading", { level: 1, name: keptTitle })).toBeVisible();

  const answer = await admin.request.get(duplicatePath, { maxRedirects: 0 });
  expect(answer.status()).toBe(308);
  expect(answer.headers()["location"]).toBe(keptPath);
  await admin.goto(duplicatePath);
  await expect(admin).toHaveURL(new RegExp(`${keptPath}$`));
  // The duplicate's discussion came along.
  await expect(
    admin
      .getByRole("region", { name: /Discussion/ })
      .getByText(`Même irritant que « ${keptTitle} », non ?`, { exact: false }),
  ).toBeVisible();
  await admin.getByRole("link", { name: "Historique des modifications" }).click();
  await expect(
    admin
      .getByRole("listitem")
      .filter({ hasText: "Fusion — Camille Laurent" })
      .getByRole("row", { name: new RegExp(`Doublon fusionné.*${duplicateTitle}`) }),
  ).toBeVisible();
  await expectAccessible(admin);
  await admin.goto("/priorisation");
  await expect(column(admin, "Signalé").locator(`li[data-card="${keptTitle}"]`)).toBeVisible();
  await expect(column(admin, "Signalé").locator(`li[data-card="${duplicateTitle}"]`)).toHaveCount(0);
});

test("a public API with a sourced availability shows its source and date; estimates say they are estimates", async ({
  page,
}) => {
  await page.goto("/api-publiques/catalogue-cpf");
  await expect(page.getByText("Accès libre (open data)")).toBeVisible();
  await expect(
    page.getByText(
      /Source : Caisse des Dépôts, « CPF – une publication inédite en open data », vérifiée le 28 juin 2022/,
    ),
  ).toBeVisible();
  await page.goto("/api-publiques/api-impot-particulier");
  await expect(page.getByText("estimation du groupe (valeur de démonstration, non vérifiée)").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "https://api.gouv.fr/les-api/impot-particulier" })).toBeVisible();
  await expectAccessible(page);
});
