import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { createActor, createOrganisation } from "@/lib/test/factories.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { castVote } from "@/lib/rounds/cast-vote.ts";
import { getRound } from "@/lib/rounds/get-round.ts";
import { listRounds } from "@/lib/rounds/list-rounds.ts";
import { createWorkshop } from "./create-workshop.ts";
import { openWorkshop } from "./open-workshop.ts";
import { joinWorkshop } from "./join-workshop.ts";
import { postWorkshopNote } from "./post-workshop-note.ts";
import { groupWorkshopNote } from "./group-workshop-note.ts";
import { convertWorkshopNote } from "./convert-workshop-note.ts";
import { goToWorkshopStep } from "./go-to-workshop-step.ts";
import { toggleWorkshopTimer } from "./toggle-workshop-timer.ts";
import { openWorkshopVote } from "./open-workshop-vote.ts";
import { revealWorkshopResults } from "./reveal-workshop-results.ts";
import { recordWorkshopItem } from "./record-workshop-item.ts";
import { closeWorkshop } from "./close-workshop.ts";
import { getWorkshopState } from "./get-workshop-state.ts";
import { getWorkshopMinutes } from "./get-workshop-minutes.ts";
import { listMyWorkshopActions } from "./list-my-workshop-actions.ts";
import { sweepWorkshopReminders } from "./sweep-workshop-reminders.ts";

const DAY = 86_400_000;
let admin: TActor;
let member: TActor;

beforeAll(async () => {
  admin = await createActor("ADMIN");
  member = await createActor("MEMBER");
});
afterAll(() => stopLiveEvents());

const agenda = [
  { kind: "COLLECT" as const, minutes: 10 },
  { kind: "VOTE" as const, minutes: 5 },
  { kind: "DECISIONS" as const, minutes: 15 },
];

async function openSession() {
  const { id } = await createWorkshop({
    actor: admin,
    input: { title: `Atelier ${randomUUID().slice(0, 6)}`, scheduledAt: new Date(), agenda },
  });
  await openWorkshop({ actor: admin, input: { workshopId: id } });
  return id;
}

const note = (workshopId: string, text: string, idempotencyKey = randomUUID()) => ({
  workshopId,
  text,
  idempotencyKey,
});

