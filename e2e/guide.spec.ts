import { readFile } from "node:fs/promises";
import { test, expect, expectAccessible } from "./fixtures.ts";

const GUIDE = "Guide des bonnes pratiques et des bonnes données";

test("the guide gives per scheme and path what is asked and what replaces it, with a table of contents that leads to each scheme", async ({
  page,
}) => {
  await page.goto("/guide");
  await expect(page.getByRole("heading", { level: 1, name: GUIDE })).toBeVisible();
  await expect(page.getByTestId("guide-version")).toHaveText(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  const contents = page.getByRole("navigation", { name: "Sommaire" });
  await contents.getByRole("link", { name: "Compte personnel de formation (CPF)", exact: true }).click();
  await expect(page).toHaveURL(/\/guide#dispositif-cpf$/);
  const cpf = page.locator("#dispositif-cpf");
  await expect(cpf.getByRole("heading", { level: 2, name: "Compte personnel de formation (CPF)" })).toBeInViewport();
  const individual = cpf.getByRole("table", {
    name: "Compte personnel de formation (CPF) — Demande portée par le particulier",
  });
  await expect(individual.getByRole("columnheader", { name: "Habilitation" })).toBeVisible();
  await expect(individual.getByText(/estimation du groupe/).first()).toBeVisible();
  await expectAccessible(page);
});

test("the printable guide leaves the site's header and buttons out of print, starts each scheme on a new page, and shows its version and date on the cover", async ({
  page,
}, testInfo) => {
  await page.goto("/guide/imprimer");
  await expect(page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Menu principal" })).toBeHidden();
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: GUIDE })).toBeVisible();
  await expect(page.getByText("Guide généré le")).toBeVisible();
  const breaks = await page
    .locator(".guide-scheme")
    .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks.length).toBeGreaterThan(1);
  expect(new Set(breaks)).toEqual(new Set(["page"]));
  expect(await page.locator(".guide-cover").evaluate((cover) => getComputedStyle(cover).breakAfter)).toBe("page");
  await testInfo.attach("guide-impression", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  // The same page as a PDF: several pages (cover, contents, one scheme a page at least).
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(3);
});

test("the guide downloads as Markdown", async ({ page }) => {
  await page.goto("/guide");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger en Markdown" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("guide-bonnes-pratiques-efop.md");
  const markdown = await readFile(await download.path(), "utf8");
  expect(markdown).toMatch(new RegExp(`^# ${GUIDE}\\n\\n\\*\\*Version \\d{4}-\\d{2}-\\d{2}\\.[0-9a-f]{8}\\*\\*`));
  expect(markdown).toContain("## Compte personnel de formation (CPF)");
  expect(markdown).toContain(
    "| Demandé aujourd'hui | Nature | Donnée qui le remplacerait | API publique | Habilitation | Scopes à demander | Disponibilité |",
  );
});

test("the open-data page lists every export with its schema and licence, and a CSV downloads", async ({
  page,
  request,
}) => {
  await page.goto("/donnees-ouvertes");
  await expect(page.getByRole("heading", { level: 1, name: "Données ouvertes du catalogue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Licence Ouverte / Open Licence version 2.0" })).toBeVisible();
  await expect(page.getByText(/Mise à jour/)).toBeVisible();
  await expectAccessible(page);
  for (const name of [
    "irritants",
    "donnees",
    "api",
    "dispositifs",
    "demandes",
    "demandes-donnees",
    "irritants-donnees",
    "irritants-dispositifs",
    "scopes",
  ]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${name}\\.schema\\.json`) })).toBeVisible();
  }
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /^irritants\.csv/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("irritants.csv");
  const csv = await readFile(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.subarray(3).toString("utf8")).toMatch(
    /^identifiant;titre;description;categorie;parcours;verbatims;date_creation;date_maj;url\r\n/,
  );
  expect(csv.toString("utf8")).toContain("douze-bulletins-de-salaire;");
  const dataPackage = await (await request.get("/api/public/v1/open-data/datapackage.json")).json();
  expect(dataPackage.licenses[0].name).toBe("etalab-2.0");
});
