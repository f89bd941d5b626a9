import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { countRoundParticipation, type TParticipation } from "./count-round-participation.ts";
import { closedRoundWhere } from "./round-status.ts";

/**
 * Who voted so far in a round, for whoever may see the round (the public:
 * closed rounds only). Null when the round is not visible to the caller.
 */
export async function getRoundParticipation({
  actor,
  roundId,
}: {
  actor: TActor | null;
  roundId: string;
}): Promise<TParticipation | null> {
  const round = await db.voteRound.findFirst({
    where: { id: roundId, ...(actor ? {} : closedRoundWhere()) },
    select: { id: true },
  });
  return round ? countRoundParticipation(round.id) : null;
}
