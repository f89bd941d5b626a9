import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { listAuditEventsPage, ZAuditActionFilter } from "./list-audit-events-page.ts";

describe("the audit journal", () => {
  it("is for administrators only", async () => {
    const member = await createActor("MEMBER");
    await expect(listAuditEventsPage({ actor: member, page: 1, pageSize: 10 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("pages through every event once, newest first, and filters by action or family", async () => {
    const admin = await createActor("ADMIN");
    const family = `test-${randomUUID().slice(0, 8)}`;
    const at = new Date("2030-01-01T00:00:00Z");
    // Seven events of one family, two of them in the same millisecond, and one of another family with the prefix.
    await db.auditEvent.createMany({
      data: [
        ...Array.from({ length: 7 }, (_, index) => ({
          actorLabel: "test",
          action: `${family}.${index % 2 ? "a" : "b"}`,
          targetType: "test",
          createdAt: new Date(at.getTime() + Math.min(index, 5) * 1000),
        })),
        { actorLabel: "test", action: `${family}x.a`, targetType: "test", createdAt: at },
      ],
    });
    const pages = [];
    for (let page = 1; page <= 3; page += 1)
      pages.push(await listAuditEventsPage({ actor: admin, action: family, page, pageSize: 3 }));
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
    expect(pages[0]).toMatchObject({ total: 7, pageCount: 3 });
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(7);
    const dates = pages.flatMap((page) => page.items.map((item) => item.createdAt.getTime()));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    expect((await listAuditEventsPage({ actor: admin, action: `${family}.a`, page: 1, pageSize: 50 })).total).toBe(3);
    // A page past the end is the last one.
    expect((await listAuditEventsPage({ actor: admin, action: family, page: 99, pageSize: 3 })).page).toBe(3);
  });

  it("reads a hostile filter as no filter", () => {
    for (const value of ["", " ", "%", "a b", "x".repeat(65), "card'; DROP", "\u0000", "CARD"]) {
      expect(ZAuditActionFilter.parse(value)).toBeUndefined();
    }
    expect(ZAuditActionFilter.parse("use-case.review")).toBe("use-case.review");
  });
});
