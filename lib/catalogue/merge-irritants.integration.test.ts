import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { createRound, type TCreateRoundInput } from "@/lib/rounds/create-round.ts";
import { castVote } from "@/lib/rounds/cast-vote.ts";
import { closeRound } from "@/lib/rounds/close-round.ts";
import { getBoard } from "@/lib/board/get-board.ts";
import { saveIrritant, ZSaveIrritantInput, type TSaveIrritantInput } from "./save-irritant.ts";
import { saveDataItem, ZSaveDataItemInput } from "./save-data-item.ts";
import { saveFundingScheme, ZSaveFundingSchemeInput } from "./save-funding-scheme.ts";
import { mergeIrritants } from "./merge-irritants.ts";
import { getIrritant } from "./get-irritant.ts";
import { listIrritants } from "./list-irritants.ts";
import { listCatalogueChanges } from "./list-catalogue-changes.ts";

afterAll(() => stopLiveEvents());

type TActor = Awaited<ReturnType<typeof createActor>>;
const HOUR = 3_600_000;
const unique = () => randomUUID().slice(0, 8);

const irritant = (actor: TActor, extra: Partial<TSaveIrritantInput> = {}) =>
  saveIrritant({
    actor,
    input: ZSaveIrritantInput.parse({
      title: `Attestation redemandée ${unique()}`,
      description: "Une attestation demandée deux fois.",
      category: "JUSTIFICATIF",
      paths: ["PARTICULIER"],
      quotes: "",
      dataItems: [],
      schemes: [],
      ...extra,
    }),
  });
const dataItem = (actor: TActor) =>
  saveDataItem({
    actor,
    input: ZSaveDataItemInput.parse({
      name: `Donnée ${unique()}`,
      definition: "Une donnée pour la fusion.",
      format: "",
      holder: "Un détenteur",
      publicApi: "",
      endpoint: "",
      scopes: "",
      availability: "EN_COURS",
      effort: 2,
      paths: [],
    }),
  });
const scheme = (actor: TActor) =>
  saveFundingScheme({
    actor,
    input: ZSaveFundingSchemeInput.parse({
      name: `Dispositif ${unique()}`,
      description: "Un dispositif pour la fusion.",
      operator: "Un financeur",
      paths: ["PARTICULIER"],
      source: "Test de fusion",
      requirements: [],
    }),
  });
