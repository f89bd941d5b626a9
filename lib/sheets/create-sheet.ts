import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { uniqueSlug } from "@/lib/slugify.ts";
import { ZSheetHeader, type TSheetContent } from "./sheet-content.ts";
import type { z } from "zod";

export const ZCreateSheetInput = ZSheetHeader;

export const EMPTY_SHEET_CONTENT: TSheetContent = {
  context: "",
  problem: "",
  ambition: "",
  targetPublic: "",
  benefits: "",
  actors: "",
  solutions: [],
  paths: [],
  actorTypes: [],
  irritants: [],
  dataItems: [],
};

/** Any member starts a sheet; it begins as a draft with revision 1. */
export async function createSheet({ actor, input }: { actor: TActor; input: z.infer<typeof ZCreateSheetInput> }) {
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(input.title, "fiche", async (candidate) =>
      Boolean(await tx.useCase.findUnique({ where: { slug: candidate }, select: { id: true } })),
    );
    const useCase = await tx.useCase.create({ data: { slug, createdById: actor.id } });
    await tx.useCaseRevision.create({
      data: {
        useCaseId: useCase.id,
        number: 1,
        title: input.title,
        summary: input.summary,
        content: EMPTY_SHEET_CONTENT,
        paths: [],
        authorId: actor.id,
        message: "Création",
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "use-case.create",
      targetType: "use-case",
      targetId: useCase.id,
      data: { slug },
    });
    return useCase;
  });
}
