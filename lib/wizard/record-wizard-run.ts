import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import type { TWizardStats } from "./wizard-stats.ts";

const count = z.int().min(0).max(500);
export const ZRecordWizardRunInput = z.object({
  path: ZPathKind,
  /** The persona key the simulated sign-in answered (a slug, never a person's name). */
  personaKey: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9-]+$/),
  fieldsPrefilled: count,
  fieldsTyped: count,
  fieldsCorrected: count,
  documentsAvoided: count,
  apiFailures: count,
  secondsSaved: z.int().min(-100_000).max(100_000),
});
export type TRecordWizardRunInput = z.infer<typeof ZRecordWizardRunInput>;

/** Keeps the figures of a demo run, never any personal data (personas are fictional anyway). */
export async function recordWizardRun({ actor, input }: { actor: TActor | null; input: TRecordWizardRunInput }) {
  return db.$transaction(async (tx) => {
    const run = await tx.wizardRun.create({ data: input });
    await recordAuditEvent(tx, {
      actor,
      action: "wizard.run",
      targetType: "wizard-run",
      targetId: run.id,
      data: { path: input.path },
    });
    return run;
  });
}

/** Members: averages over all demo runs, per path. */
export async function getWizardStats({ actor }: { actor: TActor }): Promise<TWizardStats> {
  void actor;
  const groups = await db.wizardRun.groupBy({
    by: ["path"],
    _count: { _all: true },
    _avg: { fieldsPrefilled: true, fieldsTyped: true, documentsAvoided: true, secondsSaved: true },
  });
  const round = (value: number | null) => Math.round((value ?? 0) * 10) / 10;
  return groups.map((group) => ({
    path: group.path,
    runs: group._count._all,
    avgPrefilled: round(group._avg.fieldsPrefilled),
    avgTyped: round(group._avg.fieldsTyped),
    avgDocumentsAvoided: round(group._avg.documentsAvoided),
    avgMinutesSaved: round((group._avg.secondsSaved ?? 0) / 60),
  }));
}
