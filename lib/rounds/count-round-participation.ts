import { db } from "@/lib/db/client.ts";
import { sharedFreshRead } from "@/lib/http/shared-fresh-read.ts";

export type TParticipation = { voters: number; eligible: number; rate: number };

/**
 * Who voted so far: two counts, no tally. What open ballot pages refetch on
 * every `ballot.cast` event (ADR 0027), so it must stay cheap; it agrees with
 * the participation of load-round-results.ts (members with at least one entry,
 * among active members). Concurrent pages asking about one round share a count
 * started after they asked (shared-fresh-read.ts).
 */
export const countRoundParticipation: (roundId: string) => Promise<TParticipation> = sharedFreshRead(count);

async function count(roundId: string): Promise<TParticipation> {
  const [voters, eligible] = await Promise.all([
    db.ballot.count({ where: { roundId, entries: { some: {} } } }),
    db.user.count({ where: { deactivatedAt: null } }),
  ]);
  return { voters, eligible, rate: eligible ? voters / eligible : 0 };
}
