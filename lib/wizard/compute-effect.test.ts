import { describe, expect, it } from "vitest";
import { computeEffect } from "./compute-effect.ts";
import { DEFAULT_ASSUMPTIONS, PATH_FIELDS } from "./wizard-definition.ts";

const fields = (path: keyof typeof PATH_FIELDS, answered: string[], corrected: string[] = []) =>
  PATH_FIELDS[path].map((field) => ({
    key: field.key,
    source: field.source && answered.includes(field.source) ? field.source : null,
    corrected: corrected.includes(field.key),
  }));

describe("computeEffect", () => {
  it("counts everything as typed and every document as asked without pre-fill", () => {
    const effect = computeEffect("ORGANISME_FORMATION", fields("ORGANISME_FORMATION", []), [], DEFAULT_ASSUMPTIONS);
    expect(effect.prefilled).toBe(0);
    expect(effect.typed).toBe(PATH_FIELDS.ORGANISME_FORMATION.length);
    expect(effect.documentsAvoided).toEqual([]);
    expect(effect.minutesSaved).toBe(0);
  });

  it("removes the 12 payslips, the tax notice and the RIB when the sources answer", () => {
    const answered = ["franceconnect", "dsn", "dgfip", "iban"] as const;
    const effect = computeEffect(
      "PARTICULIER",
      fields("PARTICULIER", [...answered]),
      [...answered],
      DEFAULT_ASSUMPTIONS,
    );
    expect(effect.documentsAvoided).toEqual(
      expect.arrayContaining(["12 bulletins de salaire", "Avis d'imposition", "RIB", "Copie de la pièce d'identité"]),
    );
    expect(effect.documentsStillAsked).toContain("Copie du diplôme (PDF)");
    // 5 identity + 3 payslip + 2 tax + 1 IBAN check fields.
    expect(effect.prefilled).toBe(11);
    expect(effect.before.documents - effect.after.documents).toBe(4);
  });

  it("computes the time saved from the editable assumptions, corrections included", () => {
    const answered = ["proconnect", "insee"];
    const effect = computeEffect(
      "ORGANISME_FORMATION",
      fields("ORGANISME_FORMATION", answered, ["adresse"]),
      ["proconnect", "insee"],
      { minutesPerTypedField: 2, minutesPerDocument: 10, minutesPerCorrection: 1 },
    );
    // 5 filled fields (declarant, siret, raisonSociale, adresse, activite), adresse corrected; Kbis avoided.
    expect(effect).toMatchObject({ prefilled: 4, corrected: 1, documentsAvoided: ["Extrait Kbis"] });
    expect(effect.before.minutes).toBe(PATH_FIELDS.ORGANISME_FORMATION.length * 2 + 5 * 10);
    expect(effect.minutesSaved).toBe(effect.before.minutes - (effect.typed * 2 + 4 * 10 + 1));
  });
});
