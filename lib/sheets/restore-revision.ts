import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { ZSheetContent } from "./sheet-content.ts";
import { withStaleRevisionAnswer, writeRevision } from "./save-sheet.ts";

export const ZRestoreRevisionInput = z.object({
  useCaseId: z.string().min(1).max(64),
  revisionId: z.string().min(1).max(64),
  baseRevisionId: z.string().min(1).max(64),
});

/** Restoring never rewrites history: the old content becomes a new revision. */
export async function restoreRevision({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZRestoreRevisionInput>;
}) {
  return withStaleRevisionAnswer(() =>
    db.$transaction(async (tx) => {
      const old = await tx.useCaseRevision.findFirst({ where: { id: input.revisionId, useCaseId: input.useCaseId } });
      if (!old) throw new ExpectedError("NOT_FOUND", "Version introuvable.");
      return writeRevision(tx, {
        actor,
        action: "use-case.restore",
        input: {
          useCaseId: input.useCaseId,
          baseRevisionId: input.baseRevisionId,
          title: old.title,
          summary: old.summary,
          content: ZSheetContent.parse(old.content),
          message: `Restauration de la version ${old.number}`,
        },
      });
    }),
  );
}
