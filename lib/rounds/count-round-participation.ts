import { db } from "@/lib/db/client.ts";

export type TParticipation = { voters: number; eligible: number; rate: number };

/**
 * Who voted so far: two counts, no tally. What open ballot pages refetch on
 * every `ballot.cast` event (ADR 0027), so it must stay cheap; it agrees with
 * the participation of load-round-results.ts (members with at least one entry,
 * among active members).
 */
export async function countRoundParticipation(roundId: string): Promise<TParticipation> {
  const [voters, eligible] = await Promise.all([
    db.ballot.count({ where: { roundId, entries: { some: {} } } }),
    db.user.count({ where: { deactivatedAt: null } }),
  ]);
  return { voters, eligible, rate: eligible ? voters / eligible : 0 };
}
