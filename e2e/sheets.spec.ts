import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, signedInPage as memberPage, ADMIN_EMAIL, MEMBER_EMAIL } from "./fixtures.ts";

const REVIEWER_EMAIL = "hugo.martin@dgefp.example.org";
const OTHER_EMAIL = "lea.moreau@opco-ep.example.org";

async function createSheet(page: Page, title: string) {
  await page.goto("/fiches");
  await expectAccessible(page);
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Description courte").fill("Une fiche écrite par le test de bout en bout.");
  await page.getByRole("button", { name: "Créer la fiche" }).click();
  await expect(page.getByRole("heading", { name: `Modifier « ${title} »` })).toBeVisible();
}

async function saveEditor(page: Page) {
  await page.getByRole("button", { name: "Enregistrer une nouvelle version" }).click();
  await expect(page.getByRole("navigation", { name: "Actions sur la fiche" })).toBeVisible();
}

/** Presses Tab until the target has the focus: the editor is usable without a mouse. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>) {
  for (let presses = 0; presses < 150; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("élément jamais atteint au clavier");
}

test("write, review, publish, read publicly and moderate feedback", async ({ browser, page }) => {
  const title = `Aide régionale au permis ${Date.now()}`;
  const author = await memberPage(browser, MEMBER_EMAIL);
  await createSheet(author, title);
  await expectAccessible(author);
  await author
    .getByRole("textbox", { name: "Le problème à résoudre", exact: true })
    .fill("Les usagers joignent **douze bulletins** de salaire.");
  await expect(author.getByRole("region", { name: "Aperçu : Le problème à résoudre" }).locator("strong")).toHaveText(
    "douze bulletins",
  );
  // The DSFR draws the box on the label, which covers the native input: the click lands on the label (force).
  await author.getByRole("checkbox", { name: "Ce parcours concerne la fiche" }).first().check({ force: true });
  await author.getByRole("textbox", { name: "Qui porte la demande", exact: true }).fill("La personne elle-même.");
  await author.getByLabel("Message de version (facultatif)").fill("Premier jet");
  await saveEditor(author);
  await expectAccessible(author);
  await author.getByRole("button", { name: "Demander une relecture" }).click();
  await expect(author.getByText("En relecture", { exact: true })).toBeVisible();

  const reviewer = await memberPage(browser, REVIEWER_EMAIL);
  await reviewer.goto("/notifications");
  await expect(reviewer.getByRole("link", { name: `Relecture demandée : ${title}` })).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.getByRole("link", { name: `Relecture demandée : ${title}` }).click();
  await reviewer.getByLabel(/Commentaire de relecture/).fill("Clair et utile.");
  await reviewer.getByRole("button", { name: "Approuver" }).click();
  await expect(reviewer.getByText("Clair et utile.")).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Publier", exact: true })).toHaveCount(0);
  const slug = new URL(reviewer.url()).pathname.split("/")[2];

  const admin = await memberPage(browser, ADMIN_EMAIL);
  await admin.goto(`/fiches/${slug}`);
  await admin.getByRole("button", { name: "Publier", exact: true }).click();
  await expect(admin.getByText("Publié", { exact: true })).toBeVisible();

  // The anonymous public reads it and sends feedback.
  await page.goto("/cas-usage");
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("permis");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("douze bulletins")).toBeVisible();
  await expect(page.getByText(/Dernière mise à jour/)).toBeVisible();
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(title);
  await expectAccessible(page);
  await page.getByLabel("Partie concernée").selectOption({ label: "Le problème à résoudre" });
  await page.getByLabel(/Votre retour/).fill("Et les [attestations employeur](https://exemple.fr) ?");
  await page.getByLabel(/Nom \(facultatif/).fill("Lucie");
  await page.getByRole("button", { name: "Envoyer mon retour" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Merci !" })).toBeVisible();
  await expect(page.getByText("Aucun retour publié pour l'instant.")).toBeVisible();

  await admin.goto("/notifications");
  await admin.goto(`/fiches/${slug}#retours`);
  const feedback = admin.getByRole("listitem").filter({ hasText: "attestations employeur" });
  await expect(feedback.getByText("En attente")).toBeVisible();
  await expectAccessible(admin);
  await feedback.getByRole("button", { name: "Approuver (publier)" }).click();
  await expect(feedback.getByText("Approuvé (public)")).toBeVisible();

  await page.reload();
  const link = page.getByRole("link", { name: "attestations employeur" });
  await expect(link).toHaveAttribute("rel", "noopener nofollow ugc");

  // Hostile Markdown from the public (it made this page answer 500 for everyone):
  // shown as plain text under a note, the rest of the page and its moderation intact.
  for (const [marker, message] of [
    ["citations-imbriquees", `citations-imbriquees\n\n${">".repeat(4_900)} x`],
    ["listes-imbriquees", `listes-imbriquees\n\n${"- ".repeat(2_400)}x`],
  ]) {
    const sent = await page.request.post(`/api/public/v1/use-cases/${slug}/feedback`, {
      data: { section: "general", message },
    });
    expect(sent.status(), marker).toBe(201);
  }
  // Without the fragment: the admin is already on /fiches/<slug>#retours, and a fragment alone does not reload.
  const workspace = await admin.goto(`/fiches/${slug}`);
  expect(workspace?.status()).toBe(200);
  for (const marker of ["citations-imbriquees", "listes-imbriquees"]) {
    const hostile = admin
      .getByRole("listitem")
      .filter({ hasText: marker })
      .filter({ hasText: "affiché en texte brut" });
    await expect(hostile.getByRole("button", { name: "Approuver (publier)" })).toBeVisible();
  }
  const quotes = admin.getByRole("listitem").filter({ hasText: "citations-imbriquees" });
  await quotes.getByRole("button", { name: "Approuver (publier)" }).click();
  await expect(quotes.getByText("Approuvé (public)")).toBeVisible();
  const hostilePublic = await page.goto(`/cas-usage/${slug}`);
  expect(hostilePublic?.status()).toBe(200);
  await expect(page.getByText("affiché en texte brut")).toBeVisible();
  await expect(page.getByRole("link", { name: "attestations employeur" })).toBeVisible();

  await author.goto("/notifications");
  await expect(author.getByRole("link", { name: `Fiche publiée : ${title}` })).toBeVisible();

  // The public page is rendered once for everyone (ADR 0010): a member still finds their account links there.
  await admin.goto(`/cas-usage/${slug}`);
  await expect(admin.getByText(/Connecté·e :/).first()).toBeVisible();
  await expect(admin.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expectAccessible(admin);

  // Archiving takes it off the public site at once, cached page included.
  await admin.goto(`/fiches/${slug}`);
  await admin.getByRole("button", { name: "Archiver" }).click();
  await admin
    .getByRole("dialog", { name: "Archiver cette fiche ?" })
    .getByRole("button", { name: "Archiver la fiche" })
    .click();
  await expect(admin.getByText("Archivé", { exact: true })).toBeVisible();
  const gone = await page.goto(`/cas-usage/${slug}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();

  // Un-archiving says what it does, and does not republish the old version.
  await admin.getByRole("button", { name: "Désarchiver…" }).click();
  await expect(admin.getByText(/ne redevient pas publique/)).toBeVisible();
  await admin.getByRole("button", { name: "Confirmer : remettre en brouillon" }).click();
  await expect(
    admin.getByRole("status").filter({ hasText: /Fiche désarchivée : brouillon sur la version \d+, non publiée/ }),
  ).toBeVisible();
  await expect(admin.getByText("Brouillon", { exact: true })).toBeVisible();
  await expect(admin.getByRole("link", { name: /Page publique/ })).toHaveCount(0);
  const stillGone = await page.goto(`/cas-usage/${slug}`);
  expect(stillGone?.status()).toBe(404);
});

test("compare two revisions word by word and restore the older one", async ({ browser }) => {
  const author = await memberPage(browser, MEMBER_EMAIL);
  await createSheet(author, `Comparaison ${Date.now()}`);
  await author.getByRole("textbox", { name: "L'ambition", exact: true }).fill("Ne plus demander le RIB papier.");
  await saveEditor(author);
  await author.getByRole("link", { name: "Modifier" }).click();
  await author.getByRole("textbox", { name: "L'ambition", exact: true }).fill("Ne plus demander l'avis d'imposition.");
  await saveEditor(author);
  await author.getByRole("link", { name: "Historique et comparaison" }).click();
  await expectAccessible(author);
  await author.getByLabel("Comparer la version").selectOption("2");
  await author.getByLabel("avec la version").selectOption("3");
  await author.getByRole("button", { name: "Comparer" }).click();
  await expect(author.getByRole("heading", { name: "Version 2 → version 3" })).toBeVisible();
  await expect(author.locator("ins").filter({ hasText: "avis" })).toBeVisible();
  await expect(author.locator("del").filter({ hasText: "RIB" })).toBeVisible();
  await expectAccessible(author);

  await author.goBack();
  await author.getByRole("button", { name: "Restaurer la version 2" }).click();
  await expect(author.getByText("Version 2 restaurée en version 4.")).toBeVisible();
});

test("a save based on an old revision is refused and both versions are offered to merge", async ({ browser }) => {
  const first = await memberPage(browser, MEMBER_EMAIL);
  await createSheet(first, `Conflit ${Date.now()}`);
  const editUrl = first.url();
  const second = await memberPage(browser, OTHER_EMAIL);
  await second.goto(editUrl);

  await first.getByRole("textbox", { name: "Le public visé", exact: true }).fill("Version d'Inès");
  await saveEditor(first);

  await second.getByRole("textbox", { name: "Le public visé", exact: true }).fill("Version de Léa");
  await second.getByRole("textbox", { name: "Les acteurs impliqués", exact: true }).fill("Ajout de Léa");
  await second.getByRole("button", { name: "Enregistrer une nouvelle version" }).click();
  await expect(second.getByRole("heading", { name: "Fusionner avec la version 2" })).toBeVisible();
  const publicSection = second.getByRole("group", { name: "Le public visé" });
  await expect(publicSection.getByText("Version d'Inès")).toBeVisible();
  await expect(publicSection.getByText("Version de Léa")).toBeVisible();
  await expectAccessible(second);
  // The DSFR draws the radio on its label: the user clicks the label.
  await publicSection.getByText("Prendre la version 2", { exact: true }).click();
  await expect(publicSection.getByLabel("Prendre la version 2")).toBeChecked();
  await second.getByRole("button", { name: "Appliquer la fusion" }).click();
  await saveEditor(second);
  await expect(second.getByText("Version d'Inès")).toBeVisible();
  await expect(second.getByText("Ajout de Léa")).toBeVisible();
});

test("the editor is usable with the keyboard only and keeps a local draft across a reload", async ({ browser }) => {
  const author = await memberPage(browser, MEMBER_EMAIL);
  await createSheet(author, `Clavier ${Date.now()}`);
  const problem = author.getByRole("textbox", { name: "Le problème à résoudre", exact: true });
  await tabTo(author, problem);
  await author.keyboard.type("Texte saisi au clavier.");
  await author.waitForTimeout(600); // the draft is written 400 ms after the last keystroke
  await author.reload();
  await expect(author.getByRole("alert").filter({ hasText: "Un brouillon local" })).toBeVisible();
  const resume = author.getByRole("button", { name: "Reprendre le brouillon" });
  await tabTo(author, resume);
  await author.keyboard.press("Enter");
  await expect(problem).toHaveValue("Texte saisi au clavier.");
  const submit = author.getByRole("button", { name: "Enregistrer une nouvelle version" });
  await tabTo(author, submit);
  await author.keyboard.press("Enter");
  await expect(author.getByRole("navigation", { name: "Actions sur la fiche" })).toBeVisible();
  await expect(author.getByText("Texte saisi au clavier.")).toBeVisible();
  await expect(author.getByText(/Version 2 par Inès Benali/)).toBeVisible();
});

test("the Markdown toolbar formats the selected words, by mouse or keyboard, and undo takes it back", async ({
  browser,
}) => {
  const author = await memberPage(browser, MEMBER_EMAIL);
  await createSheet(author, `Barre d'outils ${Date.now()}`);
  const field = author.getByRole("textbox", { name: "Le problème à résoudre", exact: true });
  const toolbar = author.getByRole("toolbar", { name: "Mise en forme : Le problème à résoudre" });
  const sentence = "Les usagers joignent douze bulletins.";
  await field.fill(sentence);
  const select = (word: string) =>
    field.evaluate((element: HTMLTextAreaElement, chosen) => {
      const start = element.value.indexOf(chosen);
      element.focus();
      element.setSelectionRange(start, start + chosen.length);
    }, word);

  await select("douze");
  await toolbar.getByRole("button", { name: "Gras" }).click();
  await expect(field).toHaveValue("Les usagers joignent **douze** bulletins.");
  await expect(author.getByRole("region", { name: "Aperçu : Le problème à résoudre" }).locator("strong")).toHaveText(
    "douze",
  );
  await expectAccessible(author);
  // One undo reverts the formatting, as for anything typed.
  await field.focus();
  await author.keyboard.press("Control+z");
  await expect(field).toHaveValue(sentence);

  // The toolbar is one tab stop before the text; the arrows move between its buttons.
  await select("bulletins");
  await author.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Gras" })).toBeFocused();
  await author.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Italique" })).toBeFocused();
  await author.keyboard.press("Enter");
  await expect(field).toHaveValue("Les usagers joignent douze _bulletins_.");
  await expect(field).toBeFocused();
  // A shortcut in the text, and a list from the whole line.
  await select("usagers");
  await author.keyboard.press("Control+b");
  await toolbar.getByRole("button", { name: "Liste à puces" }).click();
  await expect(field).toHaveValue("- Les **usagers** joignent douze _bulletins_.");
});
