import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { createActor } from "@/lib/test/factories.ts";
import { FEEDBACK_LIMIT_PER_HOUR, sendFeedback, ZSendFeedbackInput } from "./send-feedback.ts";
import { moderateFeedback } from "./moderate-feedback.ts";
import { getPublishedSheet } from "./get-published-sheet.ts";

const sender = () => `sender-${Math.random().toString(36).slice(2)}`;
const input = (message: string) =>
  ZSendFeedbackInput.parse({ slug: "formation-financee", section: "problem", message, authorName: "Lucie" });

beforeAll(async () => {
  if (!(await db.useCase.findUnique({ where: { slug: "formation-financee" } }))) await seedDemoContent(db);
});

describe("public feedback", () => {
  it("is stored as pending, notifies the authors, and shows publicly once approved", async () => {
    const { stored } = await sendFeedback({ input: input("Il manque le cas des intérimaires."), senderHash: sender() });
    expect(stored).toBe(true);
    const feedback = await db.feedback.findFirstOrThrow({ where: { message: "Il manque le cas des intérimaires." } });
    expect(feedback.status).toBe("PENDING");
    expect((await getPublishedSheet({ slug: "formation-financee" }))!.feedback.map((item) => item.id)).not.toContain(
      feedback.id,
    );
    expect(await db.notification.count({ where: { title: { startsWith: "Nouveau retour public" } } })).toBeGreaterThan(
      0,
    );

    await expect(
      moderateFeedback({ actor: await createActor("MEMBER"), input: { feedbackId: feedback.id, status: "APPROVED" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await moderateFeedback({
      actor: await createActor("ADMIN"),
      input: { feedbackId: feedback.id, status: "APPROVED" },
    });
    expect((await getPublishedSheet({ slug: "formation-financee" }))!.feedback.map((item) => item.id)).toContain(
      feedback.id,
    );
  });

  it("stores nothing when the honeypot is filled", async () => {
    const { stored } = await sendFeedback({
      input: { ...input("Message d'un robot publicitaire"), website: "https://spam.example" },
      senderHash: sender(),
    });
    expect(stored).toBe(false);
    expect(await db.feedback.count({ where: { message: "Message d'un robot publicitaire" } })).toBe(0);
  });

  it("limits each address per hour", async () => {
    const hash = sender();
    for (let n = 0; n < FEEDBACK_LIMIT_PER_HOUR; n++)
      await sendFeedback({ input: input(`Retour numéro ${n} de test`), senderHash: hash });
    await expect(sendFeedback({ input: input("Un retour de trop ici"), senderHash: hash })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await db.feedback.count({ where: { senderHash: hash } })).toBe(FEEDBACK_LIMIT_PER_HOUR);
  });

  it("refuses unpublished sheets and bounds its fields with French messages", async () => {
    await expect(
      sendFeedback({
        input: { ...input("Sur une fiche en brouillon"), slug: "dossier-formation-partage-financeurs" },
        senderHash: sender(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const result = ZSendFeedbackInput.safeParse({
      slug: "formation-financee",
      section: "inconnue",
      message: "x".repeat(5_001),
      authorEmail: "pas-un-mail",
    });
    expect(result.error!.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([
        "Choisissez la partie de la fiche concernée.",
        "Votre message dépasse 5 000 caractères.",
        "Adresse e-mail invalide.",
      ]),
    );
  });
});
