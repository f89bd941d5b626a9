import type { Instrumentation } from "next";

/** Next calls this when a server starts, and also in `next build`'s workers. */
export async function register() {
  // Read directly, not through lib/config: Next inlines these two per compilation target, which keeps
  // the Node-only code below out of the Edge compilation of this file and out of the build.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkServerStart } = await import("@/lib/config/check-server-start.ts");
  checkServerStart();
  // Node-only code stays in the dynamically imported modules, so that the Edge compilation of this file is clean.
  // First, before the server handles any request: rate limits need the socket's address (lib/security/peer-address.ts).
  const { installPeerAddressStamp } = await import("@/lib/security/peer-address.ts");
  installPeerAddressStamp();
  const { startRoundScheduler } = await import("@/lib/rounds/round-scheduler.ts");
  const { installGracefulShutdown } = await import("@/lib/lifecycle/graceful-shutdown.ts");
  const { startLiveEvents } = await import("@/lib/live/live-events.ts");
  const { isServingProcess } = await import("@/lib/lifecycle/serving-process.ts");
  const { env } = await import("@/lib/config/env.ts");
  // Same guard as the scheduler: build workers load this file too, and must not open the database.
  if (!isServingProcess()) return;
  startRoundScheduler();
  installGracefulShutdown();
  // On PostgreSQL, this instance hears from the others (cache invalidations, live events) from its start.
  // The embedded database has one process and is opened on first use only.
  if (env().DATABASE_URL)
    await startLiveEvents().catch((error) => console.error("[direct] écoute PostgreSQL non démarrée", error));
}

/**
 * Every error Next catches while serving a request (rendering, route handler, proxy): one line with the
 * request id that proxy.ts set and the digest that the error page shows as its reference (ADR 0016).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log/log-request-error.ts");
  logRequestError(error, request, context);
};
