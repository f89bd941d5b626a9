import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { z } from "zod";
import { databaseInfo, db } from "@/lib/db/client.ts";

/** What open browsers are told; ids only, never personal data (the stream is public). */
export const ZLiveEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("card.moved"), cardId: z.string(), columnId: z.string(), version: z.number().int() }),
  z.object({ type: z.literal("board.changed") }),
  z.object({ type: z.literal("ballot.cast"), roundId: z.string() }),
  z.object({ type: z.literal("round.changed"), roundId: z.string() }),
]);
export type TLiveEvent = z.infer<typeof ZLiveEvent>;
type Listener = (event: TLiveEvent) => void;

const CHANNEL = "atelier_live";
const RECONNECT_DELAY_MS = 1_000;

type Holder = { emitter: EventEmitter; listening?: Promise<void>; client?: pg.Client };
// On globalThis so that `next dev` reloads keep one LISTEN connection.
const holder = ((globalThis as { __atelierLive?: Holder }).__atelierLive ??= { emitter: new EventEmitter().setMaxListeners(0) });

/**
 * Tells every open browser, on every app instance, that something changed.
 * On PostgreSQL the event goes through NOTIFY and comes back to each instance
 * (this one included) through its LISTEN connection, so there is one path for
 * all; the embedded database has a single process, so a local emitter is enough.
 * Call after the change is committed: a refused change must not reach anyone.
 */
export async function publishLiveEvent(event: TLiveEvent): Promise<void> {
  const payload = JSON.stringify(ZLiveEvent.parse(event));
  if ((await databaseInfo()).kind === "postgresql") {
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
  } else {
    holder.emitter.emit(CHANNEL, JSON.parse(payload));
  }
}

/** Resolves once the subscription is active; returns the unsubscribe function. */
export async function subscribeLiveEvents(listener: Listener): Promise<() => void> {
  holder.emitter.on(CHANNEL, listener);
  const info = await databaseInfo();
  if (info.kind === "postgresql" && info.url) await (holder.listening ??= listen(info.url));
  return () => holder.emitter.off(CHANNEL, listener);
}

async function listen(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  const retry = () => {
    if (holder.client !== client) return;
    holder.client = undefined;
    holder.listening = undefined;
    client.end().catch(() => {});
    // Reconnect only while someone is still listening.
    setTimeout(() => {
      if (holder.emitter.listenerCount(CHANNEL) > 0) holder.listening ??= listen(url).catch(() => retry());
    }, RECONNECT_DELAY_MS).unref();
  };
  holder.client = client;
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const parsed = ZLiveEvent.safeParse(JSON.parse(message.payload));
    if (parsed.success) holder.emitter.emit(CHANNEL, parsed.data);
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
}

/** Tests and shutdown: closes the LISTEN connection. */
export async function stopLiveEvents(): Promise<void> {
  const client = holder.client;
  holder.client = undefined;
  holder.listening = undefined;
  holder.emitter.removeAllListeners(CHANNEL);
  await client?.end().catch(() => {});
}
