import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withLuhnDigit } from "@/lib/identifiers/identifiers.ts";
import { ZSaveOrganisationInput } from "./save-organisation.ts";

const UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

describe("ZSaveOrganisationInput", () => {
  it("accepts empty identifiers as none", () => {
    const parsed = ZSaveOrganisationInput.parse({ name: "Région Bretagne", type: "REGION", siret: "", uai: "" });
    expect(parsed.siret).toBeUndefined();
    expect(parsed.uai).toBeUndefined();
    expect(ZSaveOrganisationInput.parse({ name: "Région Bretagne", type: "REGION" }).siret).toBeUndefined();
  });

  it("explains what is wrong in French", () => {
    const result = ZSaveOrganisationInput.safeParse({ name: "x", type: "MAIRIE", siret: "123", uai: "075123" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Le nom doit compter au moins 2 caractères.",
        "Type d'organisation inconnu.",
        expect.stringMatching(/^Le SIRET compte 14 chiffres/),
        expect.stringMatching(/^L'UAI compte 7 chiffres/),
      ]),
    );
  });

  it("refuses a SIRET or a UAI of the right length whose key is wrong", () => {
    // 14 digits used to pass: the Luhn key was not checked.
    const siret = ZSaveOrganisationInput.safeParse({ name: "OPCO test", type: "OPCO", siret: "13002526500014" });
    expect(siret.error?.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/clé de contrôle/)]);
    const uai = ZSaveOrganisationInput.safeParse({ name: "CFA test", type: "ORGANISME_FORMATION", uai: "0751234A" });
    expect(uai.error?.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/lettre de contrôle/)]);
  });

  it("stores valid identifiers without spaces and in capitals, whatever their key", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{13}$/), fc.integer({ min: 0, max: 9_999_999 }), (body, uaiNumber) => {
        const siret = withLuhnDigit(body);
        const uai = `${String(uaiNumber).padStart(7, "0")}${UAI_LETTERS[uaiNumber % 23]}`;
        const spaced = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
        const parsed = ZSaveOrganisationInput.parse({
          name: "CFA test",
          type: "ORGANISME_FORMATION",
          siret: spaced,
          uai: ` ${uai.toLowerCase()} `,
        });
        expect(parsed.siret).toBe(siret);
        expect(parsed.uai).toBe(uai);
      }),
    );
  });
});
