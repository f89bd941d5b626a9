import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, forbidden, notFound } from "@/lib/errors.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { ZSheetContent, ZSheetHeader, type TSheetContent } from "./sheet-content.ts";
import { loadSheetFacts } from "./load-sheet-facts.ts";
import { getLatestRevision } from "./get-latest-revision.ts";
import { sheetCapabilities } from "./sheet-permissions.ts";

export const ZSaveSheetInput = ZSheetHeader.extend({
  useCaseId: z.string().min(1).max(64),
  baseRevisionId: z.string().min(1).max(64),
  content: ZSheetContent,
  message: z.string().trim().max(300, "Le message dépasse 300 caractères.").optional(),
});
export type TSaveSheetInput = z.infer<typeof ZSaveSheetInput>;

/**
 * Raised inside the transaction when the base is outdated; the caller turns it into a STALE answer
 * carrying the newest revision once the transaction is over (after a unique violation, PostgreSQL
 * refuses any further read in the aborted transaction).
 */
class StaleBaseError extends Error {
  constructor(readonly useCaseId: string) {
    super("stale base revision");
  }
}

/** Runs a write of a new revision; a stale base answers STALE with the latest revision in its details. */
export async function withStaleRevisionAnswer<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof StaleBaseError)) throw error;
    const latestRevision = await getLatestRevision(db, error.useCaseId);
    if (!latestRevision) throw notFound("Fiche");
    throw new ExpectedError(
      "STALE",
      `La fiche a été modifiée entre-temps (version ${latestRevision.number}) : comparez les deux versions et fusionnez avant d'enregistrer.`,
      { latestRevision },
    );
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
  if (head.id !== input.baseRevisionId) throw new StaleBaseError(useCase.id);
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
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new StaleBaseError(useCase.id);
      throw error;
    });
  // Editing a published sheet opens a new draft; the public page keeps the published revision.
  if (useCase.state === "PUBLISHED") await tx.useCase.update({ where: { id: useCase.id }, data: { state: "DRAFT" } });
  else await tx.useCase.update({ where: { id: useCase.id }, data: { updatedAt: new Date() } });
  await recordAuditEvent(tx, {
    actor,
    action,
    targetType: "use-case",
    targetId: useCase.id,
    data: { revision: revision.number },
  });
  return { revision, slug: useCase.slug };
}

async function assertCatalogueLinks(tx: Tx, content: TSheetContent) {
  const [irritants, dataItems] = await Promise.all([
    tx.irritant.count({ where: { slug: { in: content.irritants } } }),
    tx.dataItem.count({ where: { slug: { in: content.dataItems } } }),
  ]);
  if (irritants !== new Set(content.irritants).size || dataItems !== new Set(content.dataItems).size) {
    throw new ExpectedError(
      "INVALID_INPUT",
      "Un irritant ou une donnée liée n'existe pas (ou plus) dans le catalogue.",
    );
  }
}

export async function saveSheet({ actor, input }: { actor: TActor; input: TSaveSheetInput }) {
  return withStaleRevisionAnswer(() =>
    db.$transaction((tx) => writeRevision(tx, { actor, input, action: "use-case.save" })),
  );
}
