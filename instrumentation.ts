/** Next calls this when a server starts, and also in `next build`'s workers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Node-only code stays in the dynamically imported modules, so that the Edge compilation of this file is clean.
  const { startRoundScheduler } = await import("@/lib/rounds/round-scheduler.ts");
  const { installGracefulShutdown } = await import("@/lib/lifecycle/graceful-shutdown.ts");
  const { startLiveEvents } = await import("@/lib/live/live-events.ts");
  // Same guard as the scheduler: build workers load this file too, and must not open the database.
  if (!process.title.startsWith("next-server")) return;
  startRoundScheduler();
  installGracefulShutdown();
  // On PostgreSQL, this instance hears from the others (cache invalidations, live events) from its start.
  // The embedded database has one process and is opened on first use only.
  if (process.env.DATABASE_URL) await startLiveEvents().catch((error) => console.error("[direct] écoute PostgreSQL non démarrée", error));
}
