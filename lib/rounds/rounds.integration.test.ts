import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createOrganisation } from "@/lib/test/factories.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { createRound, ZCreateRoundInput, type TCreateRoundInput } from "./create-round.ts";
import { castVote } from "./cast-vote.ts";
import { closeRound } from "./close-round.ts";
import { getRound } from "./get-round.ts";
import { applyRoundResults, PRIORITISED_COLUMN_KEY } from "./apply-round-results.ts";
import { sweepRoundSchedule } from "./sweep-round-schedule.ts";
import { listPublicPriorities } from "./list-public-priorities.ts";
import { roundResultsCsv } from "./round-results-csv.ts";
import { GET as resultsCsvRoute } from "@/app/api/rounds/[id]/results.csv/route.ts";
import { parse } from "csv-parse/sync";
import { ORGANISATION_TYPES } from "@/lib/organisations/organisation-types.ts";
import type { TTypeWeights } from "./fairness.ts";

afterAll(() => stopLiveEvents());
// The CSV route asks who is calling: an anonymous visitor, to whom a closed round's results are public.
vi.mock("@/lib/auth/get-actor.ts", () => ({ getActor: async () => null }));

const HOUR = 3_600_000;

async function createCards(count: number) {
  const suffix = randomUUID().slice(0, 8);
  const column = await db.boardColumn.create({ data: { name: `Signalé ${suffix}`, position: 50 } });
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const irritant = await db.irritant.create({
      data: {
        slug: `vote-${suffix}-${index}`,
        title: `Irritant ${index}`,
        description: "…",
        category: "JUSTIFICATIF",
        paths: [],
        quotes: [],
      },
    });
    ids.push(
      (await db.boardCard.create({ data: { columnId: column.id, position: index, irritantId: irritant.id } })).id,
    );
  }
  return ids;
}

async function openRound(
  admin: Awaited<ReturnType<typeof createActor>>,
  cardIds: string[],
  overrides: Partial<TCreateRoundInput> = {},
) {
  return createRound({
    actor: admin,
    input: {
      title: "Quelles données en premier ?",
      question: "Quelles données intégrer en premier au formulaire ?",
      method: "DOT_VOTING",
      pointsBudget: 10,
      maxPointsPerItem: 3,
      opensAt: new Date(Date.now() - HOUR),
      closesAt: new Date(Date.now() + HOUR),
      hideResultsUntilClose: true,
      cardIds,
      ...overrides,
    },
  });
}

