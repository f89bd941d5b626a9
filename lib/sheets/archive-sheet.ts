import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { forbidden } from "@/lib/errors.ts";
import { loadSheetFacts } from "./load-sheet-facts.ts";
import { sheetCapabilities } from "./sheet-permissions.ts";
import { afterCommit } from "./sheet-transition.ts";

export const ZArchiveSheetInput = z.object({ useCaseId: z.string().min(1).max(64), archived: z.boolean() });

/**
 * Admins archive a sheet (it leaves every public route) or bring it back. Back
 * means a draft on its latest revision and no published revision: the version
 * published before the archive is not republished silently — the sheet becomes
 * public again only through a new publication, which names its version.
 */
export async function archiveSheet({ actor, input }: { actor: TActor; input: z.infer<typeof ZArchiveSheetInput> }) {
  return afterCommit(
    db.$transaction(async (tx) => {
      const { useCase, head, facts } = await loadSheetFacts(tx, input.useCaseId);
      const can = sheetCapabilities(actor, facts);
      if (input.archived ? !can.archive : !can.unarchive) throw forbidden();
      await tx.useCase.update({
        where: { id: useCase.id },
        data: input.archived ? { state: "ARCHIVED" } : { state: "DRAFT", publishedRevisionId: null, publishedAt: null },
      });
      await recordAuditEvent(tx, {
        actor,
        targetType: "use-case",
        targetId: useCase.id,
        ...(input.archived
          ? { action: "use-case.archive" }
          : { action: "use-case.unarchive", data: { revision: head.number, unpublished: true } }),
      });
      return {
        slug: useCase.slug,
        message: input.archived
          ? "Fiche archivée : elle a quitté le site public."
          : `Fiche désarchivée : brouillon sur la version ${head.number}, non publiée. Demandez une relecture pour la publier à nouveau.`,
      };
    }),
  );
}
