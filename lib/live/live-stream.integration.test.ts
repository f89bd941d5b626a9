import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { LIVE_EVENT_RETENTION_MS, pruneLiveEvents, publishLiveEvent, stopLiveEvents } from "./live-events.ts";
import {
  acquireStreamSlot,
  closeAllLiveStreams,
  createLiveStream,
  openLiveStreamCount,
  parseLastEventId,
} from "./live-stream.ts";

afterAll(() => stopLiveEvents());

type Block = { id?: string; event?: string; data?: string; retry?: string; comment?: string };

/** Reads a server-sent event stream block by block, as EventSource does. */
function reader(stream: ReadableStream<Uint8Array>) {
  const blocks: Block[] = [];
  let ended = false;
  void (async () => {
    let buffer = "";
    const decoder = new TextDecoder();
    for await (const chunk of stream) {
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block: Block = {};
        for (const line of buffer.slice(0, end).split("\n")) {
          if (line.startsWith(":")) block.comment = line.slice(1).trim();
          const [, field, value] = /^(\w+): ?(.*)$/.exec(line) ?? [];
          if (field) block[field as keyof Block] = value;
        }
        blocks.push(block);
        buffer = buffer.slice(end + 2);
      }
    }
    ended = true;
  })();
  const data = () => blocks.filter((block) => block.data && !block.event);
  return {
    blocks,
    data,
    ended: () => ended,
    ready: () => expect.poll(() => blocks.some((block) => block.event === "ready"), { timeout: 5_000 }).toBe(true),
    readyId: () => blocks.find((block) => block.event === "ready")?.id,
  };
}

const open = (options: { member: boolean; lastEventId?: bigint | null }) => {
  const controller = new AbortController();
  const stream = reader(
    createLiveStream({ member: options.member, lastEventId: options.lastEventId ?? null, signal: controller.signal }),
  );
  return { ...stream, close: () => controller.abort() };
};

