import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { digestWindow } from "./digest-window.ts";

describe("digestWindow", () => {
  it("covers the 24 hours before 7 a.m. Paris time, in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(digestWindow(new Date("2026-12-04T09:00:00Z"))).toEqual({
      from: new Date("2026-12-03T06:00:00Z"),
      to: new Date("2026-12-04T06:00:00Z"),
    });
    expect(digestWindow(new Date("2026-07-14T05:30:00Z"))).toEqual({
      from: new Date("2026-07-13T05:00:00Z"),
      to: new Date("2026-07-14T05:00:00Z"),
    });
  });

  it("before 7 a.m. the window is still yesterday's", () => {
    expect(digestWindow(new Date("2026-12-04T05:59:59Z")).to).toEqual(new Date("2026-12-03T06:00:00Z"));
  });

  it("spans 23 or 25 hours on the nights the clocks change", () => {
    const spring = digestWindow(new Date("2026-03-29T12:00:00Z"));
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * 3_600_000);
    const autumn = digestWindow(new Date("2026-10-25T12:00:00Z"));
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * 3_600_000);
  });

  it("is right when computed just after midnight on the nights the clocks change", () => {
    expect(digestWindow(new Date("2026-10-25T22:30:00Z")).to).toEqual(new Date("2026-10-25T06:00:00Z"));
    expect(digestWindow(new Date("2026-03-29T06:30:00Z")).to).toEqual(new Date("2026-03-29T05:00:00Z"));
  });

  it("always ends at the latest 7 a.m. not after now, and consecutive windows tile time", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (now) => {
        const { from, to } = digestWindow(now);
        expect(to.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(now.getTime() - to.getTime()).toBeLessThan(25 * 3_600_000);
        expect(digestWindow(new Date(from.getTime() + 1)).to).toEqual(from);
      }),
    );
  });
});
