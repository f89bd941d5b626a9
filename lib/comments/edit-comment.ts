import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { commentTargetOf, ZCommentBody, ZCommentId } from "./comment-target.ts";
import { explainRefusedChange } from "./explain-refused-change.ts";
import { findCommentTarget } from "./find-comment-target.ts";
import { notifyMentions } from "./notify-mentions.ts";

export const ZEditCommentInput = z.object({ commentId: ZCommentId, body: ZCommentBody });
export type TEditCommentInput = z.infer<typeof ZEditCommentInput>;

type Edited = {
  previousBody: string;
  writtenAt: Date;
  irritantId: string | null;
  dataItemId: string | null;
  boardCardId: string | null;
  useCaseId: string | null;
};

/**
 * The author changes their comment's body; the previous body is kept as a
 * revision (the thread shows « modifié » and the earlier versions). Who may
 * edit is part of the UPDATE itself (author, not deleted, not hidden), so no
 * other change can slip in between a check and the write. Members mentioned
 * for the first time are notified.
 */
export async function editComment({ actor: member, input }: { actor: TActor; input: TEditCommentInput }) {
  const { commentId, body } = ZEditCommentInput.parse(input);
  const edited = await db.$transaction(async (tx) => {
    // The sub-select locks the row and reads its body as it was just before this update.
    const [row] = await tx.$queryRaw<Edited[]>`
      UPDATE "Comment" AS comment SET "body" = ${body}, "editedAt" = now() AT TIME ZONE 'UTC'
      FROM (SELECT "id", "body", COALESCE("editedAt", "createdAt") AS "writtenAt" FROM "Comment" WHERE "id" = ${commentId} FOR UPDATE) AS previous
      WHERE comment."id" = previous."id" AND comment."authorId" = ${member.id}
        AND comment."deletedAt" IS NULL AND comment."hiddenAt" IS NULL AND comment."body" <> ${body}
      RETURNING previous."body" AS "previousBody", previous."writtenAt" AS "writtenAt",
        comment."irritantId", comment."dataItemId", comment."boardCardId", comment."useCaseId"`;
    if (!row) throw await explainRefusedChange(tx, { commentId, actor: member, body });
    await tx.commentRevision.create({ data: { commentId, body: row.previousBody, writtenAt: row.writtenAt } });
    const target = commentTargetOf(row);
    const info = await findCommentTarget(tx, target);
    const { mentioned, notified } = info
      ? await notifyMentions(tx, { author: member, target: info, commentId, body, previousBody: row.previousBody })
      : { mentioned: [], notified: [] };
    await recordAuditEvent(tx, {
      actor: member,
      action: "comment.edit",
      targetType: "comment",
      targetId: commentId,
      data: { target: target.kind, targetId: target.id, mentioned },
    });
    return { target, notified };
  });
  await publishLiveEvent({ type: "comment.changed", target: edited.target.kind, targetId: edited.target.id });
  return edited;
}
