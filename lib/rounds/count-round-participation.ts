import { db } from "@/lib/db/client.ts";
import type { Db } from "@/lib/db/create-client.ts";
import { sharedFreshRead } from "@/lib/http/shared-fresh-read.ts";

export type TParticipation = { voters: number; eligible: number; rate: number };

/**
 * Who voted so far: two counts, no tally. What a page loads, and what each
 * `ballot.cast` event carries (ADR 0031), so it must stay cheap; it agrees with
 * the participation of load-round-results.ts (members with at least one entry,
 * among active members). Concurrent pages asking about one round share a count
 * started after they asked (shared-fresh-read.ts).
 */
export const countRoundParticipation: (roundId: string) => Promise<TParticipation> = sharedFreshRead((roundId) =>
  countParticipationWith(db, roundId),
);

/** The same count with a given client: a transaction's, to publish it under the live events' lock. */
export async function countParticipationWith(
  client: Pick<Db, "ballot" | "user">,
  roundId: string,
): Promise<TParticipation> {
  const [voters, eligible] = await Promise.all([
    client.ballot.count({ where: { roundId, entries: { some: {} } } }),
    client.user.count({ where: { deactivatedAt: null } }),
  ]);
  return { voters, eligible, rate: eligible ? voters / eligible : 0 };
}
