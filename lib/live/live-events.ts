import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { z } from "zod";
import { databaseInfo, db } from "@/lib/db/client.ts";
import type { Db } from "@/lib/db/create-client.ts";

/** What open browsers are told; ids only, never personal data. */
export const ZLiveEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("card.moved"), cardId: z.string(), columnId: z.string(), version: z.number().int() }),
  z.object({ type: z.literal("board.changed") }),
  // Ballots were cast in this open round: one event per burst (publish-round-participation.ts), carrying who voted so
  // far (two counts, nothing personal), so that open pages update without reading anything (ADR 0031). Members only.
  z.object({
    type: z.literal("ballot.cast"),
    roundId: z.string(),
    participation: z.object({
      voters: z.number().int().min(0),
      eligible: z.number().int().min(0),
      rate: z.number().min(0).max(1),
    }),
  }),
  z.object({ type: z.literal("round.changed"), roundId: z.string() }),
  // A comment was added, edited, deleted, hidden or restored in this thread (lib/comments).
  z.object({
    type: z.literal("comment.changed"),
    target: z.enum(["irritant", "data-item", "board-card", "sheet"]),
    targetId: z.string(),
  }),
  z.object({ type: z.literal("workshop.changed"), workshopId: z.string() }),
]);
export type TLiveEvent = z.infer<typeof ZLiveEvent>;

/**
 * Who may receive an event: the board is public, open rounds are not (the
 * public only sees closed rounds), so ballot activity and the changes of a
 * round that is not closed reach signed-in members only; comment threads follow
 * their page (a sheet's thread is for members, the catalogue's and the board's are public).
 */
export type TLiveAudience = "public" | "members";

/** An event with its place in the global order (the LiveEvent row's id, as a decimal string). */
export type TOrderedLiveEvent = { id: string; audience: TLiveAudience; event: TLiveEvent };

const ZMessage = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("live"),
    id: z.string().regex(/^\d+$/),
    audience: z.enum(["public", "members"]),
    event: ZLiveEvent,
  }),
  // Between instances only, never sent to browsers: see lib/sheets/public-read-cache.ts.
  z.object({ kind: z.literal("public-content") }),
]);
type TMessage = z.infer<typeof ZMessage>;

const CHANNEL = "atelier_live";
const RECONNECT_DELAY_MS = 1_000;
/** Serialises publications so that ids are given in commit order (a replay from an id then misses nothing). */
const PUBLISH_LOCK_KEY = 4_711_002;
/** How long events stay replayable: longer than any reconnection, short enough to keep the table tiny. */
export const LIVE_EVENT_RETENTION_MS = 15 * 60_000;

type Holder = {
  emitter: EventEmitter;
  listening?: Promise<void>;
  client?: pg.Client;
  /** The last live event this instance received: after a lost LISTEN connection, what follows it is read back. */
  lastSeenId?: bigint;
  stopped?: boolean;
};
// On globalThis: instrumentation and route handlers are separate bundles of one process, and `next dev` reloads
// modules.
const holder = ((globalThis as { __atelierLive?: Holder }).__atelierLive ??= {
  emitter: new EventEmitter().setMaxListeners(0),
});

export function defaultAudience(event: TLiveEvent): TLiveAudience {
  if (event.type === "comment.changed") return event.target === "sheet" ? "members" : "public";
  return event.type === "card.moved" || event.type === "board.changed" ? "public" : "members";
}

/**
 * The audience an event is stored with: the one asked for, except that ballot activity (with the participation of
 * an open round, which the public may not see) is for members whatever the caller asks.
 */
export function audienceOf(event: TLiveEvent, requested: TLiveAudience): TLiveAudience {
  return event.type === "ballot.cast" ? "members" : requested;
}

/** A transaction of the one client: what a computed event is read with, under the publication lock. */
export type TLiveTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Tells every open browser, on every app instance, that something changed.
 * The event is stored with its order number, then on PostgreSQL goes through
 * NOTIFY and comes back to each instance (this one included) through its
 * LISTEN connection, so there is one path for all; the embedded database has
 * a single process, so a local emitter is enough.
 * Call after the change is committed: a refused change must not reach anyone.
 * `event` may be computed (a count, say): it is then read under the publication
 * lock, so that events are published in the order of the states they describe
 * and the last one published describes the latest state (publishComputedEvent).
 */
export async function publishLiveEvent(
  event: TLiveEvent | ((tx: TLiveTx) => Promise<TLiveEvent>),
  requested?: TLiveAudience,
): Promise<void> {
  if (typeof event === "function") return publishComputedEvent(event, requested);
  const payload = JSON.stringify(ZLiveEvent.parse(event));
  const audience = audienceOf(event, requested ?? defaultAudience(event));
  if ((await databaseInfo()).kind === "postgresql") {
    // One statement (one implicit transaction): the lock is held until the row and the notification are committed
    // together.
    await db.$executeRaw`
      WITH ordered AS (SELECT pg_advisory_xact_lock(${PUBLISH_LOCK_KEY}::bigint)),
      inserted AS (INSERT INTO "LiveEvent" (audience, payload) SELECT ${audience}, ${payload}::jsonb FROM ordered RETURNING id)
      SELECT pg_notify(${CHANNEL}, json_build_object('kind', 'live', 'id', id::text, 'audience', ${audience}::text, 'event', ${payload}::json)::text)
      FROM inserted`;
  } else {
    const [row] = await db.$queryRaw<
      { id: bigint }[]
    >`INSERT INTO "LiveEvent" (audience, payload) VALUES (${audience}, ${payload}::jsonb) RETURNING id`;
    receive({ kind: "live", id: String(row.id), audience, event: JSON.parse(payload) as TLiveEvent });
  }
}

