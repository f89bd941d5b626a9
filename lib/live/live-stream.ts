import "server-only";
import { env } from "@/lib/config/env.ts";
import { liveEventWindow, readLiveEventsAfter, subscribeLiveEvents, type TOrderedLiveEvent } from "./live-events.ts";

const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting (SSE `retry:`), after a network cut or this instance's shutdown. */
export const RECONNECT_AFTER_MS = 1_000;
/** A replay longer than this is not worth it: the browser refetches instead. */
const MAX_REPLAY = 500;

type Open = { close: (hint: boolean) => void };
type Registry = { streams: Set<Open>; perAddress: Map<string, number> };
// On globalThis: the shutdown hook (instrumentation) and the route handler are separate bundles of one process.
const registry = ((globalThis as { __atelierLiveStreams?: Registry }).__atelierLiveStreams ??= {
  streams: new Set(),
  perAddress: new Map(),
});

export function maxStreamsPerAddress(): number {
  return env().LIVE_MAX_STREAMS_PER_ADDRESS;
}

/** Takes one of the address's stream slots; null when it already holds as many as allowed. */
export function acquireStreamSlot(address: string, limit = maxStreamsPerAddress()): (() => void) | null {
  const held = registry.perAddress.get(address) ?? 0;
  if (held >= limit) return null;
  registry.perAddress.set(address, held + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (registry.perAddress.get(address) ?? 1) - 1;
    if (left > 0) registry.perAddress.set(address, left);
    else registry.perAddress.delete(address);
  };
}

/** "123" → 123n; anything else (absent, garbage) → null. */
export function parseLastEventId(value: string | null | undefined): bigint | null {
  return value && /^\d{1,19}$/.test(value) ? BigInt(value) : null;
}

/**
 * The server-sent events of one browser: every event carries its global `id`,
 * so that a browser reconnecting (to any instance) with Last-Event-ID gets what
 * it missed replayed; when that cannot be done (too old, too many) it gets a
 * `resync` event and refetches. Anonymous subscribers only receive events the
 * public may see. `ready` (with the current id) tells that the subscription is active.
 */
export function createLiveStream({
  member,
  lastEventId,
  signal,
  onClose,
}: {
  member: boolean;
  lastEventId: bigint | null;
  signal?: AbortSignal;
  onClose?: () => void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop: (hint: boolean) => void = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      let cursor = 0n;
      let replaying = true;
      const buffered: TOrderedLiveEvent[] = [];
      const send = (chunk: string) => {
        if (!closed) controller.enqueue(encoder.encode(chunk));
      };
      const forward = (item: TOrderedLiveEvent) => {
        const id = BigInt(item.id);
        if (id <= cursor) return;
        cursor = id;
        if (item.audience === "public" || member) send(`id: ${item.id}\ndata: ${JSON.stringify(item.event)}\n\n`);
      };
      const open: Open = { close: (hint) => stop(hint) };
      stop = (hint) => {
        if (closed) return;
        // The last words of a draining instance: come back soon (to another instance, through the load balancer).
        if (hint) send(`retry: ${RECONNECT_AFTER_MS}\n: arrêt de l'instance\n\n`);
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        registry.streams.delete(open);
        onClose?.();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      let unsubscribe = () => {};
      registry.streams.add(open);
      signal?.addEventListener("abort", () => stop(false));
      try {
        // Subscribe first, then read the stored window: nothing published in between is lost (duplicates are skipped by
        // id).
        unsubscribe = await subscribeLiveEvents((item) => (replaying ? buffered.push(item) : forward(item)));
        const { oldest, newest } = await liveEventWindow();
        send(`retry: ${RECONNECT_AFTER_MS}\n\n`);
        if (lastEventId === null) {
          cursor = newest ?? 0n;
        } else {
          // Replayable only if nothing after lastEventId has been pruned (the oldest row kept is at most the next one),
          // or if nothing was ever published (a stream opened on an empty table starts at 0).
          const replayable =
            (oldest !== null && newest !== null && oldest <= lastEventId + 1n && lastEventId <= newest) ||
            (newest === null && lastEventId === 0n);
          const missed = replayable ? await readLiveEventsAfter(lastEventId, MAX_REPLAY + 1) : [];
          if (!replayable || missed.length > MAX_REPLAY) {
            cursor = newest ?? 0n;
            send(`id: ${cursor}\nevent: resync\ndata: {}\n\n`);
          } else {
            cursor = lastEventId;
            for (const item of missed) forward(item);
          }
        }
        replaying = false;
        for (const item of buffered.splice(0)) forward(item);
        // The subscription is active: clients (and the bench) may now rely on receiving every change.
        send(`id: ${cursor}\nevent: ready\ndata: {}\n\n`);
      } catch (error) {
        console.error("[direct] flux d'événements non ouvert", error instanceof Error ? error.message : error);
        stop(true);
      }
    },
    cancel: () => stop(false),
  });
}

/** Shutdown: every open stream gets a reconnection hint and is closed. */
export function closeAllLiveStreams(): number {
  const open = [...registry.streams];
  for (const stream of open) stream.close(true);
  return open.length;
}

export function openLiveStreamCount(): number {
  return registry.streams.size;
}
