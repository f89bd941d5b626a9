import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { createSheet, EMPTY_SHEET_CONTENT } from "@/lib/sheets/create-sheet.ts";
import { saveSheet } from "@/lib/sheets/save-sheet.ts";

/** A new draft sheet by a new member, with its first revision. */
export async function newSheet(title = `Fiche ${Math.random().toString(36).slice(2, 8)}`) {
  const author = await createActor("MEMBER");
  const useCase = await createSheet({ actor: author, input: { title, summary: "Une fiche de test assez longue." } });
  const head = await db.useCaseRevision.findFirstOrThrow({ where: { useCaseId: useCase.id } });
  return { author, useCase, head };
}

/** Saves a revision whose only change is the problem section. */
export const save = (
  actor: Awaited<ReturnType<typeof createActor>>,
  useCaseId: string,
  baseRevisionId: string,
  problem: string,
) =>
  saveSheet({
    actor,
    input: {
      useCaseId,
      baseRevisionId,
      title: "Titre de la fiche",
      summary: "Une fiche de test assez longue.",
      content: { ...EMPTY_SHEET_CONTENT, problem },
      message: undefined,
    },
  });
