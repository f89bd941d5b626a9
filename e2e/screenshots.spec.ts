import { expect, showTheme, test, type TTheme } from "./fixtures.ts";

// The main pages in both DSFR themes, attached to the report as test artefacts (`npx playwright show-report`).
const MAIN_PAGES = [
  { name: "accueil", path: "/", heading: "Ne demander qu'une fois ce que les administrations savent déjà" },
  { name: "fiche-publiee", path: "/cas-usage/formation-financee", heading: "Formation financée" },
  { name: "catalogue", path: "/cas-usage", heading: "Cas d'usage publiés" },
  { name: "priorisation", path: "/priorisation", heading: "Priorisation des données" },
  { name: "demonstrateur", path: "/demonstrateur", heading: "Démonstrateur « Dites-le-nous une fois »" },
];
const THEMES: TTheme[] = ["light", "dark"];

for (const { name, path, heading } of MAIN_PAGES) {
  for (const theme of THEMES) {
    test(`${path} follows the system's ${theme} theme from the first paint`, async ({ page }, testInfo) => {
      // The default scheme is the system's: the DSFR's inline script reads it before the page is painted.
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("data-fr-theme", theme);
      await testInfo.attach(`${name}-${theme}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    });
  }
}

test("the display settings switch the theme, kept for the next pages without waiting for the app's scripts", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/irritants");
  // The settings dialog opens through the DSFR's script, which marks the page once started.
  await expect(page.locator("html")).toHaveAttribute("data-fr-js");
  await page.getByRole("button", { name: "Paramètres d'affichage" }).first().click();
  const settings = page.getByRole("dialog", { name: "Paramètres d'affichage" });
  await settings.getByText("Thème sombre").click();
  await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
  // With the app's JavaScript blocked, only the inline start-up script can apply the stored theme: on a page with a
  // nonce and on a static published sheet (a policy without nonce), no flash of the light theme.
  const appScript = (url: URL) => url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js");
  await page.route(appScript, (route) => route.abort());
  for (const path of ["/demonstrateur", "/cas-usage/formation-financee"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
    await expect(page.locator("body")).toHaveCSS("background-color", "rgb(22, 22, 22)");
  }
});

test("the header marks the current section, the breadcrumb leads back to it, and the skip links reach their targets", async ({
  page,
}) => {
  await page.goto("/irritants/douze-bulletins-de-salaire/historique");
  const navigation = page.getByRole("navigation", { name: "Menu principal" });
  await expect(navigation.getByRole("link", { name: "Irritants" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.locator("[aria-current]")).toHaveCount(1);
  const breadcrumb = page.getByRole("navigation", { name: "vous êtes ici :" });
  await expect(breadcrumb.getByRole("link", { name: "Accueil" })).toHaveAttribute("href", "/");
  await expect(breadcrumb.getByRole("link", { name: "Irritants" })).toHaveAttribute("href", "/irritants");
  await expect(breadcrumb.getByRole("link", { name: /bulletins de salaire/ })).toHaveAttribute(
    "href",
    "/irritants/douze-bulletins-de-salaire",
  );
  await expect(breadcrumb.locator("[aria-current=page]")).toHaveText(/^Historique de « .+ »$/);
  await showTheme(page, "dark");
  await page.keyboard.press("Tab");
  const skipLinks = page.getByRole("navigation", { name: "Accès rapide" });
  await expect(skipLinks.getByRole("link", { name: "Contenu" })).toBeFocused();
  for (const [label, target] of [
    ["Contenu", "#contenu"],
    ["Menu", "#fr-header-main-navigation"],
    ["Pied de page", "#fr-footer"],
  ]) {
    await expect(skipLinks.getByRole("link", { name: label })).toHaveAttribute("href", target);
    await expect(page.locator(target)).toHaveCount(1);
  }
});
