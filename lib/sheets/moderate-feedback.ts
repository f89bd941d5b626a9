import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import type { FeedbackStatus } from "@/lib/db/enums.ts";
import { invalidatePublicReads } from "./public-read-cache.ts";

export const ZModerateFeedbackInput = z.object({
  feedbackId: z.string().min(1).max(64),
  status: z.enum(["APPROVED", "HIDDEN", "PROCESSED"], { message: "Statut inconnu." }),
});

const MODERATION_ACTIONS = {
  APPROVED: "feedback.approved",
  HIDDEN: "feedback.hidden",
  PROCESSED: "feedback.processed",
} as const;

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  PENDING: "En attente",
  APPROVED: "Approuvé (public)",
  HIDDEN: "Masqué",
  PROCESSED: "Traité",
};

/** Admins approve (shown under the sheet), hide, or mark a feedback as processed. */
export async function moderateFeedback({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZModerateFeedbackInput>;
}) {
  const admin = assertAdmin(actor);
  const result = await db.$transaction(async (tx) => {
    const feedback = await tx.feedback
      .update({
        where: { id: input.feedbackId },
        data: { status: input.status, moderatedById: admin.id, moderatedAt: new Date() },
        select: { id: true, useCase: { select: { slug: true } } },
      })
      .catch(() => {
        throw new ExpectedError("NOT_FOUND", "Retour introuvable.");
      });
    await recordAuditEvent(tx, {
      actor: admin,
      action: MODERATION_ACTIONS[input.status],
      targetType: "feedback",
      targetId: feedback.id,
    });
    return { slug: feedback.useCase.slug };
  });
  await invalidatePublicReads();
  return result;
}
