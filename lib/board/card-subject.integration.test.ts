import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";

async function subjects() {
  const suffix = randomUUID().slice(0, 8);
  const column = await db.boardColumn.create({ data: { name: `Sujets ${suffix}`, position: 300 } });
  const irritant = await db.irritant.create({
    data: {
      slug: `sujet-${suffix}`,
      title: `Sujet ${suffix}`,
      description: "…",
      category: "AUTRE",
      paths: [],
      quotes: [],
    },
  });
  const dataItem = await db.dataItem.create({
    data: {
      slug: `donnee-${suffix}`,
      name: `Donnée ${suffix}`,
      definition: "…",
      holder: "…",
      availability: "EN_COURS",
      effort: 2,
      paths: [],
    },
  });
  return { column, irritant, dataItem };
}

describe("a board card has exactly one subject", () => {
  it("the database refuses a card with no subject or with two, whether created or updated", async () => {
    const { column, irritant, dataItem } = await subjects();
    await expect(db.boardCard.create({ data: { columnId: column.id, position: 0 } })).rejects.toThrow(
      /BoardCard_exactly_one_subject/,
    );
    await expect(
      db.boardCard.create({
        data: { columnId: column.id, position: 0, irritantId: irritant.id, dataItemId: dataItem.id },
      }),
    ).rejects.toThrow(/BoardCard_exactly_one_subject/);
    await expect(
      db.$executeRaw`INSERT INTO "BoardCard" ("id", "columnId", "position", "updatedAt") VALUES (${randomUUID()}, ${column.id}, 0, now())`,
    ).rejects.toThrow(/BoardCard_exactly_one_subject/);

    const card = await db.boardCard.create({ data: { columnId: column.id, position: 0, irritantId: irritant.id } });
    await expect(db.boardCard.update({ where: { id: card.id }, data: { dataItemId: dataItem.id } })).rejects.toThrow(
      /BoardCard_exactly_one_subject/,
    );
    await expect(db.boardCard.update({ where: { id: card.id }, data: { irritantId: null } })).rejects.toThrow(
      /BoardCard_exactly_one_subject/,
    );
    // Switching the subject in one statement keeps exactly one.
    await db.boardCard.update({ where: { id: card.id }, data: { irritantId: null, dataItemId: dataItem.id } });
    expect(await db.boardCard.count({ where: { columnId: column.id } })).toBe(1);
  });
});
