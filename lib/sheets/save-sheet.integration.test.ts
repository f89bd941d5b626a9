import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { newSheet, save } from "@/lib/test/sheet-factories.ts";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";
import { saveSheet } from "./save-sheet.ts";
import { restoreRevision } from "./restore-revision.ts";
import { ZSheetContent } from "./sheet-content.ts";

describe("co-writing", () => {
  it("records every save as a revision with its author, and an audit event", async () => {
    const { author, useCase, head } = await newSheet();
    const other = await createActor("MEMBER");
    const { revision: second } = await save(author, useCase.id, head.id, "Premier jet");
    const { revision: third } = await save(other, useCase.id, second.id, "Relu par un autre membre");
    expect([second.number, third.number]).toEqual([2, 3]);
    expect(third.authorId).toBe(other.id);
    expect(await db.auditEvent.count({ where: { targetId: useCase.id, action: "use-case.save" } })).toBe(2);
  });

  it("refuses a save based on an old revision and stores nothing", async () => {
    const { author, useCase, head } = await newSheet();
    const other = await createActor("MEMBER");
    await save(author, useCase.id, head.id, "Version d'Inès");
    await expect(save(other, useCase.id, head.id, "Version de Paul, écrite en même temps")).rejects.toMatchObject({
      code: "STALE",
    });
    expect(await db.useCaseRevision.count({ where: { useCaseId: useCase.id } })).toBe(2);
  });

  it("answers a stale save with the latest revision, for the editor's merge view", async () => {
    const { author, useCase, head } = await newSheet();
    const other = await createActor("MEMBER");
    const { revision: second } = await save(author, useCase.id, head.id, "Version d'Inès");
    const { revision: third } = await save(author, useCase.id, second.id, "Version d'Inès, relue");
    for (const staleBase of [head.id, second.id]) {
      await expect(save(other, useCase.id, staleBase, "Version de Paul")).rejects.toMatchObject({
        code: "STALE",
        message:
          "La fiche a été modifiée entre-temps (version 3) : comparez les deux versions et fusionnez avant d'enregistrer.",
        details: {
          latestRevision: {
            id: third.id,
            number: 3,
            title: "Titre de la fiche",
            summary: "Une fiche de test assez longue.",
            content: { ...EMPTY_SHEET_CONTENT, problem: "Version d'Inès, relue" },
            author: author.name ?? author.email,
          },
        },
      });
    }
    await expect(
      restoreRevision({
        actor: other,
        input: { useCaseId: useCase.id, revisionId: head.id, baseRevisionId: second.id },
      }),
    ).rejects.toMatchObject({ code: "STALE", details: { latestRevision: { id: third.id, number: 3 } } });
    expect(await db.useCaseRevision.count({ where: { useCaseId: useCase.id } })).toBe(3);
  });

  it("lets only one of two simultaneous saves on the same base through", async () => {
    const { author, useCase, head } = await newSheet();
    const results = await Promise.allSettled([
      save(author, useCase.id, head.id, "A"),
      save(author, useCase.id, head.id, "B"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [winner] = await db.useCaseRevision.findMany({
      where: { useCaseId: useCase.id },
      orderBy: { number: "desc" },
      take: 1,
    });
    // The loser's transaction was aborted by the unique index: the latest revision is read after it.
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "STALE", details: { latestRevision: { id: winner.id, number: 2 } } },
    });
  });

  it("restores an old revision as a new one", async () => {
    const { author, useCase, head } = await newSheet();
    const { revision: second } = await save(author, useCase.id, head.id, "Texte à retrouver");
    const { revision: third } = await save(author, useCase.id, second.id, "Texte remplacé");
    const { revision: restored } = await restoreRevision({
      actor: author,
      input: { useCaseId: useCase.id, revisionId: second.id, baseRevisionId: third.id },
    });
    expect(restored.number).toBe(4);
    expect(ZSheetContent.parse(restored.content).problem).toBe("Texte à retrouver");
    expect(restored.message).toBe("Restauration de la version 2");
  });

  it("refuses unknown catalogue links", async () => {
    const { author, useCase, head } = await newSheet();
    await expect(
      saveSheet({
        actor: author,
        input: {
          useCaseId: useCase.id,
          baseRevisionId: head.id,
          title: "Titre valide",
          summary: "Résumé assez long.",
          content: { ...EMPTY_SHEET_CONTENT, irritants: ["n-existe-pas"] },
        },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
