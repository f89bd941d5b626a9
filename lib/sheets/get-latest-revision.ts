import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { ZSheetContent } from "./sheet-content.ts";

export const ZGetLatestRevisionInput = z.object({ useCaseId: z.string().min(1).max(64) });

/** Members: the newest revision, for the editor's merge view after a refused save. */
export async function getLatestRevision({ actor, input }: { actor: TActor | null; input: z.infer<typeof ZGetLatestRevisionInput> }) {
  if (!actor) throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous.");
  const revision = await db.useCaseRevision.findFirst({
    where: { useCaseId: input.useCaseId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, title: true, summary: true, content: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  if (!revision) throw new ExpectedError("NOT_FOUND", "Fiche introuvable.");
  return { ...revision, content: ZSheetContent.parse(revision.content), author: revision.author?.name ?? revision.author?.email ?? "—" };
}
