import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { isSlug } from "@/lib/slugify.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { plural } from "@/lib/format.ts";
import { hitRateLimit } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { sheetSections } from "./diff-revisions.ts";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";
import { PUBLICLY_VISIBLE } from "./public-visibility.ts";

export const FEEDBACK_LIMIT_PER_HOUR = RATE_LIMITS.feedback.limit;
export const FEEDBACK_SECTIONS = [
  { key: "general", label: "La fiche en général" },
  ...sheetSections({ title: "", summary: "", content: EMPTY_SHEET_CONTENT }).filter(
    (section) => !["title", "links"].includes(section.key),
  ),
].map(({ key, label }) => ({ key, label }));

export const ZSendFeedbackInput = z.object({
  slug: z.string().min(1).max(120),
  section: z.enum(FEEDBACK_SECTIONS.map((section) => section.key) as [string, ...string[]], {
    message: "Choisissez la partie de la fiche concernée.",
  }),
  message: z
    .string()
    .trim()
    .min(10, "Votre message doit compter au moins 10 caractères.")
    .max(5_000, "Votre message dépasse 5 000 caractères."),
  authorName: z.string().trim().max(100, "Le nom dépasse 100 caractères.").optional(),
  authorEmail: z
    .string()
    .trim()
    .max(254)
    .email("Adresse e-mail invalide.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Honeypot: hidden from people, filled in by naive bots.
  website: z.string().max(500).optional(),
});
export type TSendFeedbackInput = z.infer<typeof ZSendFeedbackInput>;

/** Too many feedbacks from one address: says when the next one will be accepted. */
export class FeedbackRateLimitedError extends ExpectedError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      "RATE_LIMITED",
      `Vous avez déjà envoyé ${FEEDBACK_LIMIT_PER_HOUR} retours cette heure-ci : merci, réessayez dans ${minutes} minute${plural(minutes)}.`,
      { retryAfterSeconds },
    );
  }
}

export function hashSender(address: string, secret: string): string {
  return createHash("sha256").update(`${secret}:${address}`).digest("hex");
}

/**
 * The public comments a published sheet. Stored as pending until an admin
 * approves it; bots (honeypot) get the same answer and store nothing. Every
 * attempt counts against the sender's hourly limit (shared by all instances),
 * bots' included, before any other work.
 */
export async function sendFeedback({ input, senderHash }: { input: TSendFeedbackInput; senderHash: string }) {
  const limit = await hitRateLimit(RATE_LIMITS.feedback, senderHash);
  if (!limit.allowed) throw new FeedbackRateLimitedError(limit.retryAfterSeconds);
  if (input.website) return { stored: false, notified: [] };
  if (!isSlug(input.slug)) throw new ExpectedError("NOT_FOUND", "Fiche introuvable.");
  return db.$transaction(async (tx) => {
    const useCase = await tx.useCase.findFirst({
      where: { slug: input.slug, ...PUBLICLY_VISIBLE },
      select: {
        id: true,
        slug: true,
        createdById: true,
        revisions: { select: { authorId: true } },
        publishedRevision: { select: { title: true } },
      },
    });
    if (!useCase) throw new ExpectedError("NOT_FOUND", "Fiche introuvable.");
    const feedback = await tx.feedback.create({
      data: {
        useCaseId: useCase.id,
        section: input.section,
        message: input.message,
        authorName: input.authorName || null,
        authorEmail: input.authorEmail ?? null,
        senderHash,
      },
    });
    await recordAuditEvent(tx, {
      actor: null,
      action: "feedback.create",
      targetType: "feedback",
      targetId: feedback.id,
      data: { useCaseId: useCase.id },
    });
    const authors = [useCase.createdById, ...useCase.revisions.map((revision) => revision.authorId)].filter(
      (id): id is string => Boolean(id),
    );
    const notified = await notifyUsers(tx, authors, {
      title: `Nouveau retour public : ${useCase.publishedRevision?.title ?? useCase.slug}`,
      body: `Un retour public attend sa modération sur la fiche « ${useCase.publishedRevision?.title ?? useCase.slug} ».`,
      link: `/fiches/${useCase.slug}#retours`,
    });
    return { stored: true, notified };
  });
}
