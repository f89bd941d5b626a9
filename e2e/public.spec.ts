import { test, expect, expectAccessible } from "./fixtures.ts";

const PUBLIC_PAGES = [
  { path: "/", heading: "Ne demander qu'une fois ce que les administrations savent déjà" },
  { path: "/cas-usage", heading: "Cas d'usage publiés" },
  {
    path: "/cas-usage/formation-financee",
    heading: "Formation financée : ne demander qu'une fois ce qui est déjà connu",
  },
  {
    path: "/cas-usage/aides-vie-quotidienne-stagiaires",
    heading: "Distinguer financement de la formation et aides à la vie quotidienne",
  },
  { path: "/cas-usage?parcours=EMPLOYEUR&acteur=OPCO&api=api-entreprise", heading: "Cas d'usage publiés" },
  { path: "/irritants", heading: "Irritants" },
  { path: "/irritants?categorie=JUSTIFICATIF&parcours=PARTICULIER&q=salaire", heading: "Irritants" },
  {
    path: "/irritants/douze-bulletins-de-salaire",
    heading: "Douze bulletins de salaire au lieu de quelques données essentielles",
  },
  { path: "/donnees", heading: "Données" },
  { path: "/donnees/certification-qualiopi", heading: "Certification Qualiopi" },
  { path: "/api-publiques", heading: "API publiques" },
  { path: "/api-publiques/api-entreprise", heading: "API Entreprise" },
  { path: "/dispositifs", heading: "Dispositifs de financement" },
  { path: "/dispositifs/aide-regionale-formation", heading: "Aides régionales à la formation" },
  {
    path: "/irritants/douze-bulletins-de-salaire/historique",
    heading: "Historique de « Douze bulletins de salaire au lieu de quelques données essentielles »",
  },
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
    // The suite's server is `npm start`'s server.ts with DEMO_MODE=1: the banner says it is a production server in demo
    // mode.
    await expect(page.getByText("Mode démonstration sur un serveur de production", { exact: true })).toBeVisible();
    const headers = response!.headers();
    // Published sheets are static pages served to everyone (ADR 0010); every other page gets a nonce per request.
    if (/^\/cas-usage\/[^/?]+$/.test(path))
      expect(headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'; script-src-attr 'none'");
    else expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    await expectAccessible(page);
    await expectAccessible(page, { theme: "dark" });
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

test("an irritant names its source and quotes the workshop report verbatim", async ({ page }) => {
  await page.goto("/irritants/douze-bulletins-de-salaire");
  await expect(
    page.getByText(
      "Source : Compte rendu de l'atelier du groupe Data EFOP du 23 septembre 2025 (publié le 6 novembre 2025).",
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      "« Consulter douze bulletins de salaire, c’est ingérable ! On a besoin d’API simples qui extraient seulement les infos utiles. »",
    ),
  ).toBeVisible();
});

test("the seeded vote is labelled as a demonstration wherever its results show", async ({ page, request }) => {
  const title = "Premier tour : les données à intégrer en premier";
  await page.goto("/priorisation/scrutins");
  const listed = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(listed.getByText("Scrutin de démonstration", { exact: true })).toBeVisible();
  await listed.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("scrutin-demonstration")).toContainText("les votes sont fictifs");
  await expectAccessible(page);
  const roundId = new URL(page.url()).pathname.split("/").at(-1)!;

  // Other specs close rounds of their own: ask the matrix for this one.
  await page.goto(`/priorisation/matrice?scrutin=${roundId}`);
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(page.getByTestId("scrutin-demonstration")).toBeVisible();
  await expectAccessible(page);

  const csv = await (await request.get(`/api/rounds/${roundId}/results.csv`)).text();
  expect(csv.replace(/^\uFEFF/, "").split("\n")[0]).toMatch(/^"?Scrutin de démonstration : les votes sont fictifs/);
  const priorities = await (await request.get("/api/public/v1/priorities")).json();
  expect(priorities.data.find((round: { id: string }) => round.id === roundId)).toMatchObject({
    title,
    demonstration: true,
  });
});

test("health reports the embedded database and its migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "pglite", migrations: expect.any(Number) });
});

test("the irritant catalogue filters by text and links each irritant to its data and to the demonstrator", async ({
  page,
}) => {
  await page.goto("/irritants");
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("bulletins");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 irritant" })).toBeVisible();
  await page.getByRole("link", { name: "Douze bulletins de salaire au lieu de quelques données essentielles" }).click();
  await expect(
    page.getByRole("link", { name: "Formation financée : ne demander qu'une fois ce qui est déjà connu" }),
  ).toBeVisible();
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
