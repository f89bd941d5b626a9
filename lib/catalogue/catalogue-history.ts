import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import type { CatalogueEntryKind, Prisma } from "@/lib/generated/prisma/client.ts";

type Tx = Pick<Db, "catalogueChange">;
export type TEntryValues = Record<string, Prisma.InputJsonValue | null>;
export type TFieldChanges = Record<
  string,
  { before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null }
>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose value differs, each with its previous and new value; `before` null means a creation. */
export function changedFields(before: TEntryValues | null, after: TEntryValues): TFieldChanges {
  const changes: TFieldChanges = {};
  for (const field of Object.keys(after)) {
    const previous = before ? (before[field] ?? null) : null;
    if (before && same(previous, after[field])) continue;
    changes[field] = { before: previous, after: after[field] ?? null };
  }
  return changes;
}

/**
 * Records one change of a catalogue entry inside the mutation's transaction.
 * Returns the changed fields (empty for an edit that changed nothing: nothing is recorded then).
 */
export async function recordCatalogueChange(
  tx: Tx,
  change: {
    kind: CatalogueEntryKind;
    entryId: string;
    action: string;
    actor: TActor;
    before: TEntryValues | null;
    after: TEntryValues;
  },
): Promise<TFieldChanges> {
  const changes = changedFields(change.before, change.after);
  if (Object.keys(changes).length === 0) return changes;
  await tx.catalogueChange.create({
    data: {
      kind: change.kind,
      entryId: change.entryId,
      action: change.action,
      changes: changes as Prisma.InputJsonValue,
      authorId: change.actor.id,
    },
  });
  return changes;
}
