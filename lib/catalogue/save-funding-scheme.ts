import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { notFound } from "@/lib/errors.ts";
import { uniqueSlug } from "@/lib/slugify.ts";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import { enumValues, RequirementKind } from "@/lib/db/enums.ts";
import { recordCatalogueChange } from "./catalogue-history.ts";
import {
  requiredText,
  RESERVED_SLUGS,
  retiredEntryError,
  staleEntryError,
  ZEntryId,
  ZExpectedVersion,
  ZPaths,
  ZSlugList,
} from "./catalogue-input.ts";
import { resolveDataItems } from "./save-irritant.ts";
import invariant from "tiny-invariant";

export const REQUIREMENT_KINDS = enumValues(RequirementKind);

export const ZSchemeRequirement = z.object({
  path: ZPathKind,
  kind: z.enum(RequirementKind, { message: "Pièce ou information ?" }),
  label: requiredText("L'intitulé", 3, 300),
  /** Data items that would make the request unnecessary. */
  replacedBy: ZSlugList,
});

export const ZSaveFundingSchemeInput = z.object({
  id: ZEntryId.optional(),
  expectedVersion: ZExpectedVersion.optional(),
  name: requiredText("Le nom", 2, 160),
  description: requiredText("La description", 10, 3000),
  operator: requiredText("Le financeur", 2, 200),
  paths: ZPaths,
  source: requiredText("La source", 5, 500),
  requirements: z
    .array(ZSchemeRequirement, { message: "Liste des demandes invalide." })
    .max(60, "60 demandes au plus."),
});
export type TSaveFundingSchemeInput = z.input<typeof ZSaveFundingSchemeInput>;
type TParsed = z.output<typeof ZSaveFundingSchemeInput>;
type TRequirement = z.output<typeof ZSchemeRequirement>;

/** One readable line per request, so that the history shows what was asked and what replaces it. */
const requirementLine = (requirement: TRequirement) =>
  `${requirement.path} · ${requirement.kind === "DOCUMENT" ? "pièce" : "information"} · ${requirement.label}${requirement.replacedBy.length ? ` → ${[...requirement.replacedBy].sort().join(", ")}` : ""}`;

const schemeValues = (scheme: {
  name: string;
  description: string;
  operator: string;
  paths: string[];
  source: string;
  requirements: TRequirement[];
}) => ({
  name: scheme.name,
  description: scheme.description,
  operator: scheme.operator,
  paths: [...scheme.paths].sort(),
  source: scheme.source,
  requirements: scheme.requirements.map(requirementLine),
});

/** Members add a funding scheme or edit one, with what it asks for per path; history and audit as for every entry. */
export async function saveFundingScheme({ actor: member, input }: { actor: TActor; input: TParsed }) {
  return db.$transaction(async (tx) => {
    const current = input.id
      ? await tx.fundingScheme.findUnique({
          where: { id: input.id },
          select: {
            id: true,
            slug: true,
            version: true,
            retiredAt: true,
            name: true,
            description: true,
            operator: true,
            paths: true,
            source: true,
            requirements: {
              orderBy: { position: "asc" },
              select: {
                path: true,
                kind: true,
                label: true,
                replacedBy: { select: { dataItem: { select: { slug: true } } } },
              },
            },
          },
        })
      : null;
    if (input.id && !current) throw notFound("Dispositif");
    if (current?.retiredAt) throw retiredEntryError();
    if (current && current.version !== input.expectedVersion) throw staleEntryError();
    const before = current?.requirements.map((requirement) => ({
      ...requirement,
      replacedBy: requirement.replacedBy.map(({ dataItem }) => dataItem.slug),
    }));
    const alreadyLinked = before?.flatMap((requirement) => requirement.replacedBy) ?? [];
    const items = await resolveDataItems(
      tx,
      [...new Set(input.requirements.flatMap((requirement) => requirement.replacedBy))],
      alreadyLinked,
    );
    const itemId = new Map(items.map((item) => [item.slug, item.id]));
    const values = {
      name: input.name,
      description: input.description,
      operator: input.operator,
      paths: input.paths,
      source: input.source,
    };
    let scheme: { id: string; slug: string };
    if (current) {
      const updated = await tx.fundingScheme.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...values, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw staleEntryError();
      await tx.schemeRequirement.deleteMany({ where: { schemeId: current.id } });
      scheme = current;
    } else {
      const slug = await uniqueSlug(
        input.name,
        "dispositif",
        async (candidate) =>
          RESERVED_SLUGS.has(candidate) ||
          Boolean(await tx.fundingScheme.findUnique({ where: { slug: candidate }, select: { id: true } })),
      );
      scheme = await tx.fundingScheme.create({ data: { ...values, slug }, select: { id: true, slug: true } });
    }
    for (const [position, requirement] of input.requirements.entries()) {
      await tx.schemeRequirement.create({
        data: {
          schemeId: scheme.id,
          position,
          path: requirement.path,
          kind: requirement.kind,
          label: requirement.label,
          replacedBy: {
            create: requirement.replacedBy.map((slug) => {
              const dataItemId = itemId.get(slug);
              invariant(dataItemId, "resolveDataItems refuse une donnée inconnue");
              return { dataItemId };
            }),
          },
        },
      });
    }
    const changes = await recordCatalogueChange(tx, {
      kind: "FUNDING_SCHEME",
      entryId: scheme.id,
      action: current ? "update" : "create",
      actor: member,
      before: current && before ? schemeValues({ ...current, requirements: before }) : null,
      after: schemeValues({ ...values, requirements: input.requirements }),
    });
    await recordAuditEvent(tx, {
      actor: member,
      targetType: "funding-scheme",
      targetId: scheme.id,
      ...(current
        ? { action: "funding-scheme.update", data: { fields: Object.keys(changes) } }
        : { action: "funding-scheme.create", data: { slug: scheme.slug } }),
    });
    return { id: scheme.id, slug: scheme.slug, created: !current };
  });
}
