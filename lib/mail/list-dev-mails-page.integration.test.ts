import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { resetEnvCache } from "@/lib/config/env.ts";
import { listDevMailsPage } from "./list-dev-mails-page.ts";

afterEach(() => {
  resetEnvCache();
});

describe("listDevMailsPage", () => {
  it("serves every mail once, newest first, over bounded pages with the total", async () => {
    await db.devMail.deleteMany();
    const sameInstant = new Date("2026-12-01T10:00:00.000Z");
    // Seven mails, three of them sent in the same millisecond: ties must not repeat or drop a mail across pages.
    for (let index = 0; index < 7; index++) {
      const createdAt = index < 3 ? sameInstant : new Date(sameInstant.getTime() + index * 60_000);
      await db.devMail.create({
        data: { to: `membre${index}@test.example.org`, subject: `Message ${index}`, text: "…", html: "…", createdAt },
      });
    }
    const pages = await Promise.all([1, 2, 3].map((page) => listDevMailsPage({ page, pageSize: 3 })));
    const subjects = pages.flatMap((page) => page?.items.map((mail) => mail.subject) ?? []);
    expect(new Set(subjects).size).toBe(7);
    expect(subjects.slice(0, 4)).toEqual(["Message 6", "Message 5", "Message 4", "Message 3"]);
    expect(pages.map((page) => [page?.page, page?.pageCount, page?.total])).toEqual([
      [1, 3, 7],
      [2, 3, 7],
      [3, 3, 7],
    ]);
    expect((await listDevMailsPage({ page: 1_000_000_000, pageSize: 3 }))?.page).toBe(3);
    expect((await listDevMailsPage({ page: 0, pageSize: 3 }))?.items.map((mail) => mail.subject)).toEqual(
      subjects.slice(0, 3),
    );
  });

  it("answers null outside demo mode", async () => {
    process.env.DEMO_MODE = "0";
    resetEnvCache();
    try {
      expect(await listDevMailsPage({ page: 1, pageSize: 3 })).toBeNull();
    } finally {
      process.env.DEMO_MODE = "1";
    }
  });
});
