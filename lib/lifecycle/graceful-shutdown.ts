import "server-only";
import { disconnectDatabase } from "@/lib/db/client.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { closeAllLiveStreams } from "@/lib/live/live-stream.ts";
import { participationPublished } from "@/lib/rounds/publish-round-participation.ts";
import { stopRoundScheduler } from "@/lib/rounds/round-scheduler.ts";
import { isShuttingDown, markShuttingDown } from "./shutdown-state.ts";

/**
 * What server.ts calls on SIGTERM, registered on globalThis by instrumentation.ts (Next's bundle owns these modules).
 */
export type TShutdownHooks = {
  /** Readiness fails, event streams close with a reconnection hint, the scheduler stops; returns the streams closed. */
  beginDraining: () => number;
  /**
   * Once the HTTP server has closed (or the time is up): pending publications, the LISTEN connection and the
   * database pool.
   */
  releaseResources: () => Promise<void>;
};

const holder = globalThis as { __atelierShutdownHooks?: TShutdownHooks };

/**
 * The production server (server.ts) drains on SIGTERM: it stops accepting, answers `Connection: close`,
 * waits for in-flight requests up to SHUTDOWN_TIMEOUT_MS, then calls these and exits 0 (ADR 0018).
 */
export function installGracefulShutdown(): void {
  holder.__atelierShutdownHooks ??= {
    beginDraining() {
      if (isShuttingDown()) return 0;
      markShuttingDown();
      stopRoundScheduler();
      return closeAllLiveStreams();
    },
    async releaseResources() {
      // The participation of the last votes, announced within the last window, is published before the
      // connections close.
      await participationPublished();
      await Promise.allSettled([stopLiveEvents(), disconnectDatabase()]);
    },
  };
}

export function shutdownHooks(): TShutdownHooks | undefined {
  return holder.__atelierShutdownHooks;
}
