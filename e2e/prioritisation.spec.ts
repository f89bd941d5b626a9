import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, signedInPage, ADMIN_EMAIL, MEMBER_EMAIL } from "./fixtures.ts";

const OTHER_EMAIL = "hugo.martin@dgefp.example.org";

const column = (page: Page, name: string) => page.locator(`section[data-column="${name}"]`);

test("a member moves a card by keyboard only and another member sees it live", async ({ browser }) => {
  const mover = await signedInPage(browser, MEMBER_EMAIL);
  const watcher = await signedInPage(browser, OTHER_EMAIL);
  await watcher.goto("/priorisation");
  await expect(watcher.locator("[data-live-status=live]")).toBeVisible();

  await mover.goto("/priorisation");
  await expect(mover.locator("[data-live-status=live]")).toBeVisible();
  await expectAccessible(mover);
  const card = column(mover, "Signalé").locator("li[data-card]").first();
  const title = (await card.getAttribute("data-card"))!;
  await expect(column(watcher, "À instruire").locator(`li[data-card="${title}"]`)).toHaveCount(0);

  const handle = card.getByRole("button", { name: `Déplacer la carte « ${title} »` });
  await handle.focus();
  await mover.keyboard.press("Space");
  await expect(mover.getByText(`Carte « ${title} » saisie`)).toBeAttached();
  await mover.keyboard.press("ArrowRight");
  await expect(mover.getByText(/colonne « À instruire »/).first()).toBeAttached();
  await mover.keyboard.press("Space");

  await expect(
    mover.getByRole("status").filter({ hasText: `Carte « ${title} » déplacée dans « À instruire » et enregistrée.` }),
  ).toBeVisible();
  await expect(column(mover, "À instruire").locator(`li[data-card="${title}"]`)).toBeVisible();
  // Keyboard users keep their place: the handle has the focus again in its new column.
  await expect(
    column(mover, "À instruire").getByRole("button", { name: `Déplacer la carte « ${title} »` }),
  ).toBeFocused();
  // The other member's board follows without a reload.
  await expect(column(watcher, "À instruire").locator(`li[data-card="${title}"]`)).toBeVisible({ timeout: 5_000 });
  await expect(column(watcher, "Signalé").locator(`li[data-card="${title}"]`)).toHaveCount(0);

  // The card's history says who moved it and where.
  await mover.getByRole("link", { name: title, exact: true }).first().click();
  await expect(mover.getByRole("heading", { name: title })).toBeVisible();
  await expect(
    mover.getByText(/Inès Benali.*a déplacé la carte de « Signalé » vers « À instruire »/).first(),
  ).toBeVisible();
  await expectAccessible(mover);

  // And back, leftwards: « À instruire » has a WIP limit that repeated runs must not fill.
  await mover.goto("/priorisation");
  await column(mover, "À instruire")
    .getByRole("button", { name: `Déplacer la carte « ${title} »` })
    .focus();
  // Each key waits for its announcement, as on the way there: a key pressed before the pick-up registers is lost.
  await mover.keyboard.press("Space");
  await expect(mover.getByText(`Carte « ${title} » saisie`)).toBeAttached();
  await mover.keyboard.press("ArrowLeft");
  await expect(mover.getByText(/colonne « Signalé »/).first()).toBeAttached();
  await mover.keyboard.press("Space");
  await expect(
    mover.getByRole("status").filter({ hasText: `Carte « ${title} » déplacée dans « Signalé » et enregistrée.` }),
  ).toBeVisible();
  await expect(column(watcher, "Signalé").locator(`li[data-card="${title}"]`)).toBeVisible({ timeout: 5_000 });
});

