import "server-only";
import { loggerForTask } from "@/lib/log/logger.ts";
import { purgePersonalDataWhenDue } from "@/lib/retention/purge-when-due.ts";
import { sweepRoundSchedule } from "./sweep-round-schedule.ts";

const EVERY_MS = 30_000;
const holder = globalThis as { __atelierRoundScheduler?: NodeJS.Timeout };

/** Opens and closes rounds on their dates (notifications, closing stamp) and purges expired personal data while the server runs. */
export function startRoundScheduler(): void {
  // Build workers load instrumentation too; only a serving process may open the database (PGlite allows one process).
  if (holder.__atelierRoundScheduler || !process.title.startsWith("next-server")) return;
  const tick = () => {
    const log = loggerForTask("round-scheduler");
    sweepRoundSchedule()
      .catch((error) => log.error({ err: error }, "scrutins : planification en échec"))
      // The personal-data retention rides on the same tick (RGPD, lib/retention), after the rounds.
      .then(() => purgePersonalDataWhenDue(log))
      .catch((error) => log.error({ err: error }, "rétention : purge en échec"));
  };
  holder.__atelierRoundScheduler = setInterval(tick, EVERY_MS);
  holder.__atelierRoundScheduler.unref();
  setTimeout(tick, 5_000).unref();
}
