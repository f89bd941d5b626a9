// The participation of a round travels in its `ballot.cast` events (ADR 0031): counted once per burst of votes,
// published in the order of the counts, and to members only.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { publishLiveEvent, stopLiveEvents, type TLiveEvent } from "@/lib/live/live-events.ts";
import { createLiveStream } from "@/lib/live/live-stream.ts";
import { createRound } from "./create-round.ts";
import { castVote } from "./cast-vote.ts";
import { countParticipationWith } from "./count-round-participation.ts";
import { PARTICIPATION_WINDOW_MS, participationPublished } from "./publish-round-participation.ts";

afterAll(() => stopLiveEvents());

const HOUR = 3_600_000;

/** The events a stream delivers (ready and resync blocks aside), parsed. */
function follow(member: boolean, lastEventId: bigint | null = null) {
  const controller = new AbortController();
  const events: { id: string; event: TLiveEvent }[] = [];
  let ready = false;
  void (async () => {
    let buffer = "";
    const decoder = new TextDecoder();
    for await (const chunk of createLiveStream({ member, lastEventId, signal: controller.signal })) {
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes("event: ready")) ready = true;
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (id && data && !block.includes("event: ")) events.push({ id, event: JSON.parse(data) as TLiveEvent });
      }
    }
  })();
  return {
    events,
    ready: () => expect.poll(() => ready, { timeout: 5_000 }).toBe(true),
    close: () => controller.abort(),
  };
}

async function openRound({ revealRequired = false } = {}) {
  const admin = await createActor("ADMIN");
  const column = await db.boardColumn.create({ data: { name: `Direct ${randomUUID().slice(0, 8)}`, position: 80 } });
  const cards: string[] = [];
  for (const index of [0, 1, 2]) {
    const slug = `direct-${randomUUID().slice(0, 8)}`;
    const irritant = await db.irritant.create({
      data: { slug, title: `Irritant ${index}`, description: "…", category: "JUSTIFICATIF", paths: [], quotes: [] },
    });
    const card = await db.boardCard.create({ data: { columnId: column.id, position: index, irritantId: irritant.id } });
    cards.push(card.id);
  }
  const round = await createRound({
    actor: admin,
    revealRequired,
    input: {
      title: "Scrutin suivi en direct",
      question: "Quelle carte traiter en premier ?",
      method: "DOT_VOTING",
      pointsBudget: 5,
      maxPointsPerItem: 3,
      opensAt: new Date(Date.now() - HOUR),
      closesAt: new Date(Date.now() + HOUR),
      hideResultsUntilClose: true,
      cardIds: cards,
    },
  });
  return { round, cards };
}

const castsOf = (events: { event: TLiveEvent }[], roundId: string) =>
  events.flatMap(({ event }) => (event.type === "ballot.cast" && event.roundId === roundId ? [event] : []));

async function storedCasts(roundId: string) {
  const rows = await db.liveEvent.findMany({ orderBy: { id: "asc" } });
  return rows.filter((row) => {
    const payload = row.payload as { type?: string; roundId?: string };
    return payload.type === "ballot.cast" && payload.roundId === roundId;
  });
}

describe("participation in the live events", () => {
  for (const voters of [1, 12, 40]) {
    it(`publishes ${voters} concurrent voter(s) at most once per window, the last with the final count`, async () => {
      const { round, cards } = await openRound();
      const members = await Promise.all(Array.from({ length: voters }, () => createActor("MEMBER")));
      const stream = follow(true);
      await stream.ready();
      const started = performance.now();
      // Each member twice (a point, then another card): votes that change nothing in who voted publish nothing more.
      await Promise.all(
        members.map(async (actor, index) => {
          await castVote({ actor, input: { roundId: round.id, cardId: cards[index % 3], points: 1 } });
          await castVote({ actor, input: { roundId: round.id, cardId: cards[(index + 1) % 3], points: 1 } });
        }),
      );
      await participationPublished();
      const windows = Math.floor((performance.now() - started) / PARTICIPATION_WINDOW_MS);
      const final = await countParticipationWith(db, round.id);
      expect(final.voters).toBe(voters);
      const stored = await storedCasts(round.id);
      // One count per window at most (plus the window under way), never one per vote.
      expect(stored.length).toBeGreaterThanOrEqual(1);
      expect(stored.length).toBeLessThanOrEqual(Math.min(2 * voters, windows + 1));
      expect(stored.every((row) => row.audience === "members")).toBe(true);
      await expect.poll(() => castsOf(stream.events, round.id).length, { timeout: 5_000 }).toBe(stored.length);
      const received = castsOf(stream.events, round.id).map((event) => event.participation);
      // Members only ever vote more here: the counts published never go back, and the last one is the final count.
      for (let index = 1; index < received.length; index++) {
        expect(received[index].voters).toBeGreaterThanOrEqual(received[index - 1].voters);
      }
      expect(received.at(-1)).toEqual(final);
      stream.close();
    });
  }

  it("tells a withdrawal too: the count goes down when a member takes back their last point", async () => {
    const { round, cards } = await openRound();
    const [first, second] = [await createActor("MEMBER"), await createActor("MEMBER")];
    const stream = follow(true);
    await stream.ready();
    await castVote({ actor: first, input: { roundId: round.id, cardId: cards[0], points: 1 } });
    await castVote({ actor: second, input: { roundId: round.id, cardId: cards[0], points: 1 } });
    await participationPublished();
    await castVote({ actor: second, input: { roundId: round.id, cardId: cards[0], points: 0 } });
    await participationPublished();
    await expect.poll(() => castsOf(stream.events, round.id).at(-1)?.participation.voters, { timeout: 5_000 }).toBe(1);
    stream.close();
  });

  it("never sends a round's counts to an anonymous stream, live or replayed, whatever the audience asked", async () => {
    const open = await openRound();
    // A workshop's round: its results wait for the facilitator's reveal.
    const workshop = await openRound({ revealRequired: true });
    const member = follow(true);
    const anonymous = follow(false);
    await Promise.all([member.ready(), anonymous.ready()]);
    const voter = await createActor("MEMBER");
    for (const { round, cards } of [open, workshop]) {
      await castVote({ actor: voter, input: { roundId: round.id, cardId: cards[0], points: 1 } });
    }
    await participationPublished();
    // A caller asking for the public audience does not widen it.
    const participation = { voters: 1, eligible: 2, rate: 0.5 };
    await publishLiveEvent({ type: "ballot.cast", roundId: open.round.id, participation }, "public");
    // Something the public may see, after everything else: once it arrived, every earlier event was sent or filtered.
    await publishLiveEvent({ type: "board.changed" });
    const boardChanged = (stream: { events: { event: TLiveEvent }[] }) =>
      stream.events.some(({ event }) => event.type === "board.changed");
    await expect.poll(() => boardChanged(anonymous), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => boardChanged(member), { timeout: 5_000 }).toBe(true);
    for (const { round } of [open, workshop]) {
      expect(castsOf(member.events, round.id).length).toBeGreaterThanOrEqual(1);
      expect(castsOf(anonymous.events, round.id)).toEqual([]);
    }
    // Replayed from before the votes: filtered the same way.
    const firstId = BigInt(member.events.find(({ event }) => event.type === "ballot.cast")?.id ?? "0");
    const replayed = follow(false, firstId - 1n);
    await replayed.ready();
    expect(replayed.events.map(({ event }) => event.type)).toEqual(["board.changed"]);
    for (const stream of [member, anonymous, replayed]) stream.close();
  });
});
