import type { VoteMethod } from "@/lib/db/enums.ts";

export type TRoundStatus = "UPCOMING" | "OPEN" | "CLOSED";
export const ROUND_STATUS_LABELS: Record<TRoundStatus, string> = {
  UPCOMING: "À venir",
  OPEN: "Ouvert",
  CLOSED: "Clos",
};
export const METHOD_LABELS: Record<VoteMethod, string> = {
  DOT_VOTING: "Vote par points (gommettes)",
  MAJORITY_JUDGMENT: "Jugement majoritaire",
};

/**
 * A round past its closing date is closed even before the scheduler stamps it.
 * The vote function "cast_ballot_vote" (SQL) applies the same rule to the database clock.
 */
export function roundStatus(
  round: { opensAt: Date; closesAt: Date; closedAt: Date | null },
  now = new Date(),
): TRoundStatus {
  if (round.closedAt || now >= round.closesAt) return "CLOSED";
  return now < round.opensAt ? "UPCOMING" : "OPEN";
}

/**
 * Results are public once the round is closed; during it, only if the round says so.
 * A round opened from a live workshop (`revealRequired`) shows them only once the facilitator revealed them.
 */
export function resultsVisible(
  round: {
    opensAt: Date;
    closesAt: Date;
    closedAt: Date | null;
    hideResultsUntilClose: boolean;
    revealRequired?: boolean;
    revealedAt?: Date | null;
  },
  now = new Date(),
): boolean {
  if (round.revealRequired && !round.revealedAt) return false;
  return roundStatus(round, now) === "CLOSED" || !round.hideResultsUntilClose;
}

/** Prisma filter of closed rounds (stamped, or past their closing date) whose results may be shown, evaluated now. */
export function closedRoundWhere(now = new Date()) {
  return {
    OR: [{ closedAt: { not: null } }, { closesAt: { lte: now } }],
    // A workshop round counts as closed for the public only once its results were revealed in the room.
    AND: [{ OR: [{ revealRequired: false }, { revealedAt: { not: null } }] }],
  };
}