test("an admin opens a round, a member votes by keyboard within the budget, the admin closes it and results appear", async ({
  browser,
}) => {
  const title = `Priorités du trimestre ${Date.now()}`;
  const admin = await signedInPage(browser, ADMIN_EMAIL);
  await admin.goto("/priorisation/scrutins/nouveau");
  await expectAccessible(admin);
  await admin.getByLabel("Titre", { exact: true }).fill(title);
  await admin.getByLabel("Question posée aux membres").fill("Quelles données intégrer en premier au formulaire ?");
  await admin.getByLabel("Points par membre").fill("5");
  await admin.getByLabel("Points au plus par carte").fill("3");
  // The DSFR draws the box on the label, which covers the native input: the click lands on the label (force).
  await admin.getByLabel("Toute la colonne « Disponible via API »").check({ force: true });
  await admin.getByRole("button", { name: "Créer le scrutin" }).click();
  await expect(admin.getByRole("heading", { name: title })).toBeVisible();
  const roundUrl = admin.url();
  // The admin's open page follows the round live: who voted comes with the events, without any read (ADR 0031).
  const participationReads: string[] = [];
  admin.on("request", (request) => {
    if (request.url().includes("/participation")) participationReads.push(request.url());
  });
  await expect(admin.getByText(/ · 0 votant à ce jour/)).toBeVisible();

  const member = await signedInPage(browser, MEMBER_EMAIL);
  await member.goto(roundUrl);
  await expect(member.getByText("Il vous reste 5 points sur 5.")).toBeVisible();
  await expectAccessible(member);
  const first = member.getByRole("button", { name: /^Ajouter un point à « / }).first();
  const cardTitle = (await first.getAttribute("aria-label"))!.replace(/^Ajouter un point à « (.*) »$/, "$1");
  // Voting by keyboard: the + button takes the focus and Enter adds a point.
  await first.focus();
  for (let press = 0; press < 3; press++) await member.keyboard.press("Enter");
  await expect(member.getByText("Il vous reste 2 points sur 5.")).toBeVisible();
  // The maximum per card is reached: the button is disabled, and the server would refuse anyway.
  await expect(first).toBeDisabled();
  await expect(member.getByText("Les résultats restent masqués jusqu'à la clôture", { exact: false })).toBeVisible();
  await expect(member.getByRole("status").filter({ hasText: `Vote enregistré pour « ${cardTitle} ».` })).toBeVisible();
  await expect(admin.getByText(/ · 1 votant à ce jour/)).toBeVisible();
  await expect(member.getByText(/ · 1 votant à ce jour/)).toBeVisible();
  expect(participationReads).toEqual([]);

  await admin.reload();
  // Closing asks first, in a dialog: « Annuler » leaves the round open and gives the focus back to the button.
  const closeButton = admin.getByRole("button", { name: "Clore le scrutin maintenant" });
  await closeButton.click();
  const dialog = admin.getByRole("dialog", { name: "Clore le scrutin maintenant ?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Un scrutin clos ne se rouvre pas.");
  await expectAccessible(admin);
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(dialog).toBeHidden();
  await expect(closeButton).toBeFocused();
  await admin.reload();
  await expect(admin.getByText("Scrutin clos : les résultats sont publiés.")).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Clore le scrutin maintenant" })).toBeVisible();
  // Escape closes it too, without acting; then the keyboard confirms.
  await closeButton.focus();
  await admin.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await admin.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(admin.getByRole("button", { name: "Clore le scrutin maintenant" })).toBeVisible();
  await closeButton.click();
  await dialog.getByRole("button", { name: "Clore le scrutin", exact: true }).click();
  await expect(admin.getByText("Scrutin clos : les résultats sont publiés.")).toBeVisible();
  const winner = admin.locator("tr[data-ranked]").first();
  await expect(winner).toHaveAttribute("data-ranked", cardTitle);
  await expect(winner).toContainText("3");
  await expectAccessible(admin);

  // The member's open page refreshes live: the ballot is gone and the results are there.
  await expect(member.locator("tr[data-ranked]").first()).toHaveAttribute("data-ranked", cardTitle, { timeout: 5_000 });
  await expect(member.getByText(/Participation : 1 votant/)).toBeVisible();

  const csv = await admin.request.get(
    `${new URL(roundUrl).pathname.replace("/priorisation/scrutins/", "/api/rounds/")}/results.csv`,
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`1;${cardTitle};Donnée;3;1`);

  // Anyone can read the results of the closed round, and the matrix.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(roundUrl);
  await expect(visitor.locator("tr[data-ranked]").first()).toHaveAttribute("data-ranked", cardTitle);
  await expectAccessible(visitor);
  await visitor.goto("/priorisation/matrice");
  await expect(visitor.getByRole("heading", { name: "Matrice impact / faisabilité" })).toBeVisible();
  await expectAccessible(visitor);
});

test("a round counted per organisation: two members of one organisation share its budget, and the results state the rule", async ({
  browser,
}) => {
  const title = `Une voix par organisation ${Date.now()}`;
  const admin = await signedInPage(browser, ADMIN_EMAIL);
  await admin.goto("/priorisation/scrutins/nouveau");
  await admin.getByLabel("Titre", { exact: true }).fill(title);
  await admin
    .getByLabel("Question posée aux membres")
    .fill("Quelles données intégrer en premier, organisation par organisation ?");
  await admin.getByRole("radio", { name: /^Une voix par organisation/ }).check({ force: true });
  await admin.getByLabel("Points par organisation").fill("4");
  await admin.getByLabel("Points au plus par carte").fill("3");
  await admin.getByLabel("Toute la colonne « Disponible via API »").check({ force: true });
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Créer le scrutin" }).click();
  await expect(admin.getByRole("heading", { name: title })).toBeVisible();
  await expect(admin.getByTestId("regle-scrutin")).toContainText("Une voix par organisation.");
  const roundUrl = admin.url();

  // Hugo Martin and the admin both belong to the DGEFP: Hugo gives 3 of its 4 points to the first card.
  const colleague = await signedInPage(browser, OTHER_EMAIL);
  await colleague.goto(roundUrl);
  await expect(
    colleague.getByText("Il reste 4 points à votre organisation sur 4 (vous en avez donné 0, ses autres membres 0)."),
  ).toBeVisible();
  const add = (page: Page) => page.getByRole("button", { name: /^Ajouter un point à « / });
  const cardTitle = (await add(colleague).first().getAttribute("aria-label"))!.replace(
    /^Ajouter un point à « (.*) »$/,
    "$1",
  );
  for (let click = 0; click < 3; click++) await add(colleague).first().click();
  await expect(
    colleague.getByText("Il reste 1 point à votre organisation sur 4 (vous en avez donné 3, ses autres membres 0)."),
  ).toBeVisible();
  await expect(
    colleague.getByRole("status").filter({ hasText: `Vote enregistré pour « ${cardTitle} ».` }),
  ).toBeVisible();

  await admin.reload();
  await expect(
    admin.getByText("Il reste 1 point à votre organisation sur 4 (vous en avez donné 0, ses autres membres 3)."),
  ).toBeVisible();
  await expectAccessible(admin);
  // The organisation already gave the first card its maximum: the server refuses, in French, and the ballot goes back.
  await add(admin).first().click();
  await expect(
    admin.getByRole("alert").filter({ hasText: "Votre organisation peut donner au plus 3 points à une même carte" }),
  ).toBeVisible();
  await add(admin).nth(1).click();
  await expect(
    admin.getByText("Il reste 0 point à votre organisation sur 4 (vous en avez donné 1, ses autres membres 3)."),
  ).toBeVisible();
  await expect(add(admin).nth(2)).toBeDisabled();

  await admin.getByRole("button", { name: "Clore le scrutin maintenant" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Clore le scrutin", exact: true }).click();
  await expect(admin.getByText("Scrutin clos : les résultats sont publiés.")).toBeVisible();
  await expect(admin.getByTestId("regle-decompte")).toContainText(
    "Une voix par organisation : les membres d'une même organisation se partagent un seul budget de 4 points",
  );
  await expect(admin.locator("tr[data-ranked]").first()).toHaveAttribute("data-ranked", cardTitle);
  await expect(admin.getByRole("columnheader", { name: "Voix (organisations) l'ayant soutenue" })).toBeVisible();
  await expectAccessible(admin);
  const csv = await admin.request.get(
    `${new URL(roundUrl).pathname.replace("/priorisation/scrutins/", "/api/rounds/")}/results.csv`,
  );
  expect(await csv.text()).toContain("Décompte des voix : Une voix par organisation");
});

test("the public sees the board read-only, the rounds list and no vote button", async ({ page }) => {
  await page.goto("/priorisation");
  await expect(page.getByRole("heading", { name: "Priorisation des données" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Déplacer la carte/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/priorisation/scrutins");
  await expect(page.getByRole("link", { name: "Premier tour : les données à intégrer en premier" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Irritants à lever en priorité" })).toHaveCount(0);
  await expectAccessible(page);
});
