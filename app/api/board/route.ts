import { getActor } from "@/lib/auth/get-actor.ts";
import { readRoute } from "@/lib/http/read-route.ts";
import { getBoard } from "@/lib/board/get-board.ts";

export const dynamic = "force-dynamic";

/** The public board, refetched by open pages when a card moves. */
export async function GET(request: Request) {
  return readRoute(request, { actor: await getActor(), read: () => getBoard() });
}
