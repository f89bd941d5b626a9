import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, signedInPage, ADMIN_EMAIL, MEMBER_EMAIL } from "./fixtures.ts";

const MENTIONED_EMAIL = "hugo.martin@dgefp.example.org";
const ITEM_PATH = "/donnees/primes-12-mois";
const ITEM_NAME = "Primes et éléments variables sur 12 mois";

const discussion = (page: Page) => page.getByRole("region", { name: /^Discussion/ });
const commentWith = (page: Page, text: string) => discussion(page).getByRole("listitem").filter({ hasText: text });

test("members discuss a data item: @mention notified, own comment edited with its history and deleted, an admin hides one, and an anonymous visitor sees it all arrive live", async ({
  browser,
}) => {
  const stamp = Date.now();
  const first = `Les primes sont-elles dans la DSN mensuelle ${stamp} ? @Hugo Martin`;
  const edited = `Les primes exceptionnelles sont-elles dans la DSN mensuelle ${stamp} ? @Hugo Martin`;
  const regretted = `Message posté trop vite ${stamp}`;

  // A visitor who is not signed in follows the thread.
  const watcher = await (await browser.newContext()).newPage();
  await watcher.goto(ITEM_PATH);
  await expect(discussion(watcher)).toHaveAttribute("data-live-status", "live");
  await expect(discussion(watcher).getByRole("link", { name: "Connectez-vous" })).toBeVisible();
  await expectAccessible(watcher);

  const member = await signedInPage(browser, MEMBER_EMAIL);
  await member.goto(ITEM_PATH);
  await expect(discussion(member)).toHaveAttribute("data-live-status", "live");
  // Too short: a French message under the field, nothing published.
  await member.getByLabel("Votre commentaire").fill("x");
  await member.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(discussion(member).getByText("Le commentaire : au moins 2 caractères.")).toBeVisible();
  await expect(member.getByLabel("Votre commentaire")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(member);
  await member.getByLabel("Votre commentaire").fill(first);
  await member.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(commentWith(member, first).getByText("envoi en cours…")).toHaveCount(0);
  await expect(commentWith(member, first)).toBeVisible();
  await expect(commentWith(watcher, first)).toBeVisible();

  // The mentioned member is notified and the link leads to the comment.
  const mentioned = await signedInPage(browser, MENTIONED_EMAIL);
  await mentioned.goto("/notifications");
  await mentioned
    .getByRole("link", { name: `Inès Benali vous mentionne : ${ITEM_NAME}` })
    .first()
    .click();
  await expect(mentioned).toHaveURL(new RegExp(`${ITEM_PATH}#commentaire-`));
  await expect(commentWith(mentioned, first)).toBeVisible();
  // Only the author may edit or delete.
  await expect(commentWith(mentioned, first).getByRole("button", { name: "Modifier ce commentaire" })).toHaveCount(0);

  // The author edits: « modifié », and the previous version stays readable.
  await commentWith(member, first).getByRole("button", { name: "Modifier ce commentaire" }).click();
  await member.getByLabel("Modifier votre commentaire").fill(edited);
  await member.getByRole("button", { name: "Enregistrer la modification" }).click();
  const editedComment = commentWith(member, edited);
  await expect(editedComment.getByText("modifié", { exact: true })).toBeVisible();
  await editedComment.getByText("Versions précédentes (1)").click();
  await expect(editedComment.getByText(first.replace(" @Hugo Martin", ""), { exact: false })).toBeVisible();
  await expectAccessible(member);
  await expect(commentWith(watcher, edited)).toBeVisible();

  // The author deletes another comment: a placeholder stays.
  await member.getByLabel("Votre commentaire").fill(regretted);
  await member.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(commentWith(watcher, regretted)).toBeVisible();
  await commentWith(member, regretted).getByRole("button", { name: "Supprimer ce commentaire" }).click();
  await member.getByRole("button", { name: "Confirmer la suppression" }).click();
  await expect(discussion(member).getByText(regretted)).toHaveCount(0);
  await expect(discussion(member).getByText("Commentaire supprimé par son auteur")).toHaveCount(1);
  await expect(discussion(watcher).getByText(regretted)).toHaveCount(0);
  await expect(discussion(watcher).getByText("Commentaire supprimé par son auteur")).toHaveCount(1);

  // An admin hides the edited comment with a reason.
  const admin = await signedInPage(browser, ADMIN_EMAIL);
  await admin.goto(ITEM_PATH);
  await commentWith(admin, edited).getByRole("button", { name: "Masquer ce commentaire" }).click();
  await admin.getByRole("button", { name: "Masquer le commentaire" }).click();
  await expect(admin.getByText("Motif : au moins 3 caractères.")).toBeVisible();
  await admin.getByLabel("Motif de la modération").fill("Question à poser au GIP-MDS, pas ici");
  await admin.getByRole("button", { name: "Masquer le commentaire" }).click();
  await expect(discussion(admin).getByText("Masqué par la modération")).toBeVisible();
  await expect(discussion(admin).getByRole("button", { name: "Rétablir ce commentaire" })).toBeVisible();
  await expectAccessible(admin);
  await expect(discussion(watcher).getByText("Masqué par la modération")).toBeVisible();
  await expect(discussion(watcher).getByText(edited)).toHaveCount(0);
  await expect(discussion(member).getByText("Motif : Question à poser au GIP-MDS, pas ici")).toBeVisible();
  await expectAccessible(watcher);
  for (const page of [watcher, member, mentioned, admin]) await page.context().close();
});
