import { getActor } from "@/lib/auth/get-actor.ts";
import { readRoute } from "@/lib/http/read-route.ts";
import { getRound } from "@/lib/rounds/get-round.ts";

export const dynamic = "force-dynamic";

/** A round as its page shows it (refetched when it changes); the public sees closed rounds only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [actor, { id }] = await Promise.all([getActor(), params]);
  return readRoute(request, { actor, read: () => getRound({ actor, roundId: id }) });
}
