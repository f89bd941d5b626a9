import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, signInByMagicLink, MEMBER_EMAIL } from "./fixtures.ts";

async function startPath(page: Page, pathLabel: string, persona: string) {
  await page.goto("/demonstrateur");
  await expectAccessible(page);
  // DSFR radios and checkboxes are drawn by their label, which takes the click: `force` clicks through to it.
  await page.getByRole("radio", { name: new RegExp(pathLabel) }).check({ force: true });
  await page.getByLabel("Persona (fictive)").selectOption({ label: persona });
  await expect(page.getByText("Étape 1 sur 5")).toBeVisible();
  await page.getByRole("button", { name: "Commencer la démarche" }).click();
  await expect(page.getByText("Étape 2 sur 5")).toBeVisible();
  // The official FranceConnect or ProConnect button, here in front of a simulated provider.
  await page.getByRole("button", { name: /S’identifier avec (FranceConnect|ProConnect)/ }).click();
  await expect(page.getByRole("heading", { name: "3. Ce que nous allons demander, à qui, et pourquoi" })).toBeVisible();
  await expect(page.getByText("Étape 3 sur 5")).toBeVisible();
  await expectAccessible(page);
}

test("individual path: a PTP request is pre-filled, payslips and tax notice are no longer asked", async ({ page }) => {
  await startPath(page, "Demande portée par le particulier", "Sophie Martin, salariée qui prépare un PTP");
  // Each source called shows its own status: waiting, running while the pre-fill runs (held here until checked), done.
  await expect(page.getByTestId("avancement-dgfip")).toContainText("En attente");
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/demonstrateur*", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.getByRole("button", { name: "Autoriser et pré-remplir" }).click();
  for (const source of ["franceconnect", "dgfip", "cnaf"])
    await expect(page.getByTestId(`avancement-${source}`)).toContainText("En cours");
  release();
  await expect(page.getByRole("heading", { name: "4. Vérifier et compléter la demande" })).toBeVisible();
  await page.unroute("**/demonstrateur*");
  await expect(page.getByText("Étape 4 sur 5")).toBeVisible();
  for (const source of ["franceconnect", "dgfip", "cnaf"])
    await expect(page.getByTestId(`avancement-${source}`)).toContainText("Terminé");
  await expect(page.getByLabel("Nom de naissance")).toHaveValue("MARTIN");
  await expect(page.locator("#champ-revenuFiscal-provenance")).toContainText("Pré-rempli · Source : DGFiP");
  await expect(page.getByTestId("pieces-evitees")).toContainText("12 bulletins de salaire");
  await expect(page.getByTestId("pieces-evitees")).toContainText("Avis d'imposition");
  // The calls listed are the requests the connectors made.
  await expect(page.getByTestId("appels-dgfip")).toHaveText("GET /situations/ir/assiettes/annrev/{annee}");
  await expect(page.getByTestId("appels-cnaf")).toContainText("GET /v3/dss/revenu_solidarite_active/identite");
  await expectAccessible(page);

  // A corrected value stays editable and is marked as such.
  await page.getByLabel("Revenu fiscal de référence (€)").fill("25000");
  await expect(page.getByText("Modifié par l'usager (valeur d'origine : DGFiP (API Impôt particulier))")).toBeVisible();
  await page.getByLabel("IBAN", { exact: true }).fill("FR76 0000");
  await page.getByRole("button", { name: "Valider la demande" }).click();
  await expect(page.getByText(/Un IBAN français compte 27 caractères/)).toBeVisible();
  await page.getByLabel("IBAN", { exact: true }).fill("FR7630006000011234567890189");
  await page.getByRole("button", { name: "Valider la demande" }).click();
  await expect(page.getByTestId("url-prefill")).toContainText("/commencer/demande-ptp-transitions-pro?champ_");
  await expect(page.getByText("Étape 5 sur 5")).toBeVisible();
  await expect(page.getByTestId("endpoint-demarche")).toHaveText(
    "POST https://www.demarches-simplifiees.fr/api/public/v1/demarches/101/dossiers",
  );
  await expect(
    page.getByText("Aucune adresse de démarches-simplifiées n'est configurée : rien n'est envoyé."),
  ).toBeVisible();
  await expectAccessible(page);
});

