import { db } from "@/lib/db/client.ts";
import type { CatalogueEntryKind } from "@/lib/generated/prisma/client.ts";
import type { TFieldChanges } from "./catalogue-history.ts";

export type TEstimateAuthor = { who: string; at: Date };

/**
 * Who last set each estimated field (availability, effort…) of these entries,
 * read from their history. A field absent from the result was never changed
 * through the app: its value is the demo content's.
 */
export async function listEstimateAuthors({
  kind,
  entryIds,
  fields,
}: {
  kind: CatalogueEntryKind;
  entryIds: string[];
  fields: string[];
}) {
  const changes = await db.catalogueChange.findMany({
    where: { kind, entryId: { in: entryIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { entryId: true, changes: true, createdAt: true, author: { select: { name: true } } },
  });
  const authors = new Map<string, Record<string, TEstimateAuthor>>();
  for (const change of changes) {
    const entry = authors.get(change.entryId) ?? {};
    for (const field of fields) {
      if (!entry[field] && field in (change.changes as TFieldChanges))
        entry[field] = { who: change.author?.name ?? "Membre du groupe", at: change.createdAt };
    }
    authors.set(change.entryId, entry);
  }
  return authors;
}
