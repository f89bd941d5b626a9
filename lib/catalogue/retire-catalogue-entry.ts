import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import type { CatalogueEntryKind } from "@/lib/generated/prisma/client.ts";
import { recordCatalogueChange } from "./catalogue-history.ts";
import { ZEntryId } from "./catalogue-input.ts";
import type { TAuditEventInput } from "@/lib/audit/audit-events.ts";

export const CATALOGUE_KINDS = ["irritant", "data-item", "public-api", "funding-scheme"] as const;
export type TCatalogueKind = (typeof CATALOGUE_KINDS)[number];

export const ZRetireCatalogueEntryInput = z.object({
  kind: z.enum(CATALOGUE_KINDS, { message: "Type d'entrée inconnu." }),
  id: ZEntryId,
  /** true retires the entry, false brings it back. */
  retired: z.boolean({ message: "Indiquez s'il faut retirer ou rétablir." }),
});
export type TRetireCatalogueEntryInput = z.infer<typeof ZRetireCatalogueEntryInput>;

const ENTRY_KIND: Record<TCatalogueKind, CatalogueEntryKind> = {
  irritant: "IRRITANT",
  "data-item": "DATA_ITEM",
  "public-api": "PUBLIC_API",
  "funding-scheme": "FUNDING_SCHEME",
};
const LABEL: Record<TCatalogueKind, string> = {
  irritant: "Irritant",
  "data-item": "Donnée",
  "public-api": "API",
  "funding-scheme": "Dispositif",
};

/**
 * Admins retire an entry (never delete it: links, history and addresses stay)
 * or bring it back. The state check is part of the write, so two admins
 * clicking at once record one change.
 */
export async function retireCatalogueEntry({ actor, input }: { actor: TActor; input: TRetireCatalogueEntryInput }) {
  const admin = assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const retiredAt = input.retired ? new Date() : null;
    const where = { id: input.id, retiredAt: input.retired ? null : { not: null } };
    const delegate = {
      irritant: tx.irritant,
      "data-item": tx.dataItem,
      "public-api": tx.publicApi,
      "funding-scheme": tx.fundingScheme,
    }[input.kind];
    // The delegates share this shape; TypeScript cannot unify their overloads.
    const { count } = await (delegate as typeof tx.irritant).updateMany({
      where,
      data: { retiredAt, version: { increment: 1 } },
    });
    const entry = await (delegate as typeof tx.irritant).findUnique({
      where: { id: input.id },
      select: { id: true, slug: true },
    });
    if (!entry) throw notFound(LABEL[input.kind]);
    if (count !== 1)
      throw new ExpectedError(
        "CONFLICT",
        input.retired ? "Cette entrée est déjà retirée du catalogue." : "Cette entrée n'est pas retirée du catalogue.",
      );
    const action = input.retired ? "retire" : "restore";
    await recordCatalogueChange(tx, {
      kind: ENTRY_KIND[input.kind],
      entryId: entry.id,
      action,
      actor: admin,
      before: { retired: !input.retired },
      after: { retired: input.retired },
    });
    await recordAuditEvent(tx, { actor: admin, targetId: entry.id, ...retirementEvent(input.kind, input.retired) });
    return entry;
  });
}

/** Each kind's own audit action: `irritant.retire`, `data-item.restore`… on a target of that kind. */
function retirementEvent(kind: TCatalogueKind, retired: boolean): TAuditEventInput {
  switch (kind) {
    case "irritant":
      return { action: retired ? "irritant.retire" : "irritant.restore", targetType: kind };
    case "data-item":
      return { action: retired ? "data-item.retire" : "data-item.restore", targetType: kind };
    case "public-api":
      return { action: retired ? "public-api.retire" : "public-api.restore", targetType: kind };
    case "funding-scheme":
      return { action: retired ? "funding-scheme.retire" : "funding-scheme.restore", targetType: kind };
  }
}