test("employer path with URSSAF failing: the step says so and the rest goes on", async ({ page }) => {
  await page.goto("/demonstrateur");
  await page.getByLabel("Mode présentation").check({ force: true });
  await page.getByRole("radio", { name: /Demande portée par l'employeur/ }).check({ force: true });
  await page.getByRole("button", { name: "Commencer la démarche" }).click();
  await page.getByRole("button", { name: "S’identifier avec ProConnect" }).click();
  await page.getByLabel("Simuler une panne de URSSAF (API Entreprise)").selectOption("502");
  await page.getByRole("button", { name: "Autoriser et pré-remplir" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "URSSAF (API Entreprise) rencontre une erreur" }),
  ).toBeVisible();
  await expect(page.getByTestId("avancement-urssaf")).toContainText("En échec");
  await expect(page.getByTestId("avancement-insee")).toContainText("Terminé");
  await expect(page.getByLabel("Joindre le justificatif (Attestation de vigilance URSSAF)")).toBeVisible();
  await expect(page.getByLabel("Raison sociale")).toHaveValue("MENUISERIE DURAND ET FILS");
  await expect(page.getByLabel("Certification Qualiopi de l'organisme")).toHaveValue("Certifié (actions de formation)");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Réinitialiser" }).click();
  await expect(page.getByRole("heading", { name: "1. Choisir un parcours et une persona" })).toBeVisible();
});

test("training organisation path by keyboard only, with a lapsed certification", async ({ page }) => {
  await page.goto("/demonstrateur?parcours=ORGANISME_FORMATION");
  const persona = page.getByLabel("Persona (fictive)");
  await persona.focus();
  await page.keyboard.press("ArrowDown"); // second persona: lapsed certification
  await expect(persona).toHaveValue("organisme-certification-echue");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "S’identifier avec ProConnect" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Autoriser et pré-remplir" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Certification Qualiopi", { exact: true })).toHaveValue(
    "Non certifié ou certification échue",
  );
  await expect(page.getByLabel("Numéro de déclaration d'activité")).toHaveValue(/inactif/);
  await expectAccessible(page);
});

test("members see the aggregated figures of demo runs", async ({ page }) => {
  await signInByMagicLink(page, MEMBER_EMAIL);
  await startPath(
    page,
    "Demande portée par l'organisme de formation",
    "Formapro Occitanie, organisme certifié Qualiopi",
  );
  await page.getByRole("button", { name: "Autoriser et pré-remplir" }).click();
  await page.getByRole("button", { name: "Valider la demande" }).click();
  await expect(page.getByTestId("stats-ORGANISME_FORMATION")).toContainText("démonstration");
  await expectAccessible(page);
});

test("the individual path offers each persona the schemes its situation allows", async ({ page }) => {
  await page.goto("/demonstrateur");
  await expect(page.getByRole("radio", { name: /Demande portée par le particulier/ })).toHaveAccessibleName(
    /Demande de financement d'une formation, portée par la personne/,
  );
  await page.getByLabel("Persona (fictive)").selectOption({ label: "Sophie Martin, salariée qui prépare un PTP" });
  await expect(page.getByTestId("dispositifs")).toContainText("Projet de transition professionnelle (PTP)");
  for (const persona of [
    "Karim Benali, demandeur d'emploi indemnisé (ARE)",
    "Nathalie Leroy, bénéficiaire du RSA",
    "Julien Moreau, travailleur indépendant",
  ]) {
    await page.getByLabel("Persona (fictive)").selectOption({ label: persona });
    await expect(page.getByTestId("dispositifs")).toContainText("Compte personnel de formation (CPF)");
    await expect(page.getByTestId("dispositifs")).not.toContainText("PTP");
  }
  await expect(page.getByTestId("point-acces-droit-rsa")).toHaveText("GET /v3/dss/revenu_solidarite_active/identite");
  await expectAccessible(page);
});
