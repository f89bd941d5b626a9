/**
 * The timer of the current step, as the server keeps it: running since `startedAt` (null when paused)
 * after `elapsedMs` already counted. Every screen computes the same remaining time from it, whatever
 * the moment it (re)connected; `serverOffsetMs` corrects a browser clock that is off.
 */
export type TTimerState = { durationMs: number; elapsedMs: number; startedAt: Date | null };

export function timerElapsedMs(timer: TTimerState, now: Date): number {
  return timer.elapsedMs + (timer.startedAt ? Math.max(0, now.getTime() - timer.startedAt.getTime()) : 0);
}

/** Milliseconds left; negative once the step overran (shown as « dépassé »). */
export function timerRemainingMs(timer: TTimerState, now: Date): number {
  return timer.durationMs - timerElapsedMs(timer, now);
}

/** Start or pause: a pause banks the time elapsed so far; a start resumes from it. */
export function toggleTimer(timer: TTimerState, now: Date): Pick<TTimerState, "elapsedMs" | "startedAt"> {
  return timer.startedAt
    ? { elapsedMs: timerElapsedMs(timer, now), startedAt: null }
    : { elapsedMs: timer.elapsedMs, startedAt: now };
}

/** « 04:59 », « -00:12 » once overrun: whole seconds, rounded up while time is left so that 0:00 means over. */
export function formatCountdown(remainingMs: number): string {
  const negative = remainingMs < 0;
  const seconds = negative ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const text = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return negative && seconds > 0 ? `-${text}` : text;
}

/** Spoken form for screen readers (announced at whole minutes only). */
export function describeCountdown(remainingMs: number): string {
  if (remainingMs <= 0) return "Temps écoulé";
  const minutes = Math.ceil(remainingMs / 60_000);
  return `${minutes} minute${minutes > 1 ? "s" : ""} restante${minutes > 1 ? "s" : ""}`;
}