describe("live event stream", () => {
  it("replays nothing and asks for no refetch when nothing was ever published (id 0)", async () => {
    await db.liveEvent.deleteMany();
    const stream = open({ member: true, lastEventId: 0n });
    await stream.ready();
    expect(stream.readyId()).toBe("0");
    expect(stream.blocks.some((block) => block.event === "resync")).toBe(false);
    stream.close();
  });

  it("gives every event a growing id, and replays what a reconnecting browser missed (Last-Event-ID)", async () => {
    const first = open({ member: true });
    await first.ready();
    for (let index = 0; index < 3; index++) await publishLiveEvent({ type: "board.changed" });
    await expect.poll(() => first.data().length, { timeout: 5_000 }).toBe(3);
    const ids = first.data().map((block) => BigInt(block.id!));
    expect(ids[0] < ids[1] && ids[1] < ids[2]).toBe(true);
    expect(BigInt(first.readyId()!)).toBeLessThan(ids[0]);
    // The browser saw the first event only, then lost its instance; two more were published meanwhile.
    first.close();
    const again = open({ member: true, lastEventId: ids[0] });
    await again.ready();
    expect(again.data().map((block) => block.id)).toEqual([String(ids[1]), String(ids[2])]);
    expect(again.blocks.some((block) => block.event === "resync")).toBe(false);
    // …and then follows live events as before.
    await publishLiveEvent({ type: "round.changed", roundId: "r1" }, "public");
    await expect.poll(() => again.data().length, { timeout: 5_000 }).toBe(3);
    expect(JSON.parse(again.data()[2].data!)).toEqual({ type: "round.changed", roundId: "r1" });
    again.close();
  });

  it("asks for a refetch (resync) when the gap cannot be replayed", async () => {
    await publishLiveEvent({ type: "board.changed" });
    const newest = (await db.liveEvent.aggregate({ _max: { id: true } }))._max.id!;
    // Variants: an id older than everything kept (pruned), an id from another database (ahead of it).
    await db.liveEvent.updateMany({ data: { createdAt: new Date(Date.now() - LIVE_EVENT_RETENTION_MS - 60_000) } });
    await publishLiveEvent({ type: "board.changed" });
    expect(await pruneLiveEvents()).toBeGreaterThanOrEqual(1);
    for (const lastEventId of [newest - 1n, 1n, newest + 1_000_000n]) {
      const stream = open({ member: true, lastEventId });
      await stream.ready();
      const resync = stream.blocks.find((block) => block.event === "resync");
      expect(resync, `Last-Event-ID ${lastEventId}`).toBeDefined();
      expect(stream.data()).toEqual([]);
      stream.close();
    }
  });

  it("sends anonymous subscribers only what the public may see", async () => {
    const anonymous = open({ member: false });
    const member = open({ member: true });
    await anonymous.ready();
    await member.ready();
    const participation = { voters: 3, eligible: 10, rate: 0.3 };
    await publishLiveEvent({ type: "ballot.cast", roundId: "open-round", participation });
    await publishLiveEvent({ type: "round.changed", roundId: "open-round" });
    await publishLiveEvent({ type: "card.moved", cardId: "c1", columnId: "k1", version: 2 });
    await publishLiveEvent({ type: "round.changed", roundId: "closed-round" }, "public");
    await expect.poll(() => member.data().length, { timeout: 5_000 }).toBe(4);
    await expect.poll(() => anonymous.data().length, { timeout: 5_000 }).toBe(2);
    expect(anonymous.data().map((block) => JSON.parse(block.data!))).toEqual([
      { type: "card.moved", cardId: "c1", columnId: "k1", version: 2 },
      { type: "round.changed", roundId: "closed-round" },
    ]);
    // A replay filters the same way.
    const replayed = open({ member: false, lastEventId: BigInt(member.data()[0].id!) - 1n });
    await replayed.ready();
    expect(replayed.data().map((block) => JSON.parse(block.data!).type)).toEqual(["card.moved", "round.changed"]);
    for (const stream of [anonymous, member, replayed]) stream.close();
  });

  it("tells anonymous subscribers about comment threads of public pages, never about a sheet's", async () => {
    const anonymous = open({ member: false });
    const member = open({ member: true });
    await anonymous.ready();
    await member.ready();
    for (const target of ["sheet", "irritant", "data-item", "board-card"] as const)
      await publishLiveEvent({ type: "comment.changed", target, targetId: `${target}-1` });
    await expect.poll(() => member.data().length, { timeout: 5_000 }).toBe(4);
    await expect.poll(() => anonymous.data().length, { timeout: 5_000 }).toBe(3);
    expect(anonymous.data().map((block) => JSON.parse(block.data!).target)).toEqual([
      "irritant",
      "data-item",
      "board-card",
    ]);
    for (const stream of [anonymous, member]) stream.close();
  });

  it("closes every open stream with a reconnection hint on shutdown", async () => {
    const streams = [open({ member: true }), open({ member: false })];
    for (const stream of streams) await stream.ready();
    expect(openLiveStreamCount()).toBe(2);
    expect(closeAllLiveStreams()).toBe(2);
    for (const stream of streams) {
      await expect.poll(stream.ended, { timeout: 5_000 }).toBe(true);
      expect(stream.blocks.at(-1)).toMatchObject({ retry: "1000" });
    }
    expect(openLiveStreamCount()).toBe(0);
  });
});

describe("stream slots per client address", () => {
  it("refuses one more stream than allowed, per address, and frees a slot when a stream closes", () => {
    const held = [1, 2, 3].map(() => acquireStreamSlot("192.0.2.1", 3));
    expect(held.every(Boolean)).toBe(true);
    expect(acquireStreamSlot("192.0.2.1", 3)).toBeNull();
    expect(acquireStreamSlot("192.0.2.2", 3)).not.toBeNull();
    held[0]!();
    held[0]!(); // releasing twice frees one slot only
    const next = acquireStreamSlot("192.0.2.1", 3);
    expect(next).not.toBeNull();
    expect(acquireStreamSlot("192.0.2.1", 3)).toBeNull();
  });

  it("reads only decimal ids from Last-Event-ID", () => {
    expect(parseLastEventId("42")).toBe(42n);
    for (const value of [null, undefined, "", "-1", "1e3", "abc", "12345678901234567890123"])
      expect(parseLastEventId(value)).toBeNull();
  });
});
