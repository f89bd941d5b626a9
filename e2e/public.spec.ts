import { test, expect, expectAccessible } from "./fixtures.ts";

const PUBLIC_PAGES = [
  { path: "/", heading: "Ne demander qu'une fois ce que les administrations savent déjà" },
  { path: "/cas-usage", heading: "Cas d'usage publiés" },
  { path: "/cas-usage/formation-financee", heading: "Formation financée : ne demander qu'une fois ce qui est déjà connu" },
  { path: "/cas-usage?parcours=EMPLOYEUR&acteur=OPCO&api=api-entreprise", heading: "Cas d'usage publiés" },
  { path: "/irritants", heading: "Irritants" },
  { path: "/irritants?categorie=JUSTIFICATIF&parcours=PARTICULIER&q=salaire", heading: "Irritants" },
  { path: "/irritants/douze-bulletins-de-salaire", heading: "Douze bulletins de salaire au lieu de trois données" },
  { path: "/donnees", heading: "Données" },
  { path: "/donnees/certification-qualiopi", heading: "Certification Qualiopi" },
  { path: "/api-publiques", heading: "API publiques" },
  { path: "/api-publiques/api-entreprise", heading: "API Entreprise" },
  { path: "/dispositifs", heading: "Dispositifs de financement" },
  { path: "/dispositifs/aide-regionale-formation", heading: "Aides régionales à la formation" },
  { path: "/irritants/douze-bulletins-de-salaire/historique", heading: "Historique de « Douze bulletins de salaire au lieu de trois données »" },
  { path: "/priorisation", heading: "Priorisation des données" },
  { path: "/demonstrateur", heading: "Démonstrateur « Dites-le-nous une fois »" },
  { path: "/accessibilite", heading: "Déclaration d'accessibilité" },
  { path: "/donnees-personnelles", heading: "Données personnelles" },
  { path: "/connexion", heading: "Connexion" },
  { path: "/dev/mailbox", heading: "Boîte de réception de démonstration" },
];

for (const { path, heading } of PUBLIC_PAGES) {
  test(`${path} is in French, secured and accessible`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    // The suite's server is `npm start`'s server.ts with DEMO_MODE=1: the banner says it is a production server in demo mode.
    await expect(page.getByText("Mode démonstration sur un serveur de production", { exact: true })).toBeVisible();
    const headers = response!.headers();
    // Published sheets are static pages served to everyone (ADR 0010); every other page gets a nonce per request.
    if (/^\/cas-usage\/[^/?]+$/.test(path)) expect(headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'; script-src-attr 'none'");
    else expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    await expectAccessible(page);
  });
}

test("the published « Formation financée » sheet is listed with its three paths, drafts are not", async ({ page }) => {
  await page.goto("/cas-usage");
  const sheet = page.getByRole("listitem").filter({ hasText: "Formation financée" });
  await expect(sheet.getByText("Demande portée par le particulier")).toBeVisible();
  await expect(sheet.getByText("Demande portée par l'employeur")).toBeVisible();
  await expect(sheet.getByText("Demande portée par l'organisme de formation")).toBeVisible();
  await expect(page.getByText("Un dossier de formation partagé entre financeurs")).toHaveCount(0);
});

test("health reports the embedded database and its migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "pglite", migrations: expect.any(Number) });
});

test("the irritant catalogue filters by text and links each irritant to its data and to the demonstrator", async ({ page }) => {
  await page.goto("/irritants");
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("bulletins");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 irritant" })).toBeVisible();
  await page.getByRole("link", { name: "Douze bulletins de salaire au lieu de trois données" }).click();
  await expect(page.getByRole("link", { name: "Formation financée : ne demander qu'une fois ce qui est déjà connu" })).toBeVisible();
  await page.getByRole("link", { name: "Salaire brut mensuel sur 12 mois" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Salaire brut mensuel sur 12 mois" })).toBeVisible();
  await expect(page.getByText("Hypothétique")).toBeVisible();
  await expectAccessible(page);
});

test("the footer links to the personal-data page, which states the purge's durations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Données personnelles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Données personnelles" })).toBeVisible();
  const row = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row("E-mails du mode démonstration")).toContainText("Supprimés au bout de 7 jours");
  await expect(row("Retour public sur une fiche")).toContainText("effacée au bout de 1 an");
  await expect(row("Journal d'audit")).toContainText("effacés au bout de 1 an");
  await expect(row("Invitation")).toContainText("supprimée 1 mois après son expiration");
});
