import "server-only";
import { ServerResponse } from "node:http";
import { disconnectDatabase } from "@/lib/db/client.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { closeAllLiveStreams } from "@/lib/live/live-stream.ts";
import { stopRoundScheduler } from "@/lib/rounds/round-scheduler.ts";
import { isShuttingDown, markShuttingDown } from "./shutdown-state.ts";

// env: SHUTDOWN_TIMEOUT_MS (default 10000): délai laissé aux requêtes en cours après SIGTERM avant l'arrêt forcé
export function shutdownTimeoutMs(): number {
  const value = Number.parseInt(process.env.SHUTDOWN_TIMEOUT_MS ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? value : 10_000;
}

/**
 * What `next start` (Next 16, server/lib/start-server.js) does on SIGTERM: it
 * closes its HTTP server (no new connection; it waits for the open ones), then
 * exits with code 143. It does not know our event streams, which never end by
 * themselves (so it would wait forever), nor our database pool. This completes
 * it, from instrumentation.ts: readiness fails, event streams close with a
 * reconnection hint, the scheduler stops; Next's own exit is taken over to close
 * the LISTEN connection and the pool first and exit 0; past the timeout, the
 * requests still running are abandoned.
 */
export function installGracefulShutdown(): void {
  const holder = globalThis as { __atelierShutdownInstalled?: boolean };
  if (holder.__atelierShutdownInstalled) return;
  holder.__atelierShutdownInstalled = true;
  process.once("SIGTERM", () => {
    if (isShuttingDown()) return;
    markShuttingDown();
    closeConnectionsAfterEachResponse();
    stopRoundScheduler();
    const streams = closeAllLiveStreams();
    console.log(`[arrêt] SIGTERM : ${streams} flux d'événements fermés, requêtes en cours terminées sous ${shutdownTimeoutMs()} ms.`);
    const exit = process.exit.bind(process);
    let finishing = false;
    const finish = async (reason: string) => {
      if (finishing) return;
      finishing = true;
      await Promise.allSettled([stopLiveEvents(), disconnectDatabase()]);
      console.log(`[arrêt] ${reason} : base de données fermée, fin.`);
      exit(0);
    };
    // Next calls process.exit once its server has closed (in-flight requests done).
    process.exit = ((code?: number) => void finish(`serveur fermé (code ${code ?? 0} remplacé par 0)`)) as typeof process.exit;
    setTimeout(() => void finish("délai dépassé, requêtes restantes abandonnées"), shutdownTimeoutMs());
  });
}

/**
 * Next's server.close() refuses new connections but keeps serving those kept
 * alive (a load balancer's pooled connections) and waits for them: each answer
 * given while draining says `Connection: close` and ends its connection, so the
 * balancer opens a new one, which lands on another instance.
 */
function closeConnectionsAfterEachResponse(): void {
  const writeHead = ServerResponse.prototype.writeHead;
  // Every answer goes through writeHead, explicitly or through Node's implicit headers.
  ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    this.shouldKeepAlive = false;
    return (writeHead as (...rest: unknown[]) => ServerResponse).apply(this, args);
  } as typeof writeHead;
}
