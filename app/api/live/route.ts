import { getActor } from "@/lib/auth/get-actor.ts";
import { isShuttingDown } from "@/lib/lifecycle/shutdown-state.ts";
import { acquireStreamSlot, createLiveStream, parseLastEventId, RECONNECT_AFTER_MS } from "@/lib/live/live-stream.ts";
import { clientAddress } from "@/lib/security/client-address.ts";

export const dynamic = "force-dynamic";

const refusal = (status: number, message: string, retryAfterSeconds: number) =>
  Response.json(
    { error: { code: status === 429 ? "RATE_LIMITED" : "UNAVAILABLE", message } },
    { status, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );

/** Server-sent events: what changed on the board and in the rounds, for every open browser. */
export async function GET(request: Request) {
  // A draining instance takes no new subscriber: the load balancer sends it to another instance.
  if (isShuttingDown())
    return refusal(503, "Instance en cours d'arrêt : reconnectez-vous.", Math.ceil(RECONNECT_AFTER_MS / 1000));
  const release = acquireStreamSlot(clientAddress(request.headers));
  if (!release)
    return refusal(
      429,
      "Trop de flux d'événements ouverts depuis cette adresse : fermez des onglets puis réessayez.",
      30,
    );
  const actor = await getActor().catch(() => null);
  // EventSource sends Last-Event-ID when it reconnects by itself; the page passes it in the query when it reopens the
  // stream.
  const lastEventId = parseLastEventId(
    request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId"),
  );
  const stream = createLiveStream({ member: actor !== null, lastEventId, signal: request.signal, onClose: release });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps the response out of compression, which would buffer the events.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
