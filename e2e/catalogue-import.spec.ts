import { test, expect, expectAccessible, signedInPage, MEMBER_EMAIL } from "./fixtures.ts";
import { minimalXlsx } from "../lib/catalogue/import/minimal-xlsx.ts";

const SEEDED_IRRITANT = "Douze bulletins de salaire au lieu de quelques données essentielles";

test("a member imports irritants from a CSV and data items from an XLSX: preview with errors and duplicates, then only the new rows, on the board", async ({
  browser,
}) => {
  const stamp = Date.now();
  const fresh = `Attestation de fin de formation redemandée ${stamp}`;
  const member = await signedInPage(browser, MEMBER_EMAIL);
  await member.goto("/irritants");
  await member.getByRole("link", { name: "Importer un tableur" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Importer un tableur dans le catalogue" })).toBeVisible();
  await expectAccessible(member);

  // The template carries the expected headers, « ; »-separated with a BOM for French spreadsheets.
  const template = await member.request.get("/catalogue/importer/modele/irritants");
  expect(template.headers()["content-disposition"]).toContain("modele-import-irritants.csv");
  expect(await template.text()).toMatch(/^\uFEFFTitre;Description;Catégorie;Parcours;Verbatims\r\n/);

  const csv = [
    "titre;DESCRIPTION;categorie;Parcours;Remarque",
    `${fresh};L'organisme redemande l'attestation déjà déposée sur la plateforme.;Justificatif;particulier, employeur;ignorée`,
    `${fresh.toUpperCase()};Même irritant, écrit en capitales.;Justificatif;;`,
    `${SEEDED_IRRITANT};Déjà au catalogue depuis l'atelier.;Justificatif;;`,
    `Pièce d'identité ${stamp};Demandée à chaque dossier.;Zèbre;;`,
    `=HYPERLINK("https://exemple.fr");Une formule;Autre;;`,
  ].join("\r\n");
  await member
    .getByLabel("Fichier CSV ou XLSX")
    .setInputFiles({ name: "atelier.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await member.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(
    member.getByRole("status").filter({ hasText: "5 lignes lues : 1 nouvelle, 2 doublons, 2 en erreur." }),
  ).toBeVisible();
  const preview = member.getByRole("table", { name: /Aperçu de l'import/ });
  await expect(preview.getByRole("row", { name: /^3 Doublon de ligne 2 du fichier/ })).toBeVisible();
  await expect(
    preview.getByRole("row", { name: /^4 Doublon/ }).getByRole("link", { name: SEEDED_IRRITANT }),
  ).toBeVisible();
  await expect(preview.getByText(/Erreur : Catégorie inconnue : « Zèbre »/)).toBeVisible();
  await expect(
    preview.getByText(/Erreur : La cellule commence par « = » : les formules ne sont pas importées/),
  ).toBeVisible();
  await expect(member.getByText("Colonnes ignorées (inconnues) : Remarque.")).toBeVisible();
  await expectAccessible(member);
  // Nothing is written before the confirmation.
  await member.goto(`/irritants?q=${stamp}`);
  await expect(member.getByRole("link", { name: fresh })).toHaveCount(0);
  await member.goBack();

  await member
    .getByLabel("Fichier CSV ou XLSX")
    .setInputFiles({ name: "atelier.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await member.getByRole("button", { name: "Prévisualiser" }).click();
  await member.getByRole("button", { name: "Importer 1 ligne" }).click();
  await expect(member.getByRole("heading", { name: "Import terminé : 1 irritant créé" })).toBeVisible();
  await expectAccessible(member);
  await member.getByRole("link", { name: fresh }).click();
  await expect(member.getByRole("heading", { level: 1, name: fresh })).toBeVisible();
  await member.goto("/priorisation");
  await expect(member.locator('section[data-column="Signalé"]').getByRole("link", { name: fresh })).toBeVisible();

  // The same member imports data items from a workbook.
  const item = `Date de fin de formation ${stamp}`;
  await member.goto("/catalogue/importer");
  // The DSFR draws the box on the label, which covers the native input: the click lands on the label (force).
  await member.getByRole("radio", { name: "des données" }).check({ force: true });
  const xlsx = minimalXlsx([
    ["Nom", "Définition", "Détenteur", "Disponibilité", "Effort", "API"],
    [
      item,
      "Date à laquelle le stagiaire a terminé l'action de formation.",
      "Organisme de formation",
      "Inexistante",
      3,
      "",
    ],
    [
      `Donnée sans effort ${stamp}`,
      "Une donnée dont l'effort n'est pas un nombre.",
      "Quelqu'un",
      "En cours",
      "beaucoup",
      "",
    ],
  ]);
  await member.getByLabel("Fichier CSV ou XLSX").setInputFiles({
    name: "donnees.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(xlsx),
  });
  await member.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(
    member.getByRole("status").filter({ hasText: "2 lignes lues : 1 nouvelle, 0 doublon, 1 en erreur." }),
  ).toBeVisible();
  await expect(member.getByText("Erreur : Effort : un nombre entier de 1 à 5.")).toBeVisible();
  await member.getByRole("button", { name: "Importer 1 ligne" }).click();
  await expect(member.getByRole("heading", { name: "Import terminé : 1 donnée créée" })).toBeVisible();
  await member.goto(`/donnees?q=${stamp}`);
  await expect(member.getByRole("link", { name: item })).toBeVisible();

  // A file that is not a workbook is refused with a French message.
  await member.goto("/catalogue/importer");
  await member
    .getByLabel("Fichier CSV ou XLSX")
    .setInputFiles({ name: "faux.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("pas un classeur") });
  await member.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(
    member.getByRole("alert").filter({ hasText: "Le fichier n'est pas un classeur XLSX lisible" }),
  ).toBeVisible();
});

test("a member fills their own organisation's row of « qui utilise quelle API », seen on the API's page; the public cannot see it", async ({
  browser,
  page,
}) => {
  await page.goto("/api-publiques/usages");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fapi-publiques%2Fusages/);
  await page.goto("/api-publiques/api-particulier");
  await expect(page.getByText("Réservé aux membres du groupe")).toBeVisible();

  const member = await signedInPage(browser, MEMBER_EMAIL);
  await member.goto("/api-publiques");
  await member.getByRole("link", { name: "Qui utilise quelle API (membres)" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Qui utilise quelle API" })).toBeVisible();
  await expectAccessible(member);
  // A member fills only their own row.
  await expect(member.getByRole("heading", { name: "Renseigner la ligne de Région Normandie" })).toBeVisible();
  await expect(member.getByLabel("Organisation (administrateurs : toutes les lignes)")).toHaveCount(0);
  await member.getByLabel("État pour « API Particulier »").selectOption({ label: "Utilise" });
  await member.getByLabel("Note pour « API Particulier » (facultatif)").fill("Quotient familial pour l'aide régionale");
  await member.getByRole("button", { name: "Enregistrer l'état de API Particulier" }).click();
  await expect(member.getByText("Enregistré.")).toBeVisible();
  const matrix = member.getByRole("table", { name: /Usage des API publiques par organisation/ });
  const row = matrix.getByRole("row", { name: /^Région Normandie/ });
  await expect(row.getByText("Utilise")).toBeVisible();
  await expect(row.getByText("Quotient familial pour l'aide régionale")).toBeVisible();
  await expect(row.getByText(/par Inès Benali/)).toBeVisible();

  // Phone width: the table scrolls inside its own focusable region, the page stays accessible.
  await member.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(member);

  await member.goto("/api-publiques/api-particulier");
  const users = member.getByRole("region", { name: "Organisations du groupe qui l'utilisent" });
  await expect(users.getByText(/Région Normandie : utilise — Quotient familial pour l'aide régionale/)).toBeVisible();
  await users.getByRole("link", { name: "Voir qui utilise quoi et renseigner votre organisation" }).click();
  await expect(member).toHaveURL(/\/api-publiques\/usages$/);
});