/**
 * On PostgreSQL the lock is taken by a first statement, and the event computed by the next ones: in READ
 * COMMITTED each statement sees what was committed before it started, so a publication computed after another
 * one's lock was released sees at least what that one saw. Within one statement the snapshot would be taken
 * before the lock is granted, and two instances could publish an older count after a newer one.
 */
async function publishComputedEvent(
  compute: (tx: TLiveTx) => Promise<TLiveEvent>,
  requested?: TLiveAudience,
): Promise<void> {
  if ((await databaseInfo()).kind !== "postgresql") {
    // One process: the callers serialise what they compute (one publication of a round at a time,
    // publish-round-participation.ts), and the plain path keeps ids and local deliveries in order.
    return publishLiveEvent(await compute(db), requested);
  }
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK_KEY}::bigint)`;
    const event = ZLiveEvent.parse(await compute(tx));
    const payload = JSON.stringify(event);
    const audience = audienceOf(event, requested ?? defaultAudience(event));
    // The notification is delivered at commit, with the row.
    await tx.$executeRaw`
      WITH inserted AS (
        INSERT INTO "LiveEvent" (audience, payload) VALUES (${audience}, ${payload}::jsonb) RETURNING id
      )
      SELECT pg_notify(${CHANNEL}, json_build_object(
        'kind', 'live', 'id', id::text, 'audience', ${audience}::text, 'event', ${payload}::json
      )::text)
      FROM inserted`;
  });
}

/** Tells every instance that published content changed (pages and public reads to forget). */
export async function broadcastPublicContentChange(): Promise<void> {
  if ((await databaseInfo()).kind === "postgresql")
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify({ kind: "public-content" })})`;
  else receive({ kind: "public-content" });
}

function receive(message: TMessage): void {
  if (message.kind === "live") {
    const id = BigInt(message.id);
    if (holder.lastSeenId !== undefined && id <= holder.lastSeenId) return;
    holder.lastSeenId = id;
    holder.emitter.emit("live", {
      id: message.id,
      audience: message.audience,
      event: message.event,
    } satisfies TOrderedLiveEvent);
  } else {
    holder.emitter.emit("public-content");
  }
}

/** The live events after `afterId`, in order (at most `limit`). */
export async function readLiveEventsAfter(afterId: bigint, limit = 1_000): Promise<TOrderedLiveEvent[]> {
  const rows = await db.liveEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
  return rows.flatMap((row) => {
    const event = ZLiveEvent.safeParse(row.payload);
    return event.success
      ? [
          {
            id: String(row.id),
            audience: row.audience === "public" ? "public" : "members",
            event: event.data,
          } satisfies TOrderedLiveEvent,
        ]
      : [];
  });
}

/** The retained window: the oldest and newest ids still stored (null when empty). */
export async function liveEventWindow(): Promise<{ oldest: bigint | null; newest: bigint | null }> {
  const { _min, _max } = await db.liveEvent.aggregate({ _min: { id: true }, _max: { id: true } });
  return { oldest: _min.id, newest: _max.id };
}

/** Forgets events older than the retention (run by the scheduler). */
export async function pruneLiveEvents(now = new Date()): Promise<number> {
  const { count } = await db.liveEvent.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - LIVE_EVENT_RETENTION_MS) } },
  });
  return count;
}

/**
 * Starts this instance's LISTEN connection (PostgreSQL) if it is not running.
 * Started with the server (instrumentation.ts): cache invalidations must arrive
 * even when no browser follows the live stream.
 */
export async function startLiveEvents(): Promise<void> {
  holder.stopped = false;
  const info = await databaseInfo();
  if (info.kind === "postgresql" && info.url) await (holder.listening ??= listen(info.url));
}

/** Resolves once the subscription is active; returns the unsubscribe function. */
export async function subscribeLiveEvents(listener: (event: TOrderedLiveEvent) => void): Promise<() => void> {
  holder.emitter.on("live", listener);
  try {
    await startLiveEvents();
  } catch (error) {
    holder.emitter.off("live", listener);
    throw error;
  }
  return () => holder.emitter.off("live", listener);
}

export function onPublicContentChange(listener: () => void): () => void {
  holder.emitter.on("public-content", listener);
  return () => holder.emitter.off("public-content", listener);
}

async function listen(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  const retry = () => {
    if (holder.client !== client) return;
    holder.client = undefined;
    holder.listening = undefined;
    client.end().catch(() => {});
    if (holder.stopped) return;
    setTimeout(() => {
      if (!holder.stopped) holder.listening ??= listen(url).catch(() => retry());
    }, RECONNECT_DELAY_MS).unref();
  };
  holder.client = client;
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const parsed = ZMessage.safeParse(JSON.parse(message.payload));
    if (parsed.success) receive(parsed.data);
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  // While the connection was down, notifications were lost: read the missed events back, and forget every public read.
  if (holder.lastSeenId !== undefined)
    for (const event of await readLiveEventsAfter(holder.lastSeenId)) receive({ kind: "live", ...event });
  receive({ kind: "public-content" });
}

/** Shutdown and tests: closes the LISTEN connection and forgets the subscribers. */
export async function stopLiveEvents(): Promise<void> {
  const client = holder.client;
  holder.stopped = true;
  holder.client = undefined;
  holder.listening = undefined;
  holder.emitter.removeAllListeners("live");
  await client?.end().catch(() => {});
}
