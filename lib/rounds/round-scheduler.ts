import "server-only";
import { loggerForTask } from "@/lib/log/logger.ts";
import { purgePersonalDataWhenDue } from "@/lib/retention/purge-when-due.ts";
import { pruneLiveEvents } from "@/lib/live/live-events.ts";
import { env } from "@/lib/config/env.ts";
import { isServingProcess } from "@/lib/lifecycle/serving-process.ts";
import { sweepRoundSchedule } from "./sweep-round-schedule.ts";
import { sweepWorkshopReminders } from "@/lib/workshops/sweep-workshop-reminders.ts";
import { sendDailyDigests } from "@/lib/notifications/send-daily-digests.ts";

export function schedulerIntervalMs(): number {
  return env().SCHEDULER_INTERVAL_MS;
}
const holder = globalThis as { __atelierRoundScheduler?: NodeJS.Timeout };

/**
 * Periodic work while the server runs: opens and closes rounds on their dates (notifications, closing stamp),
 * reminds owners of workshop actions due soon, sends the daily digests of notifications, forgets old live events and
 * purges expired personal data (RGPD, lib/retention). Every instance ticks; each
 * task is safe to run on several at once (conditional updates).
 */
export function startRoundScheduler(): void {
  // Build workers load instrumentation too; only a serving process may open the database (PGlite allows one process).
  if (holder.__atelierRoundScheduler || !isServingProcess()) return;
  const tick = async () => {
    const log = loggerForTask("round-scheduler");
    await sweepRoundSchedule().catch((error) => log.error({ err: error }, "scrutins : planification en échec"));
    await sweepWorkshopReminders().catch((error) => log.error({ err: error }, "ateliers : rappels d'actions en échec"));
    await sendDailyDigests().catch((error) => log.error({ err: error }, "notifications : résumés quotidiens en échec"));
    await pruneLiveEvents().catch((error) => log.error({ err: error }, "direct : purge des événements en échec"));
    await purgePersonalDataWhenDue(log).catch((error) => log.error({ err: error }, "rétention : purge en échec"));
  };
  holder.__atelierRoundScheduler = setInterval(tick, schedulerIntervalMs());
  holder.__atelierRoundScheduler.unref();
  setTimeout(tick, Math.min(5_000, schedulerIntervalMs())).unref();
}

/** Shutdown: no new tick starts. */
export function stopRoundScheduler(): void {
  clearInterval(holder.__atelierRoundScheduler);
}
