import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { commentTargetOf, ZCommentId } from "./comment-target.ts";
import { explainRefusedChange } from "./explain-refused-change.ts";

export const ZDeleteCommentInput = z.object({ commentId: ZCommentId });
export type TDeleteCommentInput = z.infer<typeof ZDeleteCommentInput>;

const TARGET_SELECT = { irritantId: true, dataItemId: true, boardCardId: true, useCaseId: true } as const;

/**
 * The author withdraws their comment: the thread keeps its place with
 * « Commentaire supprimé par son auteur », and its text and earlier versions
 * are erased (the author asked for their words to go; authorship, dates and
 * the audit event remain). The author condition is in the UPDATE's WHERE.
 */
export async function deleteComment({ actor: member, input }: { actor: TActor; input: TDeleteCommentInput }) {
  const { commentId } = ZDeleteCommentInput.parse(input);
  const target = await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, authorId: member.id, deletedAt: null },
      data: { deletedAt: new Date(), body: "" },
    });
    if (count === 0) throw await explainRefusedChange(tx, { commentId, actor: member });
    await tx.commentRevision.deleteMany({ where: { commentId } });
    const target = commentTargetOf(
      await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: TARGET_SELECT }),
    );
    await recordAuditEvent(tx, {
      actor: member,
      action: "comment.delete",
      targetType: "comment",
      targetId: commentId,
      data: { target: target.kind, targetId: target.id },
    });
    return target;
  });
  await publishLiveEvent({ type: "comment.changed", target: target.kind, targetId: target.id });
  return { target };
}
