// The GET route handlers that replaced the read server actions (ADR 0027): who may read what, and
// that no answer is stored by a proxy.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { createActor } from "@/lib/test/factories.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { clientKey } from "@/lib/security/client-address.ts";
import { rateLimitKey } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { createRound } from "./create-round.ts";
import { castVote } from "./cast-vote.ts";
import { closeRound } from "./close-round.ts";
import { GET as roundRoute } from "@/app/api/rounds/[id]/route.ts";
import { GET as participationRoute } from "@/app/api/rounds/[id]/participation/route.ts";
import { GET as boardRoute } from "@/app/api/board/route.ts";
import { GET as wizardStatsRoute } from "@/app/api/wizard/stats/route.ts";

const caller = vi.hoisted(() => ({ actor: null as TActor | null }));
vi.mock("@/lib/auth/get-actor.ts", () => ({ getActor: async () => caller.actor }));
afterAll(() => stopLiveEvents());

const HOUR = 3_600_000;
// Each test its own client address, so that the anonymous read counters do not add up across tests.
let address = "";
beforeEach(() => void (address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`));
const request = (path: string) =>
  new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": address, "x-real-ip": address } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function openRound() {
  const admin = await createActor("ADMIN");
  const column = await db.boardColumn.create({ data: { name: `Lecture ${randomUUID().slice(0, 8)}`, position: 70 } });
  const cards = [];
  for (const index of [0, 1]) {
    const irritant = await db.irritant.create({
      data: {
        slug: `lecture-${randomUUID().slice(0, 8)}`,
        title: `Irritant lu ${index}`,
        description: "…",
        category: "JUSTIFICATIF",
        paths: [],
        quotes: [],
      },
    });
    cards.push(
      (await db.boardCard.create({ data: { columnId: column.id, position: index, irritantId: irritant.id } })).id,
    );
  }
  const round = await createRound({
    actor: admin,
    input: {
      title: "Scrutin lu",
      question: "Que lire en premier dans ce scrutin ?",
      method: "DOT_VOTING",
      pointsBudget: 5,
      maxPointsPerItem: 3,
      opensAt: new Date(Date.now() - HOUR),
      closesAt: new Date(Date.now() + HOUR),
      hideResultsUntilClose: true,
      cardIds: cards,
    },
  });
  return { admin, round, cards };
}

describe("read routes", () => {
  it("answer a member the open round with their ballot, never to be stored by a proxy", async () => {
    const { round, cards } = await openRound();
    const member = await createActor("MEMBER");
    await castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points: 2 } });
    caller.actor = member;
    const response = await roundRoute(request(`/api/rounds/${round.id}`), params(round.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      id: round.id,
      status: "OPEN",
      results: null,
      myBallot: { pointsUsed: 2 },
      participation: { voters: 1 },
      fairness: { mode: "PER_MEMBER" },
    });
    const participation = await participationRoute(request(`/api/rounds/${round.id}/participation`), params(round.id));
    expect(participation.headers.get("cache-control")).toBe("private, no-store");
    expect(await participation.json()).toMatchObject({ voters: 1 });
  });

  it("hide an open round from the public, and show it once closed", async () => {
    const { admin, round, cards } = await openRound();
    await castVote({ actor: await createActor("MEMBER"), input: { roundId: round.id, cardId: cards[1], points: 1 } });
    caller.actor = null;
    for (const response of [
      await roundRoute(request(`/api/rounds/${round.id}`), params(round.id)),
      await participationRoute(request(`/api/rounds/${round.id}/participation`), params(round.id)),
    ]) {
      expect(response.status).toBe(404);
      expect((await response.json()).error.message).toBe("Ressource introuvable.");
    }
    await closeRound({ actor: admin, input: { roundId: round.id } });
    const closed = await roundRoute(request(`/api/rounds/${round.id}`), params(round.id));
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({
      status: "CLOSED",
      myBallot: null,
      results: { participation: { voters: 1 } },
    });
    expect(
      await (await participationRoute(request(`/api/rounds/${round.id}/participation`), params(round.id))).json(),
    ).toMatchObject({ voters: 1 });
  });

  it("serve the board to everyone and the demonstrator's statistics to members only", async () => {
    caller.actor = null;
    const board = await boardRoute(request("/api/board"));
    expect(board.status).toBe(200);
    expect(board.headers.get("cache-control")).toBe("private, no-store");
    expect(Array.isArray(await board.json())).toBe(true);
    const refused = await wizardStatsRoute(request("/api/wizard/stats"));
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
    caller.actor = await createActor("MEMBER");
    const stats = await wizardStatsRoute(request("/api/wizard/stats"));
    expect(stats.status).toBe(200);
    expect(Array.isArray(await stats.json())).toBe(true);
  });

  it("count anonymous reads per client and refuse past the limit with Retry-After; members are not counted", async () => {
    caller.actor = null;
    const key = rateLimitKey(RATE_LIMITS.publicRead, clientKey(request("/api/board").headers));
    await db.rateLimitCounter.upsert({
      where: { key },
      create: { key, hits: RATE_LIMITS.publicRead.limit, windowEndsAt: new Date(Date.now() + 60_000) },
      update: { hits: RATE_LIMITS.publicRead.limit, windowEndsAt: new Date(Date.now() + 60_000) },
    });
    const refused = await boardRoute(request("/api/board"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error.message).toMatch(/Trop de demandes/);
    caller.actor = await createActor("MEMBER");
    expect((await boardRoute(request("/api/board"))).status).toBe(200);
  });
});
