import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { isSlug } from "@/lib/slugify.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { sheetSections } from "./diff-revisions.ts";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";
import { PUBLICLY_VISIBLE } from "./public-visibility.ts";

export const FEEDBACK_LIMIT_PER_HOUR = 5;
export const FEEDBACK_SECTIONS = [
  { key: "general", label: "La fiche en général" },
  ...sheetSections({ title: "", summary: "", content: EMPTY_SHEET_CONTENT }).filter((section) => !["title", "links"].includes(section.key)),
].map(({ key, label }) => ({ key, label }));

export const ZSendFeedbackInput = z.object({
  slug: z.string().min(1).max(120),
  section: z.enum(FEEDBACK_SECTIONS.map((section) => section.key) as [string, ...string[]], { message: "Choisissez la partie de la fiche concernée." }),
  message: z.string().trim().min(10, "Votre message doit compter au moins 10 caractères.").max(5_000, "Votre message dépasse 5 000 caractères."),
  authorName: z.string().trim().max(100, "Le nom dépasse 100 caractères.").optional(),
  authorEmail: z.string().trim().max(254).email("Adresse e-mail invalide.").optional().or(z.literal("").transform(() => undefined)),
  // Honeypot: hidden from people, filled in by naive bots.
  website: z.string().max(500).optional(),
});
export type TSendFeedbackInput = z.infer<typeof ZSendFeedbackInput>;

/** Too many feedbacks from one address: says when the next one will be accepted. */
export class FeedbackRateLimitedError extends ExpectedError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", `Vous avez déjà envoyé ${FEEDBACK_LIMIT_PER_HOUR} retours cette heure-ci : merci, réessayez dans ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
  }
}

export function hashSender(address: string, secret: string): string {
  return createHash("sha256").update(`${secret}:${address}`).digest("hex");
}

/**
 * The public comments a published sheet. Stored as pending until an admin
 * approves it; bots (honeypot) get the same answer and store nothing.
 */
export async function sendFeedback({ input, senderHash }: { input: TSendFeedbackInput; senderHash: string }) {
  if (input.website) return { stored: false, notified: [] };
  if (!isSlug(input.slug)) throw new ExpectedError("NOT_FOUND", "Fiche introuvable.");
  return db.$transaction(async (tx) => {
    const useCase = await tx.useCase.findFirst({ where: { slug: input.slug, ...PUBLICLY_VISIBLE }, select: { id: true, slug: true, createdById: true, revisions: { select: { authorId: true } }, publishedRevision: { select: { title: true } } } });
    if (!useCase) throw new ExpectedError("NOT_FOUND", "Fiche introuvable.");
    const recent = await tx.feedback.findMany({
      where: { senderHash, createdAt: { gt: new Date(Date.now() - 3_600_000) } },
      orderBy: { createdAt: "desc" },
      take: FEEDBACK_LIMIT_PER_HOUR,
      select: { createdAt: true },
    });
    if (recent.length >= FEEDBACK_LIMIT_PER_HOUR) {
      // The oldest of the last five leaves the one-hour window first.
      const freedAt = recent[FEEDBACK_LIMIT_PER_HOUR - 1].createdAt.getTime() + 3_600_000;
      throw new FeedbackRateLimitedError(Math.max(1, Math.ceil((freedAt - Date.now()) / 1000)));
    }
    const feedback = await tx.feedback.create({
      data: { useCaseId: useCase.id, section: input.section, message: input.message, authorName: input.authorName || null, authorEmail: input.authorEmail ?? null, senderHash },
    });
    await recordAuditEvent(tx, { actor: null, action: "feedback.create", targetType: "feedback", targetId: feedback.id, data: { useCaseId: useCase.id } });
    const authors = [useCase.createdById, ...useCase.revisions.map((revision) => revision.authorId)].filter((id): id is string => Boolean(id));
    const notified = await notifyUsers(tx, authors, {
      title: `Nouveau retour public : ${useCase.publishedRevision?.title ?? useCase.slug}`,
      body: `Un retour public attend sa modération sur la fiche « ${useCase.publishedRevision?.title ?? useCase.slug} ».`,
      link: `/fiches/${useCase.slug}#retours`,
    });
    return { stored: true, notified };
  });
}
