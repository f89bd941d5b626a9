import "server-only";
import type { Logger } from "pino";
import { purgePersonalData } from "./purge-personal-data.ts";

const EVERY_MS = 3_600_000;
const holder = globalThis as { __atelierLastPurge?: number };

/** Called by the scheduler's every tick: purges at most once an hour in this process (the purge is idempotent). */
export async function purgePersonalDataWhenDue(log: Logger, now = Date.now()): Promise<void> {
  if (holder.__atelierLastPurge !== undefined && now - holder.__atelierLastPurge < EVERY_MS) return;
  holder.__atelierLastPurge = now;
  const counts = await purgePersonalData({ now: new Date(now) });
  if (Object.values(counts).some((count) => count > 0)) log.info({ counts }, "données personnelles échues purgées");
}
