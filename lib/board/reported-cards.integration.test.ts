import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { stopLiveEvents, subscribeLiveEvents, type TLiveEvent } from "@/lib/live/live-events.ts";
import { saveIrritant, ZSaveIrritantInput } from "@/lib/catalogue/save-irritant.ts";
import { saveDataItem, ZSaveDataItemInput } from "@/lib/catalogue/save-data-item.ts";
import { retireCatalogueEntry } from "@/lib/catalogue/retire-catalogue-entry.ts";
import { getBoard } from "./get-board.ts";
import { moveCard } from "./move-card.ts";
import { REPORTED_COLUMN_KEY } from "./add-reported-card.ts";

afterAll(() => stopLiveEvents());

const report = (actor: Awaited<ReturnType<typeof createActor>>) =>
  saveIrritant({
    actor,
    input: ZSaveIrritantInput.parse({
      title: `Irritant signalé ${randomUUID().slice(0, 8)}`,
      description: "Un irritant signalé par un membre.",
      category: "AUTRE",
      paths: [],
      quotes: "",
      dataItems: [],
      schemes: [],
    }),
  });
const addItem = (actor: Awaited<ReturnType<typeof createActor>>) =>
  saveDataItem({
    actor,
    input: ZSaveDataItemInput.parse({
      name: `Donnée signalée ${randomUUID().slice(0, 8)}`,
      definition: "Une donnée ajoutée par un membre.",
      format: "",
      holder: "Un détenteur",
      publicApi: "",
      endpoint: "",
      scopes: "",
      availability: "INEXISTANTE",
      effort: 2,
      paths: [],
    }),
  });
/** A card in a column of its own, to move into « Signalé ». */
async function cardElsewhere() {
  const suffix = randomUUID().slice(0, 8);
  const column = await db.boardColumn.create({ data: { name: `Ailleurs ${suffix}`, position: 200 } });
  const irritant = await db.irritant.create({
    data: {
      slug: `ailleurs-${suffix}`,
      title: `Ailleurs ${suffix}`,
      description: "…",
      category: "AUTRE",
      paths: [],
      quotes: [],
    },
  });
  return db.boardCard.create({ data: { columnId: column.id, position: 0, irritantId: irritant.id } });
}
const reportedColumn = async () => (await getBoard()).find((column) => column.key === REPORTED_COLUMN_KEY)!;

// The « Signalé » column is shared by every test of this file: they run one after the other.
describe("reported cards", () => {
  it("puts a new irritant's and a new data item's card at the end of « Signalé », audited, and tells open boards", async () => {
    const member = await createActor("MEMBER");
    const received: TLiveEvent[] = [];
    const unsubscribe = await subscribeLiveEvents((ordered) => received.push(ordered.event));
    const irritant = await report(member);
    const item = await addItem(member);
    const column = await reportedColumn();
    expect(column.cards.slice(-2).map((card) => [card.kind, card.slug])).toEqual([
      ["irritant", irritant.slug],
      ["donnee", item.slug],
    ]);
    await expect.poll(() => received.filter((event) => event.type === "board.changed").length).toBe(2);
    unsubscribe();
    const card = await db.boardCard.findUniqueOrThrow({ where: { irritantId: irritant.id } });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "card.report", targetId: card.id },
        select: { actorId: true, data: true },
      }),
    ).toMatchObject({ actorId: member.id, data: { to: "Signalé" } });
  });

  it("never loses a report when « Signalé » is full: the card goes in over the limit, admins are told, moves into it stay refused", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const column = await db.boardColumn.findUniqueOrThrow({ where: { key: REPORTED_COLUMN_KEY } });
    const visible = (await reportedColumn()).cards.length;
    await db.boardColumn.update({ where: { id: column.id }, data: { wipLimit: visible } });
    try {
      const results = await Promise.all([report(member), addItem(member)]);
      const after = await reportedColumn();
      expect(after.cards.length).toBe(visible + 2);
      expect(after.cards.map((card) => card.slug)).toEqual(
        expect.arrayContaining(results.map((result) => result.slug)),
      );
      expect(
        await db.notification.count({ where: { userId: admin.id, title: "« Signalé » dépasse sa limite d'encours" } }),
      ).toBe(2);
      expect(
        await db.auditEvent.count({
          where: { action: "card.report", data: { path: ["overWipLimit"], equals: visible } },
        }),
      ).toBe(2);
      // Another card cannot be moved in while the column is over its limit.
      const card = await cardElsewhere();
      await expect(
        moveCard({
          actor: member,
          input: { cardId: card.id, toColumnId: column.id, toIndex: 0, expectedVersion: card.version },
        }),
      ).rejects.toMatchObject({ code: "LIMIT_REACHED" });
    } finally {
      await db.boardColumn.update({ where: { id: column.id }, data: { wipLimit: null } });
    }
  });

  it("takes retired entries' cards off the board, out of the WIP count, and brings them back on restore", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const irritant = await report(member);
    await retireCatalogueEntry({ actor: admin, input: { kind: "irritant", id: irritant.id, retired: true } });
    const column = await reportedColumn();
    expect(column.cards.map((card) => card.slug)).not.toContain(irritant.slug);
    // A limit equal to the visible cards plus one lets one more card in, the hidden one not counting.
    await db.boardColumn.update({ where: { id: column.id }, data: { wipLimit: column.cards.length + 1 } });
    try {
      const other = await cardElsewhere();
      await moveCard({
        actor: member,
        input: { cardId: other.id, toColumnId: column.id, toIndex: 1, expectedVersion: other.version },
      });
      expect((await reportedColumn()).cards[1].id).toBe(other.id);
    } finally {
      await db.boardColumn.update({ where: { id: column.id }, data: { wipLimit: null } });
    }
    await retireCatalogueEntry({ actor: admin, input: { kind: "irritant", id: irritant.id, retired: false } });
    expect((await reportedColumn()).cards.map((card) => card.slug)).toContain(irritant.slug);
  });

  it("recreates « Signalé » when it no longer exists, rather than refusing the report", async () => {
    const member = await createActor("MEMBER");
    const column = await db.boardColumn.findUniqueOrThrow({ where: { key: REPORTED_COLUMN_KEY } });
    await db.boardColumn.update({ where: { id: column.id }, data: { key: `ancienne-${randomUUID().slice(0, 8)}` } });
    try {
      const irritant = await report(member);
      const recreated = await db.boardColumn.findUniqueOrThrow({
        where: { key: REPORTED_COLUMN_KEY },
        include: { cards: true },
      });
      expect(recreated.name).toBe("Signalé");
      expect(recreated.cards.map((card) => card.irritantId)).toEqual([irritant.id]);
      const first = await db.boardColumn.findFirstOrThrow({ orderBy: { position: "asc" } });
      expect(first.id).toBe(recreated.id);
      // The card goes back to the real « Signalé » before the recreated column is removed.
      const position = await db.boardCard.count({ where: { columnId: column.id } });
      await db.boardCard.updateMany({ where: { columnId: recreated.id }, data: { columnId: column.id, position } });
      await db.boardColumn.delete({ where: { id: recreated.id } });
    } finally {
      await db.boardColumn.update({ where: { id: column.id }, data: { key: REPORTED_COLUMN_KEY } });
    }
  });
});
