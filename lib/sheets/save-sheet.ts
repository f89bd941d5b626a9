import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, forbidden } from "@/lib/errors.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { ZSheetContent, ZSheetHeader, type TSheetContent } from "./sheet-content.ts";
import { loadSheetFacts } from "./load-sheet-facts.ts";
import { sheetCapabilities } from "./sheet-permissions.ts";

export const ZSaveSheetInput = ZSheetHeader.extend({
  useCaseId: z.string().min(1).max(64),
  baseRevisionId: z.string().min(1).max(64),
  content: ZSheetContent,
  message: z.string().trim().max(300, "Le message dépasse 300 caractères.").optional(),
});
export type TSaveSheetInput = z.infer<typeof ZSaveSheetInput>;

export class StaleRevisionError extends ExpectedError {
  constructor(readonly latestRevisionId: string, latestNumber: number) {
    super("CONFLICT", `La fiche a été modifiée entre-temps (version ${latestNumber}) : comparez les deux versions et fusionnez avant d'enregistrer.`);
  }
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Writes a new revision on top of `baseRevisionId`; refuses a save based on an older revision. */
export async function writeRevision(
  tx: Tx,
  { actor, input, action }: { actor: TActor; input: TSaveSheetInput; action: "use-case.save" | "use-case.restore" },
) {
  const { useCase, head, facts } = await loadSheetFacts(tx, input.useCaseId);
  if (!sheetCapabilities(actor, facts).edit) throw forbidden();
  if (head.id !== input.baseRevisionId) throw new StaleRevisionError(head.id, head.number);
  await assertCatalogueLinks(tx, input.content);
  const revision = await tx.useCaseRevision
    .create({
      data: {
        useCaseId: useCase.id,
        number: head.number + 1,
        title: input.title,
        summary: input.summary,
        content: input.content,
        paths: input.content.paths.map((path) => path.kind),
        message: input.message || null,
        authorId: actor.id,
      },
    })
    .catch((error: unknown) => {
      // Two saves on the same base: the unique (useCaseId, number) lets only one through.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new StaleRevisionError(head.id, head.number + 1);
      throw error;
    });
  // Editing a published sheet opens a new draft; the public page keeps the published revision.
  if (useCase.state === "PUBLISHED") await tx.useCase.update({ where: { id: useCase.id }, data: { state: "DRAFT" } });
  else await tx.useCase.update({ where: { id: useCase.id }, data: { updatedAt: new Date() } });
  await recordAuditEvent(tx, { actor, action, targetType: "use-case", targetId: useCase.id, data: { revision: revision.number } });
  return { revision, slug: useCase.slug };
}

async function assertCatalogueLinks(tx: Tx, content: TSheetContent) {
  const [irritants, dataItems] = await Promise.all([
    tx.irritant.count({ where: { slug: { in: content.irritants } } }),
    tx.dataItem.count({ where: { slug: { in: content.dataItems } } }),
  ]);
  if (irritants !== new Set(content.irritants).size || dataItems !== new Set(content.dataItems).size) {
    throw new ExpectedError("INVALID_INPUT", "Un irritant ou une donnée liée n'existe pas (ou plus) dans le catalogue.");
  }
}

export async function saveSheet({ actor, input }: { actor: TActor | null; input: TSaveSheetInput }) {
  if (!actor) throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour modifier une fiche.");
  return db.$transaction((tx) => writeRevision(tx, { actor, input, action: "use-case.save" }));
}
