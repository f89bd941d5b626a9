import { describe, expect, it } from "vitest";
import { OrganisationType } from "@/lib/generated/prisma/enums.ts";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS } from "./organisation-types.ts";

describe("ORGANISATION_TYPES", () => {
  it("lists exactly the database's types, each with a distinct French label", () => {
    expect([...ORGANISATION_TYPES].sort()).toEqual(Object.values(OrganisationType).sort());
    const labels = ORGANISATION_TYPES.map((type) => ORGANISATION_TYPE_LABELS[type]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("has the bodies the workshop reports name: ministries' directions, DARES, France compétences, Agefiph", () => {
    expect(ORGANISATION_TYPE_LABELS).toMatchObject({
      ETAT_DGESCO: "État / DGESCO",
      ETAT_DEPP: "État / DEPP",
      ETAT_DGSIP: "État / DGSIP",
      ETAT_DARES: "État / DARES",
      FRANCE_COMPETENCES: "France compétences",
      AGEFIPH: "Agefiph",
    });
    expect(ORGANISATION_TYPES.at(-1)).toBe("AUTRE");
  });
});