describe("dot voting ballots", () => {
  it("never exceed the budget under 200 concurrent casts, and lose none of the accepted ones", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    const cards = await createCards(40);
    const round = await openRound(admin, cards, { pointsBudget: 10, maxPointsPerItem: 3 });
    // 200 casts of 1 point on 40 cards (5 per card): only 10 points fit in the budget.
    const casts = Array.from({ length: 200 }, (_, index) =>
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[index % 40], points: 1 } }),
    );
    const results = await Promise.allSettled(casts);
    const refused = results.filter((result) => result.status === "rejected");
    for (const result of refused) expect(result.reason).toMatchObject({ code: "LIMIT_REACHED" });
    const ballot = await db.ballot.findUniqueOrThrow({
      where: { roundId_userId: { roundId: round.id, userId: member.id } },
      include: { entries: true },
    });
    const stored = ballot.entries.reduce((sum, entry) => sum + entry.points!, 0);
    expect(ballot.pointsUsed).toBe(10);
    expect(stored).toBe(10);
    // Setting a card to 1 point twice is one point: the 10 stored points are exactly the distinct accepted cards.
    expect(ballot.entries).toHaveLength(10);
  }, 60_000);

  it("keep many members' budgets apart under concurrency", async () => {
    const admin = await createActor("ADMIN");
    const members = await Promise.all(Array.from({ length: 20 }, () => createActor("MEMBER")));
    const cards = await createCards(6);
    const round = await openRound(admin, cards, { pointsBudget: 5, maxPointsPerItem: 3 });
    await Promise.allSettled(
      members.flatMap((member) =>
        cards.map((cardId) => castVote({ actor: member, input: { roundId: round.id, cardId, points: 2 } })),
      ),
    );
    const ballots = await db.ballot.findMany({ where: { roundId: round.id }, include: { entries: true } });
    expect(ballots).toHaveLength(20);
    for (const ballot of ballots) {
      expect(ballot.pointsUsed).toBe(4);
      expect(ballot.entries.reduce((sum, entry) => sum + entry.points!, 0)).toBe(4);
    }
  }, 60_000);

  it.each([
    { members: 3, budget: 10, maximum: 3 },
    { members: 6, budget: 7, maximum: 2 },
  ])(
    "share one budget and one maximum per card per organisation under concurrency ($members members, budget $budget)",
    async ({ members: size, budget, maximum }) => {
      const admin = await createActor("ADMIN");
      const shared = await createOrganisation("OPCO");
      const members = await Promise.all(Array.from({ length: size }, () => createActor("MEMBER", shared.id)));
      const outsider = await createActor("MEMBER");
      const cards = await createCards(8);
      const round = await openRound(admin, cards, {
        pointsBudget: budget,
        maxPointsPerItem: maximum,
        fairness: "PER_ORGANISATION",
      });
      // Every member tries every card with 1 then 2 points, all at once, while a member of another organisation votes
      // too.
      const casts = members.flatMap((member) =>
        cards.flatMap((cardId) =>
          [1, 2].map((points) => castVote({ actor: member, input: { roundId: round.id, cardId, points } })),
        ),
      );
      const outsiderCasts = cards
        .slice(0, 4)
        .map((cardId) => castVote({ actor: outsider, input: { roundId: round.id, cardId, points: 2 } }));
      const results = await Promise.allSettled([...casts, ...outsiderCasts]);
      for (const result of results)
        if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "LIMIT_REACHED" });
      const entries = await db.ballotEntry.findMany({
        where: { ballot: { roundId: round.id, userId: { in: members.map((member) => member.id) } } },
      });
      const total = entries.reduce((sum, entry) => sum + entry.points!, 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(budget);
      for (const cardId of cards)
        expect(
          entries.filter((entry) => entry.cardId === cardId).reduce((sum, entry) => sum + entry.points!, 0),
        ).toBeLessThanOrEqual(maximum);
      // The stored totals of the ballots agree with their entries.
      for (const ballot of await db.ballot.findMany({ where: { roundId: round.id }, include: { entries: true } })) {
        expect(ballot.pointsUsed).toBe(ballot.entries.reduce((sum, entry) => sum + entry.points!, 0));
      }
      // Another organisation's budget is its own: the outsider's 4 × 2 points are all within their own budget of
      // `budget`.
      const outsiderBallot = await db.ballot.findUniqueOrThrow({
        where: { roundId_userId: { roundId: round.id, userId: outsider.id } },
      });
      expect(outsiderBallot.pointsUsed).toBe(Math.min(8, budget - (budget % 2)));
    },
    120_000,
  );

  it("tell a member of a round counted per organisation what their organisation has left", async () => {
    const admin = await createActor("ADMIN");
    const shared = await createOrganisation("REGION");
    const [first, second] = [await createActor("MEMBER", shared.id), await createActor("MEMBER", shared.id)];
    const cards = await createCards(2);
    const round = await openRound(admin, cards, { pointsBudget: 5, maxPointsPerItem: 3, fairness: "PER_ORGANISATION" });
    await castVote({ actor: first, input: { roundId: round.id, cardId: cards[0], points: 2 } });
    await castVote({ actor: first, input: { roundId: round.id, cardId: cards[1], points: 2 } });
    await expect(
      castVote({ actor: second, input: { roundId: round.id, cardId: cards[0], points: 2 } }),
    ).rejects.toMatchObject({
      code: "LIMIT_REACHED",
      message:
        "Votre organisation peut donner au plus 3 points à une même carte : ses autres membres lui en ont déjà donné 2, vous pouvez en donner 1.",
    });
    await expect(
      castVote({ actor: second, input: { roundId: round.id, cardId: cards[1], points: 1 } }),
    ).resolves.toMatchObject({ pointsUsed: 1 });
    await expect(
      castVote({ actor: second, input: { roundId: round.id, cardId: cards[0], points: 1 } }),
    ).rejects.toMatchObject({
      message:
        "Budget de votre organisation dépassé : il lui reste 0 point à répartir sur 5, partagés entre ses membres.",
    });
    // Changing one's own points counts only the difference.
    await expect(
      castVote({ actor: first, input: { roundId: round.id, cardId: cards[0], points: 1 } }),
    ).resolves.toMatchObject({ pointsUsed: 3 });
    expect((await getRound({ actor: second, roundId: round.id }))?.sharedBudget).toEqual({ usedByOthers: 3 });
    expect((await getRound({ actor: first, roundId: round.id }))?.sharedBudget).toEqual({ usedByOthers: 1 });
  });

  it("enforce the maximum per card, can be changed until the close, and are refused after it", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    const cards = await createCards(3);
    const round = await openRound(admin, cards, { pointsBudget: 5, maxPointsPerItem: 3 });
    await expect(
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points: 4 } }),
    ).rejects.toMatchObject({ code: "LIMIT_REACHED", message: expect.stringMatching(/au plus 3 points/) });
    await castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points: 3 } });
    await expect(
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[1], points: 3 } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/il vous reste 2 points/) });
    const changed = await castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points: 1 } });
    expect(changed.pointsUsed).toBe(1);
    expect(
      (await castVote({ actor: member, input: { roundId: round.id, cardId: cards[1], points: 3 } })).pointsUsed,
    ).toBe(4);
    expect(
      (await castVote({ actor: member, input: { roundId: round.id, cardId: cards[1], points: 0 } })).entries,
    ).toHaveLength(1);
    await closeRound({ actor: admin, input: { roundId: round.id } });
    await expect(
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[2], points: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/clos/) });
  });

  it("write nothing when refused, and one audit record without the vote's content when accepted", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    const cards = await createCards(2);
    const round = await openRound(admin, cards, { pointsBudget: 4, maxPointsPerItem: null });
    // A first vote over the whole budget: refused before any ballot exists.
    await expect(
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points: 5 } }),
    ).rejects.toMatchObject({
      code: "LIMIT_REACHED",
      message: expect.stringMatching(/il vous reste 4 points à répartir sur 4/),
    });
    expect(await db.ballot.count({ where: { roundId: round.id } })).toBe(0);
    await castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points: 3 } });
    const before = await db.ballot.findUniqueOrThrow({
      where: { roundId_userId: { roundId: round.id, userId: member.id } },
    });
    await expect(
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[1], points: 2 } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/il vous reste 1 point à/) });
    const after = await db.ballot.findUniqueOrThrow({
      where: { roundId_userId: { roundId: round.id, userId: member.id } },
      include: { entries: true },
    });
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.entries).toEqual([expect.objectContaining({ cardId: cards[0], points: 3 })]);
    const audit = await db.auditEvent.findMany({ where: { action: "ballot.cast", targetId: round.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: member.id, targetType: "vote-round", data: { cardId: cards[0] } });
  });

  it("are refused before the opening, to anonymous visitors, to deactivated members and on cards outside the round", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    const cards = await createCards(3);
    const later = await openRound(admin, cards.slice(0, 2), {
      opensAt: new Date(Date.now() + HOUR),
      closesAt: new Date(Date.now() + 2 * HOUR),
    });
    await expect(
      castVote({ actor: member, input: { roundId: later.id, cardId: cards[0], points: 1 } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/pas encore ouvert/) });
    const round = await openRound(admin, cards.slice(0, 2));
    await expect(
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[2], points: 1 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], grade: "UTILE" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const gone = await createActor("MEMBER");
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    await expect(
      castVote({ actor: gone, input: { roundId: round.id, cardId: cards[0], points: 1 } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.ballot.count({ where: { roundId: { in: [round.id, later.id] } } })).toBe(0);
  });

  it("are protected by the database itself: a write over budget fails even outside the application code", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    const cards = await createCards(2);
    const round = await openRound(admin, cards, { pointsBudget: 4, maxPointsPerItem: 2 });
    await castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points: 2 } });
    const ballot = await db.ballot.findUniqueOrThrow({
      where: { roundId_userId: { roundId: round.id, userId: member.id } },
    });
    await expect(db.ballot.update({ where: { id: ballot.id }, data: { pointsUsed: 5 } })).rejects.toThrow();
    await expect(
      db.ballotEntry.update({
        where: { ballotId_cardId: { ballotId: ballot.id, cardId: cards[0] } },
        data: { points: 3 },
      }),
    ).rejects.toThrow();
  });
});

