import { getActor } from "@/lib/auth/get-actor.ts";
import { readRoute } from "@/lib/http/read-route.ts";
import { getRoundParticipation } from "@/lib/rounds/get-round-participation.ts";

export const dynamic = "force-dynamic";

/** Who voted so far: what every open ballot page reads again on each `ballot.cast` event (two counts, no tally). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [actor, { id }] = await Promise.all([getActor(), params]);
  return readRoute(request, { actor, read: () => getRoundParticipation({ actor, roundId: id }) });
}
