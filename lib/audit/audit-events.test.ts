// The audit union at compile time (checked by `npx tsc --noEmit`: an @ts-expect-error that no longer
// errs fails it) and at run time (recordAuditEvent parses before it writes).
import { describe, expect, expectTypeOf, it } from "vitest";
import type { TActor } from "@/lib/auth/actor.ts";
import { parseAuditEvent, ZAuditEvent, type TAuditEventInput, type TAuditEventOf } from "./audit-events.ts";
import { recordAuditEvent } from "./record-audit-event.ts";

const actor: TActor = { id: "u1", email: "membre@test.example.org", name: null, role: "MEMBER", organisationId: null };

/** A transaction that keeps what would be written. */
function fakeTx() {
  const written: unknown[] = [];
  return {
    written,
    tx: { auditEvent: { create: async ({ data }: { data: unknown }) => void written.push(data) } } as never,
  };
}

describe("audit events: action → target type → data", () => {
  it("types each action's target and data, and refuses other shapes at compile time", () => {
    expectTypeOf<TAuditEventOf<"card.move">["data"]>().toEqualTypeOf<{ from: string; to: string; position: number }>();
    expectTypeOf<TAuditEventOf<"ballot.cast">["targetType"]>().toEqualTypeOf<"vote-round">();
    expectTypeOf<TAuditEventOf<"irritant.retire">["targetType"]>().toEqualTypeOf<"irritant">();

    const accepted: TAuditEventInput[] = [
      { action: "card.move", targetType: "board-card", data: { from: "A", to: "B", position: 1 } },
      {
        action: "card.apply-results",
        targetType: "board-card",
        data: { from: "A", to: "B", position: 1, round: "Scrutin" },
      },
      { action: "workshop.open", targetType: "workshop" },
      {
        action: "catalogue.import",
        targetType: "data-item",
        data: { created: 1, duplicates: 0, errors: 0, slugs: ["x"] },
      },
    ];
    const extraKey: TAuditEventInput = {
      action: "card.move",
      targetType: "board-card",
      // @ts-expect-error card.move's data has no `round` (at run time, parsing drops unknown keys)
      data: { from: "A", to: "B", position: 1, round: "Scrutin" },
    };
    expect(ZAuditEvent.parse(extraKey)).toEqual({
      action: "card.move",
      targetType: "board-card",
      data: { from: "A", to: "B", position: 1 },
    });
    const refused: TAuditEventInput[] = [
      // @ts-expect-error card.apply-results needs the round
      { action: "card.apply-results", targetType: "board-card", data: { from: "A", to: "B", position: 1 } },
      // @ts-expect-error a position is a number
      { action: "card.move", targetType: "board-card", data: { from: "A", to: "B", position: "1" } },
      // @ts-expect-error ballot.cast targets the round, not the card
      { action: "ballot.cast", targetType: "board-card", data: { cardId: "c1" } },
      // @ts-expect-error an action no writer declares
      { action: "card.teleport", targetType: "board-card" },
      // @ts-expect-error a wizard run names a path of the schema
      { action: "wizard.run", targetType: "wizard-run", data: { path: "SALARIE" } },
      // @ts-expect-error workshop.open carries no data
      { action: "workshop.open", targetType: "workshop", data: { roundId: "r1" } },
    ];
    expect(accepted.every((event) => ZAuditEvent.safeParse(event).success)).toBe(true);
    expect(refused.filter((event) => ZAuditEvent.safeParse(event).success)).toEqual([]);
  });

  it("recordAuditEvent writes a valid event and refuses a wrong shape before writing", async () => {
    const { tx, written } = fakeTx();
    await recordAuditEvent(tx, {
      actor,
      action: "card.report",
      targetType: "board-card",
      targetId: "c1",
      data: { to: "Signalé", position: 3 },
    });
    expect(written).toEqual([
      {
        actorId: "u1",
        actorLabel: "membre@test.example.org",
        action: "card.report",
        targetType: "board-card",
        targetId: "c1",
        data: { to: "Signalé", position: 3 },
      },
    ]);
    const wrong = {
      actor,
      action: "card.report",
      targetType: "board-card",
      data: { to: "Signalé" },
    } as unknown as TAuditEventInput & { actor: TActor };
    await expect(recordAuditEvent(tx, wrong)).rejects.toThrow();
    expect(written).toHaveLength(1);
  });

  it("reads a stored row back as its event, or null for a row no writer produces", () => {
    expect(
      parseAuditEvent({ action: "card.move", targetType: "board-card", data: { from: "A", to: "B", position: 2 } }),
    ).toEqual({ action: "card.move", targetType: "board-card", data: { from: "A", to: "B", position: 2 } });
    expect(parseAuditEvent({ action: "round.close", targetType: "vote-round", data: null })).toEqual({
      action: "round.close",
      targetType: "vote-round",
      data: null,
    });
    expect(parseAuditEvent({ action: "card.move", targetType: "board-card", data: null })).toBeNull();
    expect(parseAuditEvent({ action: "inconnue", targetType: "board-card", data: {} })).toBeNull();
  });
});