describe("results", () => {
  it("stay hidden until the close, then rank, count participation by organisation type, and feed « Priorisé »", async () => {
    const admin = await createActor("ADMIN");
    const opco = await createOrganisation("OPCO");
    const [alice, bruno] = [await createActor("MEMBER", opco.id), await createActor("MEMBER")];
    const cards = await createCards(3);
    const round = await openRound(admin, cards);
    await castVote({ actor: alice, input: { roundId: round.id, cardId: cards[2], points: 3 } });
    await castVote({ actor: alice, input: { roundId: round.id, cardId: cards[1], points: 1 } });
    await castVote({ actor: bruno, input: { roundId: round.id, cardId: cards[2], points: 2 } });
    expect((await getRound({ actor: alice, roundId: round.id }))?.results).toBeNull();
    expect(await getRound({ actor: null, roundId: round.id })).toBeNull();

    await expect(closeRound({ actor: alice, input: { roundId: round.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await closeRound({ actor: admin, input: { roundId: round.id } });
    expect(await db.notification.count({ where: { userId: alice.id, title: { startsWith: "Scrutin clos" } } })).toBe(1);
    const view = await getRound({ actor: null, roundId: round.id });
    expect(view?.results?.method).toBe("DOT_VOTING");
    expect(view?.results?.ranking.map((entry) => [entry.cardId, entry.rank])).toEqual([
      [cards[2], 1],
      [cards[1], 2],
      [cards[0], 3],
    ]);
    expect(view?.results?.participation.voters).toBe(2);
    // Two voters in all, under the minimum group size: no breakdown would keep Alice's ballot secret.
    expect(view?.results).toMatchObject({ breakdown: [], breakdownWithheld: true, minimumGroupSize: 3 });
    expect(JSON.stringify(view)).not.toContain(alice.email);

    const published = await listPublicPriorities();
    expect(published.find((entry) => entry.id === round.id)?.ranking[0]).toMatchObject({ rank: 1, points: 5 });

    await db.boardColumn.upsert({
      where: { key: PRIORITISED_COLUMN_KEY },
      create: { key: PRIORITISED_COLUMN_KEY, name: "Priorisé", position: 2 },
      update: { wipLimit: null },
    });
    await expect(applyRoundResults({ actor: alice, input: { roundId: round.id, count: 2 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await applyRoundResults({ actor: admin, input: { roundId: round.id, count: 5 } })).toEqual({ moved: 2 });
    const prioritised = await db.boardCard.findMany({
      where: { column: { key: PRIORITISED_COLUMN_KEY }, id: { in: cards } },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    expect(prioritised.map((card) => card.id)).toEqual([cards[2], cards[1]]);
    expect(await db.auditEvent.count({ where: { action: "card.apply-results", targetId: cards[2] } })).toBe(1);
  });

  // Several distributions of voters by organisation type: [type or null, points given to the first card][].
  it.each([
    {
      name: "a lone voter of a type is merged into « Autres » with the other small types",
      voters: [
        ["OPCO", 3],
        ["OPCO", 2],
        ["OPCO", 1],
        ["REGION", 3],
        ["REGION", 3],
        ["REGION", 3],
        ["ETAT_DGEFP", 1],
        ["AUTRE", 2],
        ["AUTRE", 2],
      ],
      expected: [
        ["REGION", 3, 9],
        ["OPCO", 3, 6],
        ["AUTRES", 3, 5],
      ],
    },
    {
      name: "« Autres » under the minimum takes the smallest detailed group with it",
      voters: [
        ["OPCO", 1],
        ["OPCO", 1],
        ["OPCO", 1],
        ["REGION", 2],
        ["REGION", 2],
        ["REGION", 2],
        ["REGION", 2],
        ["ETAT_DGEFP", 3],
      ],
      expected: [
        ["REGION", 4, 8],
        ["AUTRES", 4, 6],
      ],
    },
    {
      name: "every type small: one « Autres » group",
      voters: [
        ["OPCO", 1],
        ["REGION", 2],
        ["ETAT_DGEFP", 3],
      ],
      expected: [["AUTRES", 3, 6]],
    },
  ] as {
    name: string;
    voters: ["OPCO" | "REGION" | "ETAT_DGEFP" | "AUTRE", number][];
    expected: [string, number, number][];
  }[])("by organisation type: $name, on the page, in the CSV and the public API", async ({ voters, expected }) => {
    const admin = await createActor("ADMIN");
    const organisations = {
      OPCO: await createOrganisation("OPCO"),
      REGION: await createOrganisation("REGION"),
      ETAT_DGEFP: await createOrganisation("ETAT_DGEFP"),
      AUTRE: await createOrganisation("AUTRE"),
    };
    const cards = await createCards(2);
    const round = await openRound(admin, cards);
    for (const [type, points] of voters) {
      const member = await createActor("MEMBER", organisations[type].id);
      await castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], points } });
    }
    await closeRound({ actor: admin, input: { roundId: round.id } });
    const results = (await getRound({ actor: null, roundId: round.id }))!.results!;
    expect(results.breakdownWithheld).toBe(false);
    expect(results.breakdown.map((group) => [group.key, group.voters, Number(group.byCard[cards[0]])])).toEqual(
      expected,
    );
    for (const group of results.breakdown) expect(group.voters).toBeGreaterThanOrEqual(3);

    const csv = roundResultsCsv(results);
    const response = await resultsCsvRoute(new Request(`http://localhost/api/rounds/${round.id}/results.csv`), {
      params: Promise.resolve({ id: round.id }),
    });
    expect(response.status).toBe(200);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer())).toBe(csv);
    const rows = parse(csv.slice(1), { delimiter: ";", relax_column_count: true }) as string[][];
    expect(rows[0].slice(5)).toEqual(
      results.breakdown.map((group) => `Points — ${group.label} (${group.voters} votants)`),
    );
    expect(rows.at(-1)![0]).toContain("à partir de 3 votants");

    const published = (await listPublicPriorities()).find((entry) => entry.id === round.id)!;
    expect(
      published.breakdown.groups.map((group) => [
        group.voters,
        (group.results.find((result) => result.slug.endsWith("-0")) as { points?: number } | undefined)?.points,
      ]),
    ).toEqual(expected.map(([, count, points]) => [count, points]));
    expect(published.breakdown).toMatchObject({ minimumGroupSize: 3, withheld: false });
  });

  it("count one voice per organisation: an organisation's majority grade is its members' median, stated everywhere", async () => {
    const admin = await createActor("ADMIN");
    const [big, small] = [await createOrganisation("OPCO"), await createOrganisation("REGION")];
    const bigMembers = await Promise.all([1, 2, 3, 4].map(() => createActor("MEMBER", big.id)));
    const smallMember = await createActor("MEMBER", small.id);
    const cards = await createCards(2);
    const round = await openRound(admin, cards, {
      method: "MAJORITY_JUDGMENT",
      pointsBudget: null,
      maxPointsPerItem: null,
      fairness: "PER_ORGANISATION",
    });
    // Four members of one organisation put card 0 first; one member of another organisation, card 1.
    for (const member of bigMembers) {
      await castVote({ actor: member, input: { roundId: round.id, cardId: cards[0], grade: "PRIORITAIRE" } });
      await castVote({ actor: member, input: { roundId: round.id, cardId: cards[1], grade: "SECONDAIRE" } });
    }
    await castVote({ actor: smallMember, input: { roundId: round.id, cardId: cards[0], grade: "SECONDAIRE" } });
    await castVote({ actor: smallMember, input: { roundId: round.id, cardId: cards[1], grade: "PRIORITAIRE" } });
    await closeRound({ actor: admin, input: { roundId: round.id } });
    const results = (await getRound({ actor: null, roundId: round.id }))!.results!;
    // Two voices, one each: the cards tie on their profile, whereas per member card 0 would win 4 to 1.
    expect(
      results.ranking.map((entry) => ("counts" in entry ? [entry.counts.PRIORITAIRE, entry.voters, entry.rank] : null)),
    ).toEqual([
      [1, 2, 1],
      [1, 2, 1],
    ]);
    expect(results.participation.voters).toBe(5);
    expect(results.fairness).toMatchObject({
      mode: "PER_ORGANISATION",
      label: "Une voix par organisation",
      rule: expect.stringMatching(/médiane des mentions/),
    });
    const rows = parse(roundResultsCsv(results).slice(1), { delimiter: ";", relax_column_count: true }) as string[][];
    expect(rows.at(-2)![0]).toBe(`Décompte des voix : ${results.fairness.rule}`);
    expect((await listPublicPriorities()).find((entry) => entry.id === round.id)?.fairness).toEqual(results.fairness);
  });

  it("weigh ballots by organisation type as set at creation, and show the weights", async () => {
    const admin = await createActor("ADMIN");
    const [region, opco] = [await createOrganisation("REGION"), await createOrganisation("OPCO")];
    const cards = await createCards(2);
    const weights = {
      ...Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, 1])),
      REGION: 3,
      AUTRE: 0,
    } as TTypeWeights;
    const round = await openRound(admin, cards, {
      fairness: "WEIGHTED_BY_TYPE",
      typeWeights: weights,
      hideResultsUntilClose: false,
    });
    await castVote({
      actor: await createActor("MEMBER", region.id),
      input: { roundId: round.id, cardId: cards[0], points: 2 },
    });
    for (const _ of [1, 2])
      await castVote({
        actor: await createActor("MEMBER", opco.id),
        input: { roundId: round.id, cardId: cards[1], points: 3 },
      });
    await castVote({
      actor: await createActor("MEMBER", (await createOrganisation("AUTRE")).id),
      input: { roundId: round.id, cardId: cards[1], points: 3 },
    });
    const results = (await getRound({ actor: admin, roundId: round.id }))!.results!;
    // Région: 2 × 3 = 6 points; OPCO: 2 members × 3 × 1 = 6; Autre weighs 0. Tie on points, broken by supporters (3
    // against 2).
    expect(
      results.ranking.map((entry) => ["points" in entry ? [entry.points, entry.supporters] : null, entry.cardId]),
    ).toEqual([
      [[6, 3], cards[0]],
      [[6, 2], cards[1]],
    ]);
    expect(results.fairness).toMatchObject({
      mode: "WEIGHTED_BY_TYPE",
      typeWeights: weights,
      rule: expect.stringContaining("Région × 3"),
    });
    expect(
      (await db.auditEvent.findFirstOrThrow({ where: { action: "round.create", targetId: round.id } })).data,
    ).toMatchObject({ fairness: "WEIGHTED_BY_TYPE" });
  });

  it("refuse a weighted round without valid weights, in French, and store nothing", async () => {
    const cards = await createCards(2);
    const input = {
      title: "Scrutin pondéré",
      question: "Quelles cartes en premier, pondérées ?",
      method: "DOT_VOTING",
      pointsBudget: 10,
      maxPointsPerItem: 3,
      opensAt: new Date(),
      closesAt: new Date(Date.now() + HOUR),
      hideResultsUntilClose: true,
      cardIds: cards,
    };
    const messages = (extra: object) =>
      ZCreateRoundInput.safeParse({ ...input, ...extra }).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ fairness: "WEIGHTED_BY_TYPE" })).toEqual(["Indiquez le poids de chaque type d'organisation."]);
    expect(messages({ fairness: "PAR_TETE" })).toEqual(["Choisissez une règle de décompte des voix."]);
    expect(messages({ fairness: "WEIGHTED_BY_TYPE", typeWeights: { REGION: 2 } })).toContain(
      "Indiquez le poids du type « OPCO ».",
    );
    expect(messages({ fairness: "PER_ORGANISATION" })).toEqual([]);
    const before = await db.voteRound.count();
    // The database refuses a weighted round without weights whatever the code does.
    const { cardIds: _cardIds, ...round } = input;
    await expect(
      db.voteRound.create({ data: { ...round, method: "DOT_VOTING", fairness: "WEIGHTED_BY_TYPE" } }),
    ).rejects.toThrow(/VoteRound_typeWeights_check/);
    expect(await db.voteRound.count()).toBe(before);
  });

  it("open and close on schedule with one notification each", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    const cards = await createCards(2);
    const round = await openRound(admin, cards, {
      opensAt: new Date(Date.now() + HOUR),
      closesAt: new Date(Date.now() + 2 * HOUR),
    });
    const openings = () =>
      db.notification.count({
        where: {
          userId: member.id,
          link: `/priorisation/scrutins/${round.id}`,
          title: { startsWith: "Scrutin ouvert" },
        },
      });
    expect(await openings()).toBe(0);
    await sweepRoundSchedule(new Date(Date.now() + 1.5 * HOUR));
    await sweepRoundSchedule(new Date(Date.now() + 1.5 * HOUR));
    expect(await openings()).toBe(1);
    await sweepRoundSchedule(new Date(Date.now() + 3 * HOUR));
    expect((await db.voteRound.findUniqueOrThrow({ where: { id: round.id } })).closedAt).toEqual(round.closesAt);
    expect(
      await db.notification.count({
        where: {
          userId: member.id,
          title: `Scrutin clos : ${round.title}`,
          link: `/priorisation/scrutins/${round.id}`,
        },
      }),
    ).toBe(1);
  });

  it("rank majority judgment ballots by majority grade", async () => {
    const admin = await createActor("ADMIN");
    const voters = await Promise.all([1, 2, 3].map(() => createActor("MEMBER")));
    const cards = await createCards(2);
    const round = await openRound(admin, cards, {
      method: "MAJORITY_JUDGMENT",
      pointsBudget: null,
      maxPointsPerItem: null,
      hideResultsUntilClose: false,
    });
    for (const [index, voter] of voters.entries()) {
      await castVote({ actor: voter, input: { roundId: round.id, cardId: cards[0], grade: "UTILE" } });
      await castVote({
        actor: voter,
        input: { roundId: round.id, cardId: cards[1], grade: index === 0 ? "SECONDAIRE" : "PRIORITAIRE" },
      });
    }
    const view = await getRound({ actor: voters[0], roundId: round.id });
    expect(
      view?.results?.ranking.map((entry) => [entry.cardId, "majorityGrade" in entry ? entry.majorityGrade : null]),
    ).toEqual([
      [cards[1], "PRIORITAIRE"],
      [cards[0], "UTILE"],
    ]);
  });
});
