import { describe, expect, it } from "vitest";
import { ZSaveOrganisationInput } from "./save-organisation.ts";

describe("ZSaveOrganisationInput", () => {
  it("accepts an empty SIRET as none", () => {
    expect(ZSaveOrganisationInput.parse({ name: "Région Bretagne", type: "REGION", siret: "" }).siret).toBeUndefined();
  });

  it("explains what is wrong in French", () => {
    const result = ZSaveOrganisationInput.safeParse({ name: "x", type: "MAIRIE", siret: "123" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining(["Le nom doit compter au moins 2 caractères.", "Type d'organisation inconnu.", "Le SIRET compte 14 chiffres."]),
    );
  });
});
