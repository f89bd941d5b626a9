import { describe, expect, it } from "vitest";
import "@/lib/validation/french-errors.ts";
import { ZSaveIrritantInput } from "./save-irritant.ts";
import { ZSaveDataItemInput } from "./save-data-item.ts";
import { ZSavePublicApiInput } from "./save-public-api.ts";

const fieldErrors = (result: { error?: { flatten: () => { fieldErrors: Record<string, string[] | undefined> } } }) =>
  result.error?.flatten().fieldErrors ?? {};

describe("catalogue form inputs", () => {
  it("name each invalid field of an empty irritant in French", () => {
    const errors = fieldErrors(
      ZSaveIrritantInput.safeParse({
        title: " ",
        description: "",
        category: "",
        paths: [],
        quotes: "",
        dataItems: [],
        schemes: [],
      }),
    );
    expect(errors).toEqual({
      title: ["Le titre : au moins 5 caractères."],
      description: ["La description : au moins 10 caractères."],
      category: ["Choisissez une catégorie."],
    });
  });

  it("name each invalid field of a data item and of an API", () => {
    expect(
      Object.keys(
        fieldErrors(
          ZSaveDataItemInput.safeParse({
            name: "",
            definition: "",
            format: "",
            holder: "",
            publicApi: "",
            endpoint: "",
            scopes: "",
            availability: "PEUT-ETRE",
            effort: 9,
            paths: ["AILLEURS"],
          }),
        ),
      ).sort(),
    ).toEqual(["availability", "definition", "effort", "holder", "name", "paths"]);
    expect(
      fieldErrors(
        ZSaveDataItemInput.safeParse({
          name: "Heures",
          definition: "Les heures travaillées.",
          format: "",
          holder: "URSSAF",
          publicApi: "",
          endpoint: "",
          scopes: "",
          availability: "EN_COURS",
          effort: Number.NaN,
          paths: [],
        }),
      ).effort,
    ).toEqual(["Choisissez un effort de 1 à 5."]);
    expect(
      fieldErrors(
        ZSavePublicApiInput.safeParse({
          name: "",
          provider: "",
          description: "",
          documentationUrl: "ftp://x",
          hypothetical: "oui",
          habilitation: "EMAIL",
          habilitationUrl: "",
          habilitationDetails: "",
          availability: "",
          availabilitySource: "",
          availabilityCheckedOn: "",
        }),
      ),
    ).toMatchObject({
      habilitation: ["Procédure d'habilitation inconnue."],
      name: [expect.stringMatching(/^Le nom/)],
      provider: [expect.stringMatching(/^Le producteur/)],
      documentationUrl: ["La documentation : adresse https:// complète attendue."],
      hypothetical: ["Indiquez si l'API existe."],
    });
  });

  it("normalises what a member typed: trimmed text, one quote per line, empty optional fields as null, no duplicate links", () => {
    const irritant = ZSaveIrritantInput.parse({
      title: "  Douze bulletins de salaire  ",
      description: "Trop de pièces à joindre.",
      category: "JUSTIFICATIF",
      paths: ["PARTICULIER", "PARTICULIER"],
      quotes: " Un \n\n Deux ",
      dataItems: ["a", "a", "b"],
      schemes: [],
    });
    expect(irritant).toMatchObject({
      title: "Douze bulletins de salaire",
      paths: ["PARTICULIER"],
      quotes: ["Un", "Deux"],
      dataItems: ["a", "b"],
    });
    const item = ZSaveDataItemInput.parse({
      name: "Heures",
      definition: "Les heures travaillées.",
      format: " ",
      holder: "URSSAF",
      publicApi: "",
      endpoint: "",
      scopes: "",
      availability: "EN_COURS",
      effort: "3",
      paths: [],
    });
    expect(item).toMatchObject({ format: null, publicApi: null, endpoint: null, effort: 3 });
  });
});

describe("public API access inputs", () => {
  const raw = {
    name: "API test",
    provider: "DINUM",
    description: "Une API de test pour le catalogue.",
    documentationUrl: "",
    hypothetical: false,
    habilitation: "DATAPASS",
    habilitationUrl: "https://datapass.api.gouv.fr",
    habilitationDetails: "",
    availability: "DISPONIBLE",
    availabilitySource: "",
    availabilityCheckedOn: "",
  };

  it("takes a dated availability only with its source, never in the future, in the AAAA-MM-JJ format", () => {
    expect(fieldErrors(ZSavePublicApiInput.safeParse({ ...raw, availabilityCheckedOn: "2025-09-23" }))).toEqual({
      availabilitySource: ["La source : indiquez d'où vient la disponibilité datée."],
    });
    expect(
      ZSavePublicApiInput.parse({ ...raw, availabilitySource: "api.gouv.fr", availabilityCheckedOn: "2025-09-23" })
        .availabilityCheckedOn,
    ).toEqual(new Date("2025-09-23T00:00:00Z"));
    for (const day of ["23/09/2025", "2025-13-40", "demain"])
      expect(
        fieldErrors(ZSavePublicApiInput.safeParse({ ...raw, availabilitySource: "x", availabilityCheckedOn: day }))
          .availabilityCheckedOn,
      ).toEqual(["La date de vérification : date au format AAAA-MM-JJ attendue."]);
    const future = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    expect(
      fieldErrors(ZSavePublicApiInput.safeParse({ ...raw, availabilitySource: "x", availabilityCheckedOn: future }))
        .availabilityCheckedOn,
    ).toEqual(["La date de vérification : la date ne peut pas être dans le futur."]);
    expect(
      fieldErrors(ZSavePublicApiInput.safeParse({ ...raw, availability: "", availabilitySource: "api.gouv.fr" }))
        .availability,
    ).toEqual(["Choisissez la disponibilité que cette source établit."]);
    expect(ZSavePublicApiInput.parse({ ...raw, habilitation: "", availability: "" })).toMatchObject({
      habilitation: null,
      availability: null,
      availabilityCheckedOn: null,
    });
  });

  it("splits a data item's scopes on commas, spaces or lines and refuses anything else than scope names", () => {
    const item = {
      name: "Quotient familial",
      definition: "Le quotient familial du foyer.",
      format: "",
      holder: "CNAF",
      publicApi: "",
      endpoint: "",
      availability: "DISPONIBLE",
      effort: 1,
      paths: [],
    };
    expect(
      ZSaveDataItemInput.parse({
        ...item,
        scopes: " cnaf_quotient_familial,  cnaf_allocataires\nmsa:qf cnaf_quotient_familial ",
      }).scopes,
    ).toEqual(["cnaf_quotient_familial", "cnaf_allocataires", "msa:qf"]);
    expect(fieldErrors(ZSaveDataItemInput.safeParse({ ...item, scopes: "<script>" })).scopes).toEqual([
      "Les scopes : lettres, chiffres et _ . : / - seulement, séparés par des virgules.",
    ]);
  });
});
