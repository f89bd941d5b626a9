import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { stopLiveEvents, subscribeLiveEvents, type TLiveEvent } from "@/lib/live/live-events.ts";
import { moveCard } from "./move-card.ts";
import { createColumn } from "./create-column.ts";
import { updateColumn } from "./update-column.ts";
import { deleteColumn } from "./delete-column.ts";
import { getCard } from "./get-card.ts";

afterAll(() => stopLiveEvents());

/** A board of its own: two columns, the second limited to `wipLimit` cards. */
async function createBoard({ cards = 3, wipLimit = 2 }: { cards?: number; wipLimit?: number } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const from = await db.boardColumn.create({ data: { name: `Source ${suffix}`, position: 100 } });
  const to = await db.boardColumn.create({ data: { name: `Cible ${suffix}`, position: 101, wipLimit } });
  const ids: string[] = [];
  for (let index = 0; index < cards; index++) {
    const irritant = await db.irritant.create({
      data: {
        slug: `irritant-${suffix}-${index}`,
        title: `Irritant ${suffix} ${index}`,
        description: "…",
        category: "JUSTIFICATIF",
        paths: [],
        quotes: [],
      },
    });
    ids.push((await db.boardCard.create({ data: { columnId: from.id, position: index, irritantId: irritant.id } })).id);
  }
  return { from, to, ids };
}

const order = async (columnId: string) =>
  (await db.boardCard.findMany({ where: { columnId }, orderBy: { position: "asc" }, select: { id: true } })).map(
    (card) => card.id,
  );

describe("moving cards", () => {
  it("reorders within a column and moves across columns, audited with who and where", async () => {
    const member = await createActor("MEMBER");
    const { from, to, ids } = await createBoard();
    await moveCard({ actor: member, input: { cardId: ids[0], toColumnId: from.id, toIndex: 2, expectedVersion: 1 } });
    expect(await order(from.id)).toEqual([ids[1], ids[2], ids[0]]);
    const moved = await moveCard({
      actor: member,
      input: { cardId: ids[2], toColumnId: to.id, toIndex: 0, expectedVersion: 1 },
    });
    expect(moved.version).toBe(2);
    expect(await order(from.id)).toEqual([ids[1], ids[0]]);
    expect(await order(to.id)).toEqual([ids[2]]);
    const card = await getCard({ cardId: ids[2] });
    expect(card?.activity[0]).toMatchObject({ who: "Test MEMBER", from: from.name, to: to.name, position: 1 });
    expect(JSON.stringify(card)).not.toContain(member.email);
  });

  it("refuses a move based on a stale version, and only one of two simultaneous moves of a card wins", async () => {
    const member = await createActor("MEMBER");
    const { from, to, ids } = await createBoard();
    await moveCard({ actor: member, input: { cardId: ids[0], toColumnId: to.id, toIndex: 0, expectedVersion: 1 } });
    await expect(
      moveCard({ actor: member, input: { cardId: ids[0], toColumnId: from.id, toIndex: 0, expectedVersion: 1 } }),
    ).rejects.toMatchObject({ code: "STALE" });
    expect(await order(to.id)).toEqual([ids[0]]);

    const results = await Promise.allSettled([
      moveCard({ actor: member, input: { cardId: ids[1], toColumnId: to.id, toIndex: 0, expectedVersion: 1 } }),
      moveCard({ actor: member, input: { cardId: ids[1], toColumnId: from.id, toIndex: 1, expectedVersion: 1 } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "STALE" } });
    expect((await db.boardCard.findUniqueOrThrow({ where: { id: ids[1] } })).version).toBe(2);
  });

  it("enforces the WIP limit with a clear message, even for simultaneous moves", async () => {
    const member = await createActor("MEMBER");
    const { to, ids } = await createBoard({ cards: 4, wipLimit: 2 });
    const results = await Promise.allSettled(
      ids.map((cardId) =>
        moveCard({ actor: member, input: { cardId, toColumnId: to.id, toIndex: 0, expectedVersion: 1 } }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "LIMIT_REACHED", message: expect.stringMatching(/limitée à 2 cartes/) },
    });
    expect(await db.boardCard.count({ where: { columnId: to.id } })).toBe(2);
  });

  it("tells live subscribers about the move once it is committed", async () => {
    const member = await createActor("MEMBER");
    const { to, ids } = await createBoard({ cards: 1 });
    const received: TLiveEvent[] = [];
    const unsubscribe = await subscribeLiveEvents((event) => received.push(event.event));
    await moveCard({ actor: member, input: { cardId: ids[0], toColumnId: to.id, toIndex: 0, expectedVersion: 1 } });
    await expect
      .poll(() => received.find((event) => event.type === "card.moved" && event.cardId === ids[0]), { timeout: 2_000 })
      .toMatchObject({ columnId: to.id, version: 2 });
    unsubscribe();
  });
});

describe("configuring columns", () => {
  it("lets admins add, rename, limit, reorder and remove empty columns; members may not", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    await expect(createColumn({ actor: member, input: { name: "Interdite", wipLimit: null } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const column = await createColumn({
      actor: admin,
      input: { name: `Nouvelle ${randomUUID().slice(0, 6)}`, wipLimit: 3 },
    });
    await updateColumn({ actor: admin, input: { columnId: column.id, name: "Renommée", wipLimit: null, position: 0 } });
    const first = await db.boardColumn.findFirstOrThrow({ orderBy: { position: "asc" } });
    expect(first).toMatchObject({ id: column.id, name: "Renommée", wipLimit: null });
    await expect(
      updateColumn({ actor: member, input: { columnId: column.id, name: "Pirate", wipLimit: 1, position: 0 } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteColumn({ actor: admin, input: { columnId: column.id } });
    expect(await db.boardColumn.findUnique({ where: { id: column.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { targetType: "board-column", targetId: column.id } })).toBe(3);
  });

  it("refuses to remove a column that still holds cards", async () => {
    const admin = await createActor("ADMIN");
    const { from } = await createBoard({ cards: 1 });
    await expect(deleteColumn({ actor: admin, input: { columnId: from.id } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/contient encore 1 carte/),
    });
  });
});
