import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  describeCountdown,
  formatCountdown,
  timerRemainingMs,
  toggleTimer,
  type TTimerState,
} from "./workshop-timer.ts";

const at = (ms: number) => new Date(1_800_000_000_000 + ms);

describe("step timer", () => {
  it("counts down while running and stands still while paused", () => {
    const running: TTimerState = { durationMs: 300_000, elapsedMs: 0, startedAt: at(0) };
    expect(timerRemainingMs(running, at(60_000))).toBe(240_000);
    const paused = { ...running, ...toggleTimer(running, at(60_000)) };
    expect(paused).toMatchObject({ startedAt: null, elapsedMs: 60_000 });
    expect(timerRemainingMs(paused, at(500_000))).toBe(240_000);
    const resumed = { ...paused, ...toggleTimer(paused, at(500_000)) };
    expect(timerRemainingMs(resumed, at(510_000))).toBe(230_000);
  });

  it("gives every screen the same remaining time whenever it (re)connects", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 120_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 100_000 }),
        (gaps, lookAfter) => {
          // A sequence of start/pause presses; the remaining time equals the duration minus the running intervals only.
          let timer: TTimerState = { durationMs: 600_000, elapsedMs: 0, startedAt: null };
          let now = 0;
          let runningTotal = 0;
          for (const gap of gaps) {
            timer = { ...timer, ...toggleTimer(timer, at(now)) };
            now += gap;
            if (timer.startedAt) runningTotal += gap;
          }
          const extra = timer.startedAt ? lookAfter : 0;
          expect(timerRemainingMs(timer, at(now + lookAfter))).toBe(600_000 - runningTotal - extra);
        },
      ),
    );
  });

  it("never counts time before its start (a browser clock behind the server's)", () => {
    expect(timerRemainingMs({ durationMs: 60_000, elapsedMs: 0, startedAt: at(10_000) }, at(0))).toBe(60_000);
  });

  it("formats minutes and seconds, rounding up while time is left, and shows an overrun", () => {
    expect(formatCountdown(300_000)).toBe("05:00");
    expect(formatCountdown(299_001)).toBe("05:00");
    expect(formatCountdown(1)).toBe("00:01");
    expect(formatCountdown(0)).toBe("00:00");
    expect(formatCountdown(-500)).toBe("00:00");
    expect(formatCountdown(-12_000)).toBe("-00:12");
    expect(formatCountdown(3_600_000)).toBe("60:00");
    expect(describeCountdown(61_000)).toBe("2 minutes restantes");
    expect(describeCountdown(30_000)).toBe("1 minute restante");
    expect(describeCountdown(0)).toBe("Temps écoulé");
  });
});