const cardOf = async (irritantId: string) => (await db.boardCard.findUniqueOrThrow({ where: { irritantId } })).id;
const round = (admin: TActor, cardIds: string[], overrides: Partial<TCreateRoundInput> = {}) =>
  createRound({
    actor: admin,
    input: {
      title: "Fusion et votes",
      question: "Quelles données intégrer en premier ?",
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
const entries = async (roundId: string, userId: string) =>
  await db.ballot.findUnique({
    where: { roundId_userId: { roundId, userId } },
    select: {
      pointsUsed: true,
      entries: { orderBy: { cardId: "asc" }, select: { cardId: true, points: true, grade: true } },
    },
  });

describe("merging two reports of one irritant", () => {
  it("carries links, quotes, sheets and history over to the kept irritant, retires the duplicate and points its address there", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const [shared, onlyKept, onlyDuplicate] = await Promise.all([dataItem(member), dataItem(member), dataItem(member)]);
    const [keptScheme, duplicateScheme] = await Promise.all([scheme(member), scheme(member)]);
    const kept = await irritant(member, {
      dataItems: [shared.slug, onlyKept.slug],
      schemes: [keptScheme.slug],
      quotes: "Déjà envoyé.",
    });
    const duplicate = await irritant(member, {
      dataItems: [shared.slug, onlyDuplicate.slug],
      schemes: [duplicateScheme.slug],
      paths: ["EMPLOYEUR"],
      quotes: "Encore cette attestation !",
    });
    await saveIrritant({
      actor: member,
      input: ZSaveIrritantInput.parse({
        title: `Attestation redemandée, version corrigée ${unique()}`,
        description: "Une attestation demandée deux fois, corrigée.",
        category: "JUSTIFICATIF",
        paths: ["EMPLOYEUR"],
        quotes: "Encore cette attestation !",
        dataItems: [shared.slug, onlyDuplicate.slug],
        schemes: [duplicateScheme.slug],
        id: duplicate.id,
        expectedVersion: 1,
      }),
    });
    const sheet = await db.useCase.create({
      data: { slug: `fiche-${unique()}`, irritants: { create: { irritantId: duplicate.id } } },
    });
    const earlier = await irritant(member);
    await mergeIrritants({ actor: admin, input: { keptId: duplicate.id, duplicateId: earlier.id } });

    const result = await mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: duplicate.id } });
    expect(result.carried).toMatchObject({ dataItems: 1, schemes: 1, useCases: 1 });
    const merged = (await getIrritant({ slug: kept.slug }))!;
    expect(merged.dataItems.map(({ dataItem: item }) => item.slug).sort()).toEqual(
      [shared.slug, onlyKept.slug, onlyDuplicate.slug].sort(),
    );
    expect(merged.schemes.map(({ scheme: linked }) => linked.slug).sort()).toEqual(
      [keptScheme.slug, duplicateScheme.slug].sort(),
    );
    expect(merged.paths.sort()).toEqual(["EMPLOYEUR", "PARTICULIER"]);
    expect(merged.quotes).toEqual(["Déjà envoyé.", "Encore cette attestation !"]);
    expect(await db.useCaseIrritant.count({ where: { useCaseId: sheet.id, irritantId: kept.id } })).toBe(1);

    // The duplicate stays (never deleted), out of the lists, its address leading to the kept one; so does the one
    // merged into it before.
    expect((await getIrritant({ slug: duplicate.slug }))!).toMatchObject({
      mergedInto: { slug: kept.slug },
      retiredAt: expect.any(Date),
    });
    expect((await getIrritant({ slug: earlier.slug }))!.mergedInto).toEqual({ slug: kept.slug });
    expect((await listIrritants()).map((entry) => entry.slug)).not.toContain(duplicate.slug);

    // History, newest first: this merge, the earlier merge into the duplicate, the three creations and the duplicate's
    // edit.
    const history = await listCatalogueChanges({ kind: "IRRITANT", entryId: kept.id });
    expect(history.map((change) => change.action)).toEqual(["merge", "merge", "create", "update", "create", "create"]);
    expect(history[0].fields).toMatchObject({
      mergedFrom: { before: null, after: expect.stringContaining(duplicate.slug) },
      quotes: { before: ["Déjà envoyé."] },
    });
    expect(
      await db.auditEvent.count({ where: { action: "irritant.merge", targetId: kept.id, actorId: admin.id } }),
    ).toBe(1);
  });

  it("is for admins only, on two different irritants still in the catalogue, and changes nothing when refused", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const kept = await irritant(member);
    const duplicate = await irritant(member);
    await expect(
      mergeIrritants({ actor: member, input: { keptId: kept.id, duplicateId: duplicate.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: kept.id } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: "inconnu" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getIrritant({ slug: duplicate.slug }))!).toMatchObject({ mergedInto: null, retiredAt: null });
    await mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: duplicate.id } });
    await expect(
      mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: duplicate.id } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      mergeIrritants({ actor: admin, input: { keptId: duplicate.id, duplicateId: kept.id } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("combines the votes of rounds not yet closed ballot by ballot within the budget, and leaves closed rounds as recorded", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const [both, duplicateOnly, keptOnly] = await Promise.all([
      createActor("MEMBER"),
      createActor("MEMBER"),
      createActor("MEMBER"),
    ]);
    const kept = await irritant(member);
    const duplicate = await irritant(member);
    const other = await irritant(member);
    const [keptCard, duplicateCard, otherCard] = await Promise.all([
      cardOf(kept.id),
      cardOf(duplicate.id),
      cardOf(other.id),
    ]);

    const closed = await round(admin, [keptCard, duplicateCard]);
    await castVote({ actor: both, input: { roundId: closed.id, cardId: duplicateCard, points: 3 } });
    await closeRound({ actor: admin, input: { roundId: closed.id } });
    const dots = await round(admin, [keptCard, duplicateCard, otherCard]);
    const onlyDuplicateInRound = await round(admin, [duplicateCard, otherCard]);
    const judgment = await round(admin, [keptCard, duplicateCard], {
      method: "MAJORITY_JUDGMENT",
      pointsBudget: null,
      maxPointsPerItem: null,
    });
    for (const [cardId, points] of [
      [keptCard, 2],
      [duplicateCard, 2],
      [otherCard, 5],
    ] as const)
      await castVote({ actor: both, input: { roundId: dots.id, cardId, points: Math.min(points, 3) } });
    await castVote({ actor: duplicateOnly, input: { roundId: dots.id, cardId: duplicateCard, points: 3 } });
    await castVote({ actor: keptOnly, input: { roundId: dots.id, cardId: keptCard, points: 1 } });
    await castVote({ actor: both, input: { roundId: onlyDuplicateInRound.id, cardId: duplicateCard, points: 2 } });
    await castVote({ actor: both, input: { roundId: judgment.id, cardId: keptCard, grade: "UTILE" } });
    await castVote({ actor: both, input: { roundId: judgment.id, cardId: duplicateCard, grade: "PRIORITAIRE" } });
    await castVote({ actor: duplicateOnly, input: { roundId: judgment.id, cardId: keptCard, grade: "IMPORTANT" } });
    await castVote({
      actor: duplicateOnly,
      input: { roundId: judgment.id, cardId: duplicateCard, grade: "SECONDAIRE" },
    });
    const closedBefore = await entries(closed.id, both.id);

    const { carried } = await mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: duplicate.id } });
    // 2 + 2 is capped at the round's maximum of 3: the excess point returns to the member's budget.
    const sorted = <T extends { cardId: string }>(list: T[]) =>
      [...list].sort((a, b) => a.cardId.localeCompare(b.cardId));
    expect(await entries(dots.id, both.id)).toEqual({
      pointsUsed: 6,
      entries: sorted([
        { cardId: keptCard, points: 3, grade: null },
        { cardId: otherCard, points: 3, grade: null },
      ]),
    });
    expect(await entries(dots.id, duplicateOnly.id)).toEqual({
      pointsUsed: 3,
      entries: [{ cardId: keptCard, points: 3, grade: null }],
    });
    expect(await entries(dots.id, keptOnly.id)).toEqual({
      pointsUsed: 1,
      entries: [{ cardId: keptCard, points: 1, grade: null }],
    });
    // A round that had only the duplicate now has the kept card, with the same votes.
    expect(
      await db.voteRoundItem.findMany({
        where: { roundId: onlyDuplicateInRound.id },
        select: { cardId: true },
        orderBy: { cardId: "asc" },
      }),
    ).toEqual(sorted([{ cardId: keptCard }, { cardId: otherCard }]));
    expect(await entries(onlyDuplicateInRound.id, both.id)).toEqual({
      pointsUsed: 2,
      entries: [{ cardId: keptCard, points: 2, grade: null }],
    });
    // Majority judgment: the better of the two grades.
    expect((await entries(judgment.id, both.id))!.entries).toEqual([
      { cardId: keptCard, points: null, grade: "PRIORITAIRE" },
    ]);
    expect((await entries(judgment.id, duplicateOnly.id))!.entries).toEqual([
      { cardId: keptCard, points: null, grade: "IMPORTANT" },
    ]);
    expect(carried).toMatchObject({ card: "kept", pointsReturned: 1 });
    // The duplicate can no longer receive votes in open rounds; the closed round is untouched.
    await expect(
      castVote({ actor: keptOnly, input: { roundId: dots.id, cardId: duplicateCard, points: 1 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await entries(closed.id, both.id)).toEqual(closedBefore);
    expect(await db.voteRoundItem.count({ where: { roundId: closed.id, cardId: duplicateCard } })).toBe(1);
    // The member can spend the returned point.
    await castVote({ actor: both, input: { roundId: dots.id, cardId: otherCard, points: 3 } });
    expect((await castVote({ actor: both, input: { roundId: dots.id, cardId: keptCard, points: 3 } })).pointsUsed).toBe(
      6,
    );

    // Off the board: the duplicate's card is hidden with it, the kept card stays.
    const cards = (await getBoard()).flatMap((column) => column.cards.map((card) => card.id));
    expect(cards).toContain(keptCard);
    expect(cards).not.toContain(duplicateCard);
  });

  it("gives the duplicate's card, with its place and votes, to a kept irritant that had none", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const keptWithoutCard = await db.irritant.create({
      data: {
        slug: `sans-carte-${unique()}`,
        title: "Sans carte",
        description: "…",
        category: "AUTRE",
        paths: [],
        quotes: [],
      },
    });
    const duplicate = await irritant(member);
    const duplicateCard = await db.boardCard.findUniqueOrThrow({ where: { irritantId: duplicate.id } });
    const { carried } = await mergeIrritants({
      actor: admin,
      input: { keptId: keptWithoutCard.id, duplicateId: duplicate.id },
    });
    expect(carried.card).toBe("taken-over");
    expect(await db.boardCard.findUniqueOrThrow({ where: { id: duplicateCard.id } })).toMatchObject({
      irritantId: keptWithoutCard.id,
      columnId: duplicateCard.columnId,
      position: duplicateCard.position,
    });
  });
});
