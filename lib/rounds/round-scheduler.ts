import "server-only";
import { pruneLiveEvents } from "@/lib/live/live-events.ts";
import { sweepRoundSchedule } from "./sweep-round-schedule.ts";

// env: SCHEDULER_INTERVAL_MS (default 30000): intervalle entre deux passages du planificateur (ouverture et clôture des scrutins, purges)
export function schedulerIntervalMs(): number {
  const value = Number.parseInt(process.env.SCHEDULER_INTERVAL_MS ?? "", 10);
  return Number.isFinite(value) && value >= 1_000 ? value : 30_000;
}
const holder = globalThis as { __atelierRoundScheduler?: NodeJS.Timeout };

/**
 * Periodic work while the server runs: opens and closes rounds on their dates
 * (notifications, closing stamp) and forgets old live events. Every instance
 * ticks; each task is safe to run on several at once (conditional updates).
 */
export function startRoundScheduler(): void {
  // Build workers load instrumentation too; only a serving process may open the database (PGlite allows one process).
  if (holder.__atelierRoundScheduler || !process.title.startsWith("next-server")) return;
  const tick = async () => {
    await sweepRoundSchedule().catch((error) => console.error("[scrutins] planification en échec", error));
    await pruneLiveEvents().catch((error) => console.error("[direct] purge des événements en échec", error));
  };
  holder.__atelierRoundScheduler = setInterval(tick, schedulerIntervalMs());
  holder.__atelierRoundScheduler.unref();
  setTimeout(tick, Math.min(5_000, schedulerIntervalMs())).unref();
}

/** Shutdown: no new tick starts. */
export function stopRoundScheduler(): void {
  clearInterval(holder.__atelierRoundScheduler);
}
