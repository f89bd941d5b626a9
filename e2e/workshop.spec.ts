import type { Browser, Page } from "@playwright/test";
import {
  test,
  expect,
  expectAccessible,
  latestSignInLink,
  signedInPage,
  ADMIN_EMAIL,
  MEMBER_EMAIL,
} from "./fixtures.ts";

const OTHER_EMAIL = "hugo.martin@dgefp.example.org";
const PHONE = { width: 390, height: 844 };

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** Scanning the QR code while signed out: sign-in first, then back to the session (membership checked at sign-in). */
async function joinByQrCode(page: Page, joinUrl: string, email: string) {
  await page.goto(joinUrl);
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=/);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  await page.goto(await latestSignInLink(page, email));
  await expect(page).toHaveURL(joinUrl);
}

test("a live workshop: collect → vote → reveal → decisions → minutes, on a projector, a facilitator console and two phones", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Atelier justificatifs ${Date.now()}`;

  // The facilitator prepares and opens the session.
  const facilitator = await signedInPage(browser, ADMIN_EMAIL);
  await facilitator.goto("/ateliers");
  await expectAccessible(facilitator);
  await facilitator.getByLabel("Titre").fill(title);
  await facilitator.getByRole("button", { name: "Créer l'atelier" }).click();
  await expect(facilitator.getByRole("heading", { name: `Animation : ${title}` })).toBeVisible();
  await expectAccessible(facilitator);
  await facilitator.getByRole("button", { name: "Ouvrir l'atelier" }).click();
  await expect(facilitator.getByRole("heading", { name: /Étape 1 \/ 3 : Collecte/ })).toBeVisible();
  const workshopUrl = facilitator.url().replace(/\/animation$/, "");

  // The projection (its own browser), with the QR code.
  const projection = await signedInPage(browser, ADMIN_EMAIL);
  await projection.goto(`${workshopUrl}/projection`);
  await expect(projection.getByTestId("etape")).toHaveText("Étape 1 sur 3 : Collecte");
  await expect(projection.locator("aside svg")).toBeVisible();
  await expect(projection.getByText(workshopUrl, { exact: true })).toBeVisible();
  await expect(projection.getByRole("button", { name: /Étape suivante/ })).toHaveAttribute(
    "aria-keyshortcuts",
    "ArrowRight N",
  );
  await expectAccessible(projection);

  // Two participants on phones: one scans the code while signed out, the other is already signed in.
  const ines = await phone(browser);
  await joinByQrCode(ines, workshopUrl, MEMBER_EMAIL);
  const hugo = await phone(browser);
  await hugo.goto("/connexion");
  await hugo.getByLabel("Adresse e-mail").fill(OTHER_EMAIL);
  await hugo.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(hugo.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  await hugo.goto(await latestSignInLink(hugo, OTHER_EMAIL));
  await hugo.goto(workshopUrl);
  for (const participant of [ines, hugo]) {
    await participant.getByRole("button", { name: "Rejoindre l'atelier" }).click();
    await expect(participant.getByLabel("Votre note")).toBeVisible();
  }
  await expectAccessible(ines);
  await expect(projection.getByText("2 participants")).toBeVisible();

  // Collect: notes reach the projection live; an empty note is refused in French.
  await ines.getByRole("button", { name: "Envoyer la note" }).click();
  await expect(ines.getByRole("alert").filter({ hasText: "Une note" })).toHaveText(
    "Une note fait au moins 3 caractères.",
  );
  const notes = {
    ines: `Justificatif de domicile redemandé ${Date.now()}`,
    hugo: `Encore le justificatif de domicile ${Date.now()}`,
  };
  await ines.getByLabel("Votre note").fill(notes.ines);
  await ines.getByRole("button", { name: "Envoyer la note" }).click();
  await expect(ines.getByTestId("envoi")).toHaveText("Note reçue.");
  await hugo.getByLabel("Votre note").fill(notes.hugo);
  await hugo.getByRole("button", { name: "Envoyer la note" }).click();
  await expect(projection.getByText(notes.ines)).toBeVisible();
  await expect(projection.getByText(notes.hugo)).toBeVisible();
  await expect(projection.getByTestId("nombre-notes")).toHaveText("2");

  // The facilitator groups the duplicate and turns the note into an irritant.
  const inesNote = facilitator.locator(`li[data-note="${notes.ines}"]`);
  const hugoNote = facilitator.locator(`li[data-note="${notes.hugo}"]`);
  await hugoNote.getByLabel("Doublon de").selectOption({ label: notes.ines.slice(0, 60) });
  await hugoNote.getByRole("button", { name: /Regrouper/ }).click();
  await expect(projection.getByText("+ 1 similaire")).toBeVisible();
  await inesNote.getByLabel("Catégorie de l'irritant").selectOption("JUSTIFICATIF");
  await inesNote.getByRole("button", { name: /Créer l'irritant/ }).click();
  await expect(facilitator.getByText("Irritant créé : sa carte est dans « Signalé ».")).toBeVisible();
  await expect(projection.getByText("Devenue un irritant du catalogue")).toBeVisible();
  await expectAccessible(facilitator);

  // The facilitator drives the projection from the keyboard: next step, the timer runs on every screen.
  await projection.keyboard.press("ArrowRight");
  await expect(projection.getByTestId("etape")).toHaveText("Étape 2 sur 3 : Vote");
  await expect(ines.getByTestId("etape")).toHaveText("Étape 2 / 3 : Vote");
  await expect(hugo.getByTestId("etape")).toHaveText("Étape 2 / 3 : Vote");
  await expect(projection.getByTestId("etat-minuteur")).toHaveText("En cours");
  await projection.keyboard.press("Space");
  await expect(projection.getByTestId("etat-minuteur")).toHaveText("En pause");
  await expect(ines.getByTestId("etat-minuteur")).toHaveText("En pause");
  const paused = await projection.getByTestId("minuteur").textContent();
  await expect(ines.getByTestId("minuteur")).toHaveText(paused!);

  // Vote: the facilitator opens it on the new irritant's card and another one.
  await facilitator.getByRole("checkbox", { name: new RegExp(notes.ines.slice(0, 30)) }).check();
  await facilitator.locator('input[type="checkbox"]').nth(1).check();
  await facilitator.getByRole("button", { name: "Ouvrir le vote" }).click();
  await expect(projection.getByText("Résultats masqués jusqu'au dévoilement.")).toBeVisible();
  for (const participant of [ines, hugo]) {
    await participant
      .getByRole("button", { name: new RegExp(`Ajouter un point à « ${notes.ines.slice(0, 20)}`) })
      .click();
    await expect(participant.getByText(/Vote enregistré/)).toBeVisible();
  }
  await expectAccessible(hugo);
  await expect(projection.getByTestId("participation")).toHaveText("2 votants sur 2 participants");
  await expectAccessible(projection);

  // Reveal by keyboard: the chart appears on the projection and the phones.
  await projection.keyboard.press("r");
  await expect(projection.getByRole("list", { name: "Résultats du vote" })).toBeVisible();
  await expect(projection.getByRole("list", { name: "Résultats du vote" }).getByText("2 points")).toBeVisible();
  await expect(ines.getByRole("list", { name: "Résultats du vote" })).toBeVisible();
  await expectAccessible(projection);

  // Decisions: recorded on the console, shown on the projection and the phones.
  await projection.keyboard.press("n");
  await expect(projection.getByTestId("etape")).toHaveText("Étape 3 sur 3 : Décisions");
  await facilitator.getByLabel("Texte").fill("Traiter le justificatif de domicile en priorité");
  await facilitator.getByLabel("Se rapporte à (facultatif)").selectOption({ label: notes.ines });
  await facilitator.getByRole("button", { name: "Enregistrer" }).click();
  await expect(facilitator.getByText("Enregistré : visible sur la projection.")).toBeVisible();
  await facilitator.getByRole("radio", { name: "Action" }).check();
  await facilitator.getByLabel("Texte").fill("Écrire à la CNAF au sujet de l'attestation");
  await facilitator.getByLabel("Responsable").selectOption({ label: "Inès Benali" });
  await facilitator.getByLabel("Échéance").fill("2031-05-20");
  await facilitator.getByRole("button", { name: "Enregistrer" }).click();
  await expect(projection.getByText("Traiter le justificatif de domicile en priorité")).toBeVisible();
  await expect(projection.getByText(/Écrire à la CNAF au sujet de l'attestation/)).toBeVisible();
  await expect(ines.getByText(/Écrire à la CNAF au sujet de l'attestation/)).toBeVisible();
  await expectAccessible(ines);
  await expectAccessible(projection);

  // Close: minutes as a page, in Markdown, by e-mail; the action is on its owner's dashboard.
  await facilitator.getByRole("button", { name: "Clore l'atelier et envoyer le compte rendu" }).click();
  await expect(facilitator.getByRole("link", { name: "Compte rendu" })).toBeVisible();
  await expect(ines.getByRole("link", { name: "Lire le compte rendu" })).toBeVisible();
  await ines.getByRole("link", { name: "Lire le compte rendu" }).click();
  await expect(ines.getByRole("heading", { name: `Compte rendu : ${title}` })).toBeVisible();
  await expect(ines.getByText("2 participants.")).toBeVisible();
  await expect(ines.getByRole("cell", { name: "Écrire à la CNAF au sujet de l'attestation" })).toBeVisible();
  await expectAccessible(ines);
  const markdown = await ines.request.get(`${workshopUrl}/compte-rendu/markdown`);
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  expect(await markdown.text()).toContain("| Écrire à la CNAF au sujet de l'attestation | Inès Benali | 20 mai 2031 |");
  const mails = await ines.request.get(`/api/dev/mailbox?to=${encodeURIComponent(MEMBER_EMAIL)}&limit=5`);
  expect(
    ((await mails.json()) as { mails: { subject: string }[] }).mails.some(
      (mail) => mail.subject === `[Atelier EFOP] Compte rendu : ${title}`,
    ),
  ).toBe(true);
  await ines.goto("/");
  await expect(ines.getByRole("heading", { name: "Mes actions d'atelier" })).toBeVisible();
  await expect(ines.getByText(/Écrire à la CNAF au sujet de l'attestation/)).toBeVisible();
  await expectAccessible(ines);
});
