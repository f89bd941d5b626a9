import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { actorLabel, type TActor } from "@/lib/auth/actor.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { formatDateTime, plural } from "@/lib/format.ts";
import { announceBallotCast } from "./publish-round-participation.ts";
import { GRADES } from "./tally.ts";

export const ZCastVoteInput = z
  .object({
    roundId: z.string().min(1).max(64),
    cardId: z.string().min(1).max(64),
    /** Dot voting: the points given to this card (0 takes them back). */
    points: z
      .number({ message: "Le nombre de points doit être un entier." })
      .int("Le nombre de points doit être un entier.")
      .min(0, "Le nombre de points ne peut pas être négatif.")
      .max(100)
      .optional(),
    /** Majority judgment: the grade given to this card (null withdraws it). */
    grade: z.enum(GRADES, { message: "Mention inconnue." }).nullable().optional(),
  })
  .refine((input) => (input.points === undefined) !== (input.grade === undefined), {
    message: "Indiquez soit des points, soit une mention.",
  });
export type TCastVoteInput = z.infer<typeof ZCastVoteInput>;

export type TBallot = {
  pointsUsed: number;
  entries: { cardId: string; points: number | null; grade: (typeof GRADES)[number] | null }[];
};

type TCastOutcome =
  | "OK"
  | "NOT_FOUND"
  | "CLOSED"
  | "UPCOMING"
  | "POINTS_EXPECTED"
  | "GRADE_EXPECTED"
  | "NOT_MEMBER"
  | "OVER_MAXIMUM"
  | "OVER_BUDGET"
  | "OVER_SHARED_MAXIMUM"
  | "OVER_SHARED_BUDGET";
type TCastRow = {
  outcome: TCastOutcome;
  pointsUsed: number;
  limit: number | null;
  opensAt: Date | null;
  entries: TBallot["entries"];
};

/** The French refusal for each outcome the database function can return. */
function refusal(row: TCastRow): ExpectedError {
  // The database function sets the limit with every OVER_* outcome and the opening date with UPCOMING.
  const limit = row.limit ?? 0;
  switch (row.outcome) {
    case "NOT_FOUND":
      return new ExpectedError("NOT_FOUND", "Ce scrutin ou cette carte est introuvable.");
    case "UPCOMING":
      return new ExpectedError(
        "CONFLICT",
        `Ce scrutin n'est pas encore ouvert : il ouvre le ${formatDateTime(row.opensAt ?? new Date())}.`,
      );
    case "CLOSED":
      return new ExpectedError("CONFLICT", "Ce scrutin est clos : les bulletins ne peuvent plus être modifiés.");
    case "POINTS_EXPECTED":
      return new ExpectedError("INVALID_INPUT", "Ce scrutin se vote par points.");
    case "GRADE_EXPECTED":
      return new ExpectedError("INVALID_INPUT", "Ce scrutin se vote par mentions (jugement majoritaire).");
    case "NOT_MEMBER":
      return new ExpectedError("FORBIDDEN", "Seuls les membres actifs du groupe peuvent voter.");
    case "OVER_MAXIMUM":
      return new ExpectedError(
        "LIMIT_REACHED",
        `Vous pouvez donner au plus ${row.limit} point${plural(limit)} à une même carte.`,
      );
    case "OVER_BUDGET": {
      const left = limit - row.pointsUsed;
      return new ExpectedError(
        "LIMIT_REACHED",
        `Budget dépassé : il vous reste ${left} point${plural(left)} à répartir sur ${row.limit}.`,
      );
    }
    // One voice per organisation: `pointsUsed` is what the member's organisation already uses (see fairness.ts).
    case "OVER_SHARED_MAXIMUM": {
      const left = Math.max(0, limit - row.pointsUsed);
      return new ExpectedError(
        "LIMIT_REACHED",
        `Votre organisation peut donner au plus ${row.limit} point${plural(limit)} à une même carte : ses autres membres lui en ont déjà donné ${row.pointsUsed}, vous pouvez en donner ${left}.`,
      );
    }
    case "OVER_SHARED_BUDGET": {
      const left = Math.max(0, limit - row.pointsUsed);
      return new ExpectedError(
        "LIMIT_REACHED",
        `Budget de votre organisation dépassé : il lui reste ${left} point${plural(left)} à répartir sur ${row.limit}, partagés entre ses membres.`,
      );
    }
    default:
      throw new Error(`issue de vote inconnue : ${row.outcome}`);
  }
}

/**
 * One member's vote on one card of a round. Votes come in bursts during a
 * meeting, so the whole cast is one call to the database function
 * "cast_ballot_vote" (migration 20261203123000): it locks the member's ballot
 * row, so that concurrent casts by the same member are applied one after the
 * other and the budget is checked against the stored entries, writes the
 * entry, the total and the audit record, or refuses without writing anything.
 * In a round counted per organisation (ADR 0027), the members of one
 * organisation share its budget and maximum per card: the function serialises
 * their casts with a lock per (round, organisation), migration 20261204160812.
 * Database triggers refuse any ballot over budget whatever the code does.
 * Open pages learn the new participation from one event per burst of votes, published after the answer (ADR 0031).
 */
export async function castVote({ actor: member, input }: { actor: TActor; input: TCastVoteInput }): Promise<TBallot> {
  const [row] = await db.$queryRaw<TCastRow[]>`
    SELECT * FROM "cast_ballot_vote"(${input.roundId}, ${input.cardId}, ${member.id}, ${input.points ?? null}::INTEGER,
      ${input.grade ?? null}::"Grade", ${randomUUID()}, ${randomUUID()}, ${actorLabel(member)})`;
  if (row.outcome !== "OK") throw refusal(row);
  announceBallotCast(input.roundId);
  return { pointsUsed: row.pointsUsed, entries: row.entries };
}
