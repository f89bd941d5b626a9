import { db } from "@/lib/db/client.ts";
import type { CatalogueEntryKind } from "@/lib/generated/prisma/client.ts";
import type { TFieldChanges } from "./catalogue-history.ts";

/**
 * Public: the history of one entry, newest first: who changed which fields, from what to what. Names only, never
 * addresses.
 */
export async function listCatalogueChanges({ kind, entryId }: { kind: CatalogueEntryKind; entryId: string }) {
  const changes = await db.catalogueChange.findMany({
    where: { kind, entryId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true, changes: true, createdAt: true, author: { select: { name: true } } },
  });
  return changes.map((change) => ({
    id: change.id,
    action: change.action,
    createdAt: change.createdAt,
    who: change.author?.name ?? "Membre du groupe",
    fields: change.changes as TFieldChanges,
  }));
}
