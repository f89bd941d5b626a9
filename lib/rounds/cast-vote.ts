import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { requireMember } from "@/lib/auth/require-admin.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { formatDateTime } from "@/lib/format.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { roundStatus } from "./round-status.ts";
import { GRADES } from "./tally.ts";
import { BUSY_TRANSACTION } from "@/lib/db/transaction-options.ts";

export const ZCastVoteInput = z
  .object({
    roundId: z.string().min(1).max(64),
    cardId: z.string().min(1).max(64),
    /** Dot voting: the points given to this card (0 takes them back). */
    points: z.number({ message: "Le nombre de points doit être un entier." }).int("Le nombre de points doit être un entier.").min(0, "Le nombre de points ne peut pas être négatif.").max(100).optional(),
    /** Majority judgment: the grade given to this card (null withdraws it). */
    grade: z.enum(GRADES, { message: "Mention inconnue." }).nullable().optional(),
  })
  .refine((input) => (input.points === undefined) !== (input.grade === undefined), { message: "Indiquez soit des points, soit une mention." });
export type TCastVoteInput = z.infer<typeof ZCastVoteInput>;

export type TBallot = { pointsUsed: number; entries: { cardId: string; points: number | null; grade: (typeof GRADES)[number] | null }[] };

/**
 * One member's vote on one card of a round. The ballot row is locked for the
 * whole transaction, so concurrent casts by the same member are applied one
 * after the other and the budget is checked against the stored entries;
 * database triggers refuse any ballot over budget whatever the code does.
 */
export async function castVote({ actor, input }: { actor: TActor | null; input: TCastVoteInput }): Promise<TBallot> {
  const member = requireMember(actor);
  const ballot = await db.$transaction(async (tx) => {
    const round = await tx.voteRound.findFirst({
      where: { id: input.roundId, items: { some: { cardId: input.cardId } } },
      select: { id: true, method: true, pointsBudget: true, maxPointsPerItem: true, opensAt: true, closesAt: true, closedAt: true },
    });
    if (!round) throw new ExpectedError("NOT_FOUND", "Ce scrutin ou cette carte est introuvable.");
    const status = roundStatus(round);
    if (status === "UPCOMING") throw new ExpectedError("CONFLICT", `Ce scrutin n'est pas encore ouvert : il ouvre le ${formatDateTime(round.opensAt)}.`);
    if (status === "CLOSED") throw new ExpectedError("CONFLICT", "Ce scrutin est clos : les bulletins ne peuvent plus être modifiés.");
    const dots = round.method === "DOT_VOTING";
    if (dots !== (input.points !== undefined)) {
      throw new ExpectedError("INVALID_INPUT", dots ? "Ce scrutin se vote par points." : "Ce scrutin se vote par mentions (jugement majoritaire).");
    }

    // One statement creates the ballot if needed and locks it (ON CONFLICT DO UPDATE takes the row lock),
    // for active members only: no row back means the voter is not, or no longer, a member.
    const [locked] = await tx.$queryRaw<{ id: string; pointsUsed: number }[]>`
      INSERT INTO "Ballot" ("id", "roundId", "userId", "pointsUsed", "updatedAt")
      SELECT ${randomUUID()}, ${round.id}, "id", 0, now() FROM "User" WHERE "id" = ${member.id} AND "deactivatedAt" IS NULL
      ON CONFLICT ("roundId", "userId") DO UPDATE SET "updatedAt" = now()
      RETURNING "id", "pointsUsed"`;
    if (!locked) throw new ExpectedError("FORBIDDEN", "Seuls les membres actifs du groupe peuvent voter.");
    const entries = await tx.ballotEntry.findMany({ where: { ballotId: locked.id }, select: { cardId: true, points: true, grade: true } });
    const key = { ballotId_cardId: { ballotId: locked.id, cardId: input.cardId } };
    const others = entries.filter((entry) => entry.cardId !== input.cardId);
    let result: TBallot;

    if (dots) {
      const points = input.points!;
      if (round.maxPointsPerItem != null && points > round.maxPointsPerItem) {
        throw new ExpectedError("LIMIT_REACHED", `Vous pouvez donner au plus ${round.maxPointsPerItem} point${round.maxPointsPerItem > 1 ? "s" : ""} à une même carte.`);
      }
      const usedElsewhere = others.reduce((sum, entry) => sum + (entry.points ?? 0), 0);
      if (round.pointsBudget != null && usedElsewhere + points > round.pointsBudget) {
        const left = round.pointsBudget - usedElsewhere;
        throw new ExpectedError("LIMIT_REACHED", `Budget dépassé : il vous reste ${left} point${left > 1 ? "s" : ""} à répartir sur ${round.pointsBudget}.`);
      }
      if (points === 0) await tx.ballotEntry.deleteMany({ where: key.ballotId_cardId });
      else await tx.ballotEntry.upsert({ where: key, create: { ...key.ballotId_cardId, points }, update: { points } });
      if (usedElsewhere + points !== locked.pointsUsed) await tx.ballot.update({ where: { id: locked.id }, data: { pointsUsed: usedElsewhere + points } });
      result = { pointsUsed: usedElsewhere + points, entries: points === 0 ? others : [...others, { cardId: input.cardId, points, grade: null }] };
    } else {
      if (input.grade === null) await tx.ballotEntry.deleteMany({ where: key.ballotId_cardId });
      else await tx.ballotEntry.upsert({ where: key, create: { ...key.ballotId_cardId, grade: input.grade }, update: { grade: input.grade } });
      result = { pointsUsed: 0, entries: input.grade === null ? others : [...others, { cardId: input.cardId, points: null, grade: input.grade! }] };
    }
    // The vote itself stays secret: the audit trail says who voted on which card, not how.
    await recordAuditEvent(tx, { actor: member, action: "ballot.cast", targetType: "vote-round", targetId: round.id, data: { cardId: input.cardId } });
    return result;
  }, BUSY_TRANSACTION);
  await publishLiveEvent({ type: "ballot.cast", roundId: input.roundId });
  return ballot;
}
