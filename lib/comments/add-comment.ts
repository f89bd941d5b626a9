import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { formatWait } from "@/lib/format.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { hitRateLimit, RateLimitedError } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { TARGET_COLUMN, ZCommentBody, ZCommentTarget } from "./comment-target.ts";
import { findCommentTarget } from "./find-comment-target.ts";
import { notifyMentions } from "./notify-mentions.ts";

export const ZAddCommentInput = z.object({ target: ZCommentTarget, body: ZCommentBody });
export type TAddCommentInput = z.infer<typeof ZAddCommentInput>;

/**
 * A member adds a comment to a thread (irritant, data item, board card or
 * sheet); the members it mentions are notified in the app (and by e-mail
 * through the caller, after the commit). Posting is rate limited per member.
 */
export async function addComment({ actor: member, input }: { actor: TActor; input: TAddCommentInput }) {
  const { target, body } = ZAddCommentInput.parse(input);
  const limit = await hitRateLimit(RATE_LIMITS.comment, `member:${member.id}`);
  if (!limit.allowed) {
    throw new RateLimitedError(
      limit.retryAfterSeconds,
      `Vous avez publié ${RATE_LIMITS.comment.limit} commentaires en peu de temps : réessayez dans ${formatWait(limit.retryAfterSeconds)}. Rien n'a été enregistré.`,
    );
  }
  const added = await db.$transaction(async (tx) => {
    const info = await findCommentTarget(tx, target);
    if (!info) throw notFound("Discussion");
    if (info.closedBecause) throw new ExpectedError("CONFLICT", info.closedBecause);
    const comment = await tx.comment.create({
      data: { [TARGET_COLUMN[target.kind]]: target.id, authorId: member.id, body },
      select: { id: true },
    });
    const { mentioned, notified } = await notifyMentions(tx, {
      author: member,
      target: info,
      commentId: comment.id,
      body,
    });
    await recordAuditEvent(tx, {
      actor: member,
      action: "comment.add",
      targetType: "comment",
      targetId: comment.id,
      data: { target: target.kind, targetId: target.id, mentioned },
    });
    return { commentId: comment.id, path: info.path, notified };
  });
  await publishLiveEvent({ type: "comment.changed", target: target.kind, targetId: target.id });
  return added;
}
