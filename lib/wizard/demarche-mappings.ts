import { z } from "zod";
import { env } from "@/lib/config/env.ts";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { PATH_KINDS, ZPathKind, type TPathKind } from "@/lib/sheets/sheet-content.ts";
import { PUBLIC_DEMARCHES_SIMPLIFIEES_URL } from "./build-demarche-request.ts";
import { defaultMapping, type TDemarcheMapping } from "./demarche-prefill.ts";
import { PATH_FIELDS } from "./wizard-definition.ts";

/** The démarches-simplifiées settings: nothing is sent unless DS_BASE_URL is set. */
export function demarcheSettings(path: TPathKind) {
  const config = env();
  const suffix = path === "ORGANISME_FORMATION" ? "OF" : path;
  return {
    baseUrl: config.DS_BASE_URL ?? null,
    displayBaseUrl: config.DS_BASE_URL ?? PUBLIC_DEMARCHES_SIMPLIFIEES_URL,
    slug: config[`DS_DEMARCHE_SLUG_${suffix}`],
    demarcheId: config[`DS_DEMARCHE_ID_${suffix}`],
  };
}

/** Field → champ id for each path: the admins' settings over the defaults. */
export async function getDemarcheMappings(): Promise<Record<TPathKind, TDemarcheMapping>> {
  const rows = await db.demarcheFieldMapping.findMany();
  return Object.fromEntries(
    PATH_KINDS.map((path) => [
      path,
      {
        ...defaultMapping(path),
        ...Object.fromEntries(rows.filter((row) => row.path === path).map((row) => [row.wizardField, row.champId])),
      },
    ]),
  ) as Record<TPathKind, TDemarcheMapping>;
}

export const ZSaveDemarcheMappingInput = z.object({
  path: ZPathKind,
  champs: z.record(
    z.string().max(60),
    z
      .string()
      .trim()
      .max(120)
      .regex(/^[A-Za-z0-9+/=_-]*$/, "Un identifiant de champ ne contient que des lettres, chiffres, +, /, = ou _."),
  ),
});

export async function saveDemarcheMapping({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZSaveDemarcheMappingInput>;
}) {
  const admin = assertAdmin(actor);
  const fields = PATH_FIELDS[input.path];
  return db.$transaction(async (tx) => {
    for (const field of fields) {
      const champId = input.champs[field.key];
      if (champId === undefined) continue;
      await tx.demarcheFieldMapping.upsert({
        where: { path_wizardField: { path: input.path, wizardField: field.key } },
        create: { path: input.path, wizardField: field.key, champId, label: field.label },
        update: { champId, label: field.label },
      });
    }
    await recordAuditEvent(tx, {
      actor: admin,
      action: "wizard.mapping.save",
      targetType: "demarche-mapping",
      targetId: input.path,
      data: input.champs,
    });
  });
}