describe("workshop permissions", () => {
  it("lets only admins prepare, open and drive a session, and only members take part", async () => {
    const workshopId = await openSession();
    const adminOnly = [
      (actor: TActor) => createWorkshop({ actor, input: { title: "Atelier refusé", scheduledAt: new Date(), agenda } }),
      (actor: TActor) => openWorkshop({ actor, input: { workshopId } }),
      (actor: TActor) => goToWorkshopStep({ actor, input: { workshopId, fromStep: 0, direction: "next" } }),
      (actor: TActor) => toggleWorkshopTimer({ actor, input: { workshopId, running: true } }),
      (actor: TActor) => revealWorkshopResults({ actor, input: { workshopId } }),
      (actor: TActor) =>
        recordWorkshopItem({ actor, input: { workshopId, kind: "DECISION", text: "Décision refusée" } }),
      (actor: TActor) => closeWorkshop({ actor, input: { workshopId } }),
    ];
    for (const operation of adminOnly) {
      await expect(operation(member)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const state = await getWorkshopState({ actor: admin, workshopId });
    expect(state).toMatchObject({ status: "OPEN", currentStep: 0, notes: [], items: [] });
  });

  it("refuses notes before the session opens and after it closes, storing nothing", async () => {
    const { id: draft } = await createWorkshop({
      actor: admin,
      input: { title: "Atelier en préparation", scheduledAt: new Date(), agenda },
    });
    await expect(postWorkshopNote({ actor: member, input: note(draft, "Trop tôt") })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const closed = await openSession();
    await closeWorkshop({ actor: admin, input: { workshopId: closed } });
    await expect(postWorkshopNote({ actor: member, input: note(closed, "Trop tard") })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.workshopNote.count({ where: { workshopId: { in: [draft, closed] } } })).toBe(0);
  });
});

describe("notes with an idempotency key", () => {
  it("stores a note once however often, and however concurrently, it is retried", async () => {
    const workshopId = await openSession();
    const key = randomUUID();
    const first = await postWorkshopNote({
      actor: member,
      input: note(workshopId, "Le RIB est demandé trois fois", key),
    });
    const again = await postWorkshopNote({
      actor: member,
      input: note(workshopId, "Le RIB est demandé trois fois", key),
    });
    const concurrentKey = randomUUID();
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () =>
        postWorkshopNote({ actor: member, input: note(workshopId, "Attestation employeur en double", concurrentKey) }),
      ),
    );
    expect(again.id).toBe(first.id);
    expect(new Set(concurrent.map((stored) => stored.id)).size).toBe(1);
    expect(await db.workshopNote.count({ where: { workshopId } })).toBe(2);
    // Posting joined the member, once.
    expect(await db.workshopParticipant.count({ where: { workshopId, userId: member.id } })).toBe(1);
    // Another member may use the same key (keys are per author) without touching the first note.
    const other = await createActor("MEMBER");
    const theirs = await postWorkshopNote({ actor: other, input: note(workshopId, "Autre note, même clé", key) });
    expect(theirs.id).not.toBe(first.id);
    // A key reused for another workshop is refused rather than answered with a note of the first one.
    const elsewhere = await openSession();
    await expect(
      postWorkshopNote({ actor: member, input: note(elsewhere, "Le RIB est demandé trois fois", key) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("rate-limits new notes per member but never a retry of a stored one", async () => {
    const workshopId = await openSession();
    const poster = await createActor("MEMBER");
    const keys = Array.from({ length: 20 }, () => randomUUID());
    for (const key of keys)
      await postWorkshopNote({ actor: poster, input: note(workshopId, `Note ${key.slice(0, 4)}`, key) });
    await expect(postWorkshopNote({ actor: poster, input: note(workshopId, "Une de trop") })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(
      postWorkshopNote({ actor: poster, input: note(workshopId, "Note déjà reçue", keys[3]) }),
    ).resolves.toMatchObject({ workshopId });
    expect(await db.workshopNote.count({ where: { workshopId, authorId: poster.id } })).toBe(20);
  });
});

describe("collect, vote, decisions, minutes", () => {
  it("runs a whole session: grouping, note → irritant in « Signalé », hidden then revealed vote, actions, minutes", async () => {
    const workshopId = await openSession();
    await joinWorkshop({ actor: member, input: { workshopId } });
    await joinWorkshop({ actor: member, input: { workshopId } });
    const head = await postWorkshopNote({
      actor: member,
      input: note(workshopId, "Justificatif de domicile redemandé"),
    });
    const duplicate = await postWorkshopNote({
      actor: admin,
      input: note(workshopId, "Encore le justificatif de domicile"),
    });
    await groupWorkshopNote({ actor: admin, input: { workshopId, noteId: duplicate.id, intoNoteId: head.id } });
    await expect(
      groupWorkshopNote({ actor: admin, input: { workshopId, noteId: head.id, intoNoteId: duplicate.id } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });

    // One gesture, pressed twice at once: one irritant, with its card in « Signalé », its history and its audit record.
    const attempts = await Promise.allSettled(
      [1, 2].map(() =>
        convertWorkshopNote({ actor: admin, input: { workshopId, noteId: head.id, category: "JUSTIFICATIF" } }),
      ),
    );
    const converted = attempts.filter((attempt) => attempt.status === "fulfilled");
    expect(converted).toHaveLength(1);
    const { irritantId } = (converted[0] as PromiseFulfilledResult<{ irritantId: string }>).value;
    const irritant = await db.irritant.findUniqueOrThrow({
      where: { id: irritantId },
      select: { title: true, quotes: true, card: { select: { id: true, column: { select: { name: true } } } } },
    });
    expect(irritant).toMatchObject({
      title: "Justificatif de domicile redemandé",
      quotes: ["Justificatif de domicile redemandé", "Encore le justificatif de domicile"],
    });
    expect(irritant.card?.column.name).toBe("Signalé");
    expect(await db.catalogueChange.count({ where: { entryId: irritantId, action: "create" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "workshop.note-convert", targetId: head.id } })).toBe(1);

    // Timer: the server keeps the start; a repeated press does nothing more.
    await goToWorkshopStep({ actor: admin, input: { workshopId, fromStep: 0, direction: "next" } });
    await expect(
      goToWorkshopStep({ actor: admin, input: { workshopId, fromStep: 0, direction: "next" } }),
    ).rejects.toMatchObject({ code: "STALE" });
    await toggleWorkshopTimer({ actor: admin, input: { workshopId, running: false } });
    await toggleWorkshopTimer({ actor: admin, input: { workshopId, running: false } });
    expect((await db.workshop.findUniqueOrThrow({ where: { id: workshopId } })).timerStartedAt).toBeNull();

    const second = await postWorkshopNote({
      actor: member,
      input: note(workshopId, "Le numéro de SIRET est ressaisi"),
    });
    const other = await convertWorkshopNote({ actor: admin, input: { workshopId, noteId: second.id } });
    const cards = [
      await db.boardCard.findUniqueOrThrow({ where: { irritantId: other.irritantId }, select: { id: true } }),
    ];
    const { roundId } = await openWorkshopVote({
      actor: admin,
      input: {
        workshopId,
        method: "DOT_VOTING",
        question: "Que traiter en premier ?",
        pointsBudget: 5,
        maxPointsPerItem: 3,
        cardIds: [irritant.card!.id, cards[0].id],
      },
    });
    await castVote({ actor: member, input: { roundId, cardId: irritant.card!.id, points: 3 } });
    await castVote({ actor: admin, input: { roundId, cardId: cards[0].id, points: 2 } });
    // Hidden from everyone, the facilitator included, and out of the public lists, until the reveal…
    let state = (await getWorkshopState({ actor: admin, workshopId }))!;
    expect(state.vote).toMatchObject({ voters: 2, revealed: false, results: null });
    expect(await getRound({ actor: null, roundId })).toBeNull();
    await db.voteRound.update({ where: { id: roundId }, data: { closesAt: new Date(Date.now() - 1_000) } });
    expect((await getRound({ actor: member, roundId }))?.results).toBeNull();
    expect((await listRounds({ actor: null })).some((round) => round.id === roundId)).toBe(false);
    await revealWorkshopResults({ actor: admin, input: { workshopId } });
    await expect(revealWorkshopResults({ actor: admin, input: { workshopId } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    state = (await getWorkshopState({ actor: member, workshopId }))!;
    expect(state.vote?.revealed).toBe(true);
    expect(state.vote?.results?.ranking[0]).toMatchObject({ cardId: irritant.card!.id, points: 3 });
    expect((await getRound({ actor: null, roundId }))?.results).not.toBeNull();

    const organisation = await createOrganisation("OPCO");
    await recordWorkshopItem({
      actor: admin,
      input: {
        workshopId,
        kind: "DECISION",
        text: "Traiter le justificatif de domicile en priorité",
        linkType: "irritant",
        linkId: irritantId,
      },
    });
    await recordWorkshopItem({
      actor: admin,
      input: {
        workshopId,
        kind: "ACTION",
        text: "Contacter la CNAF sur l'API",
        ownerUserId: member.id,
        dueOn: "2031-03-15",
        linkType: "card",
        linkId: cards[0].id,
      },
    });
    await recordWorkshopItem({
      actor: admin,
      input: {
        workshopId,
        kind: "ACTION",
        text: "Recenser les pièces demandées",
        ownerOrganisationId: organisation.id,
        dueOn: "2031-04-01",
      },
    });
    // Variants of invalid items: nothing stored.
    for (const input of [
      { workshopId, kind: "ACTION" as const, text: "Action sans responsable", dueOn: "2031-01-01" },
      { workshopId, kind: "ACTION" as const, text: "Action sans échéance", ownerUserId: member.id },
      {
        workshopId,
        kind: "DECISION" as const,
        text: "Lien vers rien",
        linkType: "sheet" as const,
        linkId: "inexistant",
      },
      {
        workshopId,
        kind: "ACTION" as const,
        text: "Deux responsables",
        ownerUserId: member.id,
        ownerOrganisationId: organisation.id,
        dueOn: "2031-01-01",
      },
    ])
      await expect(recordWorkshopItem({ actor: admin, input })).rejects.toBeTruthy();
    expect(await db.workshopItem.count({ where: { workshopId } })).toBe(3);

    await closeWorkshop({ actor: admin, input: { workshopId } });
    const minutes = (await getWorkshopMinutes({ actor: member, workshopId }))!;
    expect(minutes.participants.total).toBe(2);
    expect(minutes.notes).toEqual([
      {
        text: "Justificatif de domicile redemandé",
        duplicates: 1,
        irritant: expect.objectContaining({ title: "Justificatif de domicile redemandé" }),
      },
      {
        text: "Le numéro de SIRET est ressaisi",
        duplicates: 0,
        irritant: expect.objectContaining({ title: "Le numéro de SIRET est ressaisi" }),
      },
    ]);
    expect(minutes.vote).toMatchObject({ revealed: true, voters: 2 });
    expect(minutes.decisions[0].link).toMatchObject({ type: "irritant", title: "Justificatif de domicile redemandé" });
    expect(minutes.actions.map((action) => action.owner)).toEqual([member.name, organisation.name]);
    // Participants are told, and e-mailed the minutes (demo mailbox).
    expect(
      await db.notification.count({ where: { userId: member.id, link: `/ateliers/${workshopId}/compte-rendu` } }),
    ).toBe(1);
    expect(
      await db.devMail.count({
        where: { to: member.email, subject: { contains: "Compte rendu" }, text: { contains: "Contacter la CNAF" } },
      }),
    ).toBe(1);
    // The member's own action is on their dashboard.
    expect(
      (await listMyWorkshopActions({ actor: member, now: new Date("2031-03-01") })).map((action) => action.text),
    ).toEqual(["Contacter la CNAF sur l'API"]);
  });
});

describe("action reminders", () => {
  it("reminds each owner exactly once before the due date, even with several instances sweeping at once", async () => {
    const workshopId = await openSession();
    const organisation = await createOrganisation("REGION");
    const colleagues = await Promise.all([1, 2].map(() => createActor("MEMBER", organisation.id)));
    const owner = await createActor("MEMBER");
    const dueOn = "2032-06-10";
    await recordWorkshopItem({
      actor: admin,
      input: { workshopId, kind: "ACTION", text: "Rappel à un membre", ownerUserId: owner.id, dueOn },
    });
    await recordWorkshopItem({
      actor: admin,
      input: {
        workshopId,
        kind: "ACTION",
        text: "Rappel à une organisation",
        ownerOrganisationId: organisation.id,
        dueOn,
      },
    });
    const due = new Date(`${dueOn}T00:00:00.000Z`).getTime();
    // Too early: nothing.
    await sweepWorkshopReminders(new Date(due - 10 * DAY));
    expect(await db.workshopItem.count({ where: { workshopId, reminderSentAt: { not: null } } })).toBe(0);
    const sweeps = await Promise.all(Array.from({ length: 4 }, () => sweepWorkshopReminders(new Date(due - 2 * DAY))));
    expect(sweeps.reduce((sum, sweep) => sum + sweep.reminded, 0)).toBe(2);
    await sweepWorkshopReminders(new Date(due - DAY));
    for (const recipient of [owner, ...colleagues]) {
      expect(
        await db.notification.count({ where: { userId: recipient.id, title: { startsWith: "Action à échéance" } } }),
      ).toBe(1);
      expect(
        await db.devMail.count({ where: { to: recipient.email, subject: { contains: "Action à échéance" } } }),
      ).toBe(1);
    }
  });
});

describe("the database's own rules on workshop items", () => {
  it("refuses an action without a due date, but not a decision", async () => {
    const workshopId = await openSession();
    await expect(
      db.workshopItem.create({ data: { workshopId, kind: "ACTION", text: "Action sans échéance" } }),
    ).rejects.toThrow(/WorkshopItem_action_has_due_date|check constraint/i);
    await expect(
      db.workshopItem.create({ data: { workshopId, kind: "DECISION", text: "Décision sans échéance" } }),
    ).resolves.toMatchObject({ dueOn: null });
    expect(await db.workshopItem.count({ where: { workshopId, kind: "ACTION" } })).toBe(0);
  });
});
