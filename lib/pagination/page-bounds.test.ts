import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageBounds, paginate, ZPageNumber } from "./page-bounds.ts";

describe("ZPageNumber", () => {
  it("reads a page number written in digits", () => {
    expect(ZPageNumber.parse("2")).toBe(2);
    expect(ZPageNumber.parse(" 12 ")).toBe(12);
    expect(ZPageNumber.parse("1000000000")).toBe(1_000_000_000);
  });

  it("reads every other value as the first page", () => {
    for (const value of [
      undefined,
      "",
      "0",
      "00",
      "-1",
      "1.5",
      "1e3",
      "abc",
      "2abc",
      "\u0000",
      "1\u0007",
      "%00",
      "9".repeat(16),
      ["2", "3"],
      2,
      null,
    ]) {
      expect(ZPageNumber.parse(value), JSON.stringify(value)).toBe(1);
    }
  });

  it("always yields a positive safe integer", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat().map(String), fc.integer().map(String)), (value) => {
        const page = ZPageNumber.parse(value);
        expect(Number.isSafeInteger(page) && page >= 1).toBe(true);
      }),
    );
  });
});

describe("pageBounds", () => {
  it("bounds the page to the last one and to the first one", () => {
    expect(pageBounds(25, { page: 2, pageSize: 10 })).toEqual({
      page: 2,
      pageCount: 3,
      pageSize: 10,
      skip: 10,
      take: 10,
    });
    expect(pageBounds(25, { page: 1_000_000_000, pageSize: 10 })).toMatchObject({ page: 3, skip: 20 });
    expect(pageBounds(25, { page: 0, pageSize: 10 })).toMatchObject({ page: 1, skip: 0 });
    expect(pageBounds(25, { page: -4, pageSize: 10 })).toMatchObject({ page: 1, skip: 0 });
    expect(pageBounds(0, { page: 5, pageSize: 10 })).toEqual({
      page: 1,
      pageCount: 1,
      pageSize: 10,
      skip: 0,
      take: 10,
    });
    expect(pageBounds(30, { page: 3, pageSize: 10 })).toMatchObject({ page: 3, pageCount: 3 });
  });

  it("refuses a page size that is not a positive integer", () => {
    for (const pageSize of [0, -1, 1.5, Number.NaN])
      expect(() => pageBounds(10, { page: 1, pageSize })).toThrow(RangeError);
  });
});

describe("paginate", () => {
  it("serves every item exactly once across the pages, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (items, pageSize) => {
        const first = paginate(items, { page: 1, pageSize });
        const pages = Array.from({ length: first.pageCount }, (_, index) =>
          paginate(items, { page: index + 1, pageSize }),
        );
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(pages.every((page) => page.total === items.length && page.items.length <= pageSize)).toBe(true);
      }),
    );
  });
});
