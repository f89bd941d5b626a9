import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { actorUserId } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { commentTargetOf, MODERATION_REASON_MAX_LENGTH, ZCommentId } from "./comment-target.ts";

export const ZModerateCommentInput = z.discriminatedUnion(
  "action",
  [
    z.object({
      commentId: ZCommentId,
      action: z.literal("hide"),
      reason: z
        .string({ message: "Motif : texte attendu." })
        .trim()
        .min(3, "Motif : au moins 3 caractères.")
        .max(MODERATION_REASON_MAX_LENGTH, `Motif : ${MODERATION_REASON_MAX_LENGTH} caractères au plus.`),
    }),
    z.object({ commentId: ZCommentId, action: z.literal("restore") }),
  ],
  { message: "Action de modération inconnue." },
);
export type TModerateCommentInput = z.infer<typeof ZModerateCommentInput>;

const TARGET_SELECT = { irritantId: true, dataItemId: true, boardCardId: true, useCaseId: true } as const;

/**
 * Admins hide a comment with a reason (the thread shows « Masqué par la
 * modération ») or restore it. Each change applies only to a comment in the
 * opposite state, in the UPDATE's WHERE: two moderators cannot both act.
 */
export async function moderateComment({ actor, input }: { actor: TActor; input: TModerateCommentInput }) {
  const admin = assertAdmin(actor);
  const parsed = ZModerateCommentInput.parse(input);
  const target = await db.$transaction(async (tx) => {
    const { count } =
      parsed.action === "hide"
        ? await tx.comment.updateMany({
            where: { id: parsed.commentId, hiddenAt: null },
            data: { hiddenAt: new Date(), hiddenReason: parsed.reason, hiddenById: actorUserId(admin) },
          })
        : await tx.comment.updateMany({
            where: { id: parsed.commentId, hiddenAt: { not: null } },
            data: { hiddenAt: null, hiddenReason: null, hiddenById: null },
          });
    const row = await tx.comment.findUnique({ where: { id: parsed.commentId }, select: TARGET_SELECT });
    if (!row) throw notFound("Commentaire");
    if (count === 0)
      throw new ExpectedError(
        "CONFLICT",
        parsed.action === "hide" ? "Ce commentaire est déjà masqué." : "Ce commentaire n'est pas masqué.",
      );
    const target = commentTargetOf(row);
    await recordAuditEvent(tx, {
      actor: admin,
      targetType: "comment",
      targetId: parsed.commentId,
      ...(parsed.action === "hide"
        ? { action: "comment.hide", data: { target: target.kind, targetId: target.id, reason: parsed.reason } }
        : { action: "comment.restore", data: { target: target.kind, targetId: target.id } }),
    });
    return target;
  });
  await publishLiveEvent({ type: "comment.changed", target: target.kind, targetId: target.id });
  return { target };
}
