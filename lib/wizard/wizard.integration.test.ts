import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { getWizardStats, recordWizardRun, ZRecordWizardRunInput } from "./record-wizard-run.ts";
import { getDemarcheMappings, saveDemarcheMapping, ZSaveDemarcheMappingInput } from "./demarche-mappings.ts";
import { defaultChampId } from "./demarche-prefill.ts";

const run = {
  path: "EMPLOYEUR" as const,
  personaKey: "employeur-pme",
  fieldsPrefilled: 10,
  fieldsTyped: 3,
  fieldsCorrected: 1,
  documentsAvoided: 4,
  apiFailures: 1,
  secondsSaved: 1_800,
};

describe("demo runs", () => {
  it("are stored without personal data, audited, and averaged for members", async () => {
    const created = await recordWizardRun({ actor: null, input: run });
    expect(Object.keys(created).sort()).toEqual([
      "apiFailures",
      "createdAt",
      "documentsAvoided",
      "fieldsCorrected",
      "fieldsPrefilled",
      "fieldsTyped",
      "id",
      "path",
      "personaKey",
      "secondsSaved",
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "wizard.run", targetId: created.id, actorLabel: "public" } }),
    ).toBe(1);
    const stats = await getWizardStats({ actor: await createActor("MEMBER") });
    expect(stats.find((entry) => entry.path === "EMPLOYEUR")).toMatchObject({
      runs: expect.any(Number),
      avgMinutesSaved: expect.any(Number),
    });
  });

  it("refuse out-of-range figures with nothing stored", () => {
    const result = ZRecordWizardRunInput.safeParse({ ...run, fieldsPrefilled: -1, personaKey: "quelqu-un" });
    expect(result.success).toBe(false);
  });
});

describe("démarches-simplifiées mapping", () => {
  it("defaults to generated champ ids and keeps what an admin saves", async () => {
    expect((await getDemarcheMappings()).ORGANISME_FORMATION.siret).toBe(
      defaultChampId("ORGANISME_FORMATION", "siret"),
    );
    await saveDemarcheMapping({
      actor: await createActor("ADMIN"),
      input: { path: "ORGANISME_FORMATION", champs: { siret: "Q2hhbXAtOTk5" } },
    });
    expect((await getDemarcheMappings()).ORGANISME_FORMATION.siret).toBe("Q2hhbXAtOTk5");
    expect(await db.auditEvent.count({ where: { action: "wizard.mapping.save" } })).toBeGreaterThan(0);
  });

  it("is refused to members and rejects malformed ids in French", async () => {
    await expect(
      saveDemarcheMapping({ actor: await createActor("MEMBER"), input: { path: "EMPLOYEUR", champs: { siret: "X" } } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const invalid = ZSaveDemarcheMappingInput.safeParse({ path: "EMPLOYEUR", champs: { siret: "<script>" } });
    expect(invalid.error?.issues[0].message).toMatch(/ne contient que des lettres/);
  });
});
