import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createActor, createNamedActor, ensureDemoContent } from "@/lib/test/factories.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { savePublicApi, ZSavePublicApiInput } from "@/lib/catalogue/save-public-api.ts";
import { saveDataItem, ZSaveDataItemInput } from "@/lib/catalogue/save-data-item.ts";
import { saveIrritant, ZSaveIrritantInput } from "@/lib/catalogue/save-irritant.ts";
import { saveFundingScheme, ZSaveFundingSchemeInput } from "@/lib/catalogue/save-funding-scheme.ts";
import { retireCatalogueEntry } from "@/lib/catalogue/retire-catalogue-entry.ts";
import { GET as openDataRoute } from "@/app/api/public/v1/open-data/[file]/route.ts";
import { OPEN_DATA_RESOURCES } from "./open-data-resources.ts";
import {
  readCsvResource,
  validateTabularResources,
  type TTableSchemaDescriptor,
  type TTabularResource,
} from "./validate-tabular-data.ts";

const MEMBER_NAME = `Zoé Confidentielle ${randomUUID().slice(0, 6)}`;
const tag = randomUUID().slice(0, 6);
const hostile = {
  api: `=HYPERLINK("https://malveillant.exemple") | API ${tag}`,
  item: `+33 | *gras* <script>alert(1)</script> ${tag}`,
  irritant: `@SUM(A1) # titre ${tag}`,
  quote: '=1+1\tsuivi; d\'un "guillemet"',
  retired: `Donnée retirée ${tag}`,
};
let member: TActor;
let created: {
  api: string;
  item: string;
  retiredItem: string;
  retiredApi: string;
  orphanItem: string;
  irritant: string;
  scheme: string;
};

const file = async (name: string, headers: Record<string, string> = {}) =>
  openDataRoute(new Request(`http://localhost:3000/api/public/v1/open-data/${name}`, { headers }), {
    params: Promise.resolve({ file: name }),
  });
const text = async (name: string) => {
  const response = await file(name);
  expect(response.status, name).toBe(200);
  return response.text();
};

beforeAll(async () => {
  await ensureDemoContent();
  member = await createNamedActor("MEMBER", MEMBER_NAME);
  const admin = await createActor("ADMIN");
  const api = await savePublicApi({
    actor: member,
    input: ZSavePublicApiInput.parse({
      name: hostile.api,
      provider: "-Producteur",
      description: "-1 <b>description</b> | de test",
      documentationUrl: "https://doc.exemple.fr/a?b=c",
      hypothetical: false,
      habilitation: "DATAPASS",
      habilitationUrl: "",
      habilitationDetails: "",
      availability: "EN_COURS",
      availabilitySource: "",
      availabilityCheckedOn: "",
    }),
  });
  const retiredApi = await savePublicApi({
    actor: member,
    input: ZSavePublicApiInput.parse({
      name: `API retirée ${tag}`,
      provider: "Producteur",
      description: "Une API bientôt retirée.",
      documentationUrl: "",
      hypothetical: true,
      habilitation: "",
      habilitationUrl: "",
      habilitationDetails: "",
      availability: "",
      availabilitySource: "",
      availabilityCheckedOn: "",
    }),
  });
  const dataItem = (name: string, publicApi: string) =>
    ZSaveDataItemInput.parse({
      name,
      definition: "Une donnée de test,\nsur deux lignes.",
      format: "",
      holder: "@Détenteur",
      publicApi,
      endpoint: "/v1/x|y",
      scopes: "scope_a, scope:b",
      availability: "EN_COURS",
      effort: 3,
      paths: ["PARTICULIER"],
    });
  const item = await saveDataItem({ actor: member, input: dataItem(hostile.item, api.slug) });
  const retiredItem = await saveDataItem({ actor: member, input: dataItem(hostile.retired, api.slug) });
  const orphanItem = await saveDataItem({
    actor: member,
    input: dataItem(`Donnée d'une API retirée ${tag}`, retiredApi.slug),
  });
  const scheme = await saveFundingScheme({
    actor: member,
    input: ZSaveFundingSchemeInput.parse({
      name: `Aide ${tag}`,
      description: "Une aide de test.",
      operator: "=Région",
      paths: ["PARTICULIER"],
      source: "Règlement de test",
      requirements: [
        {
          path: "PARTICULIER",
          kind: "DOCUMENT",
          label: "-Avis d'imposition",
          replacedBy: [item.slug, retiredItem.slug],
        },
      ],
    }),
  });
  const irritant = await saveIrritant({
    actor: member,
    input: ZSaveIrritantInput.parse({
      title: hostile.irritant,
      description: "Une description\n\navec *Markdown* et | barre.",
      category: "JUSTIFICATIF",
      paths: ["PARTICULIER", "EMPLOYEUR"],
      quotes: hostile.quote,
      dataItems: [item.slug, retiredItem.slug],
      schemes: [scheme.slug],
    }),
  });
  await retireCatalogueEntry({ actor: admin, input: { kind: "data-item", id: retiredItem.id, retired: true } });
  await retireCatalogueEntry({ actor: admin, input: { kind: "public-api", id: retiredApi.id, retired: true } });
  created = {
    api: api.slug,
    item: item.slug,
    retiredItem: retiredItem.slug,
    retiredApi: retiredApi.slug,
    orphanItem: orphanItem.slug,
    irritant: irritant.slug,
    scheme: scheme.slug,
  };
}, 120_000);

/** Every resource as published, in CSV and in JSON, read with the schema and dialect the data package declares. */
async function readPackage() {
  const dataPackage = JSON.parse(await text("datapackage.json"));
  const csv: TTabularResource[] = [];
  const json: TTabularResource[] = [];
  const errors = [];
  for (const resource of OPEN_DATA_RESOURCES) {
    const schema: TTableSchemaDescriptor = JSON.parse(await text(`${resource.name}.schema.json`));
    const described = dataPackage.resources.find((entry: { name: string }) => entry.name === resource.name);
    expect(described.schema).toEqual(schema);
    const read = readCsvResource(resource.name, schema, await text(`${resource.name}.csv`), described.dialect);
    errors.push(...read.errors);
    csv.push(read.resource);
    json.push({ name: resource.name, schema, rows: JSON.parse(await text(`${resource.name}.json`)) });
  }
  return { dataPackage, csv, json, errors };
}

describe("open data of the catalogue", () => {
  it("publishes every resource in CSV and JSON that validates against its published Table Schema, foreign keys included", async () => {
    const { csv, json, errors } = await readPackage();
    expect(errors).toEqual([]);
    expect(validateTabularResources(csv)).toEqual([]);
    expect(validateTabularResources(json)).toEqual([]);
    // The demo catalogue is there, links included.
    for (const resource of [...csv, ...json]) expect(resource.rows.length, resource.name).toBeGreaterThan(0);
  });

  it("the validation fails on a file that breaks its schema (the check is not vacuous)", async () => {
    const { csv } = await readPackage();
    const irritants = csv.find((resource) => resource.name === "irritants")!;
    const links = csv.find((resource) => resource.name === "irritants-donnees")!;
    const broken = [
      {
        ...irritants,
        rows: irritants.rows.map((row, index) => (index === 0 ? { ...row, categorie: "INCONNUE" } : row)),
      },
      { ...links, rows: [...links.rows, { irritant_identifiant: "n-existe-pas", donnee_identifiant: created.item }] },
      ...csv.filter((resource) => resource !== irritants && resource !== links),
    ];
    expect(validateTabularResources(broken).map((error) => `${error.resource} ${error.field}`)).toEqual([
      "irritants categorie",
      "irritants-donnees irritant_identifiant",
    ]);
  });

  it("keeps catalogue text as is in JSON, neutralises formulas in CSV only, and leaves no line break or separator loose", async () => {
    const { csv, json } = await readPackage();
    const row = (resources: TTabularResource[], name: string, identifier: string) =>
      resources.find((resource) => resource.name === name)!.rows.find((entry) => entry.identifiant === identifier)!;
    expect(row(json, "api", created.api)).toMatchObject({
      nom: hostile.api,
      producteur: "-Producteur",
      disponibilite: "EN_COURS",
      disponibilite_source: null,
      disponibilite_estimee: true,
      habilitation: "DATAPASS",
      url_habilitation: null,
    });
    expect(row(csv, "api", created.api)).toMatchObject({
      nom: `'${hostile.api}`,
      producteur: "'-Producteur",
      disponibilite_estimee: true,
    });
    expect(row(json, "irritants", created.irritant)).toMatchObject({
      titre: hostile.irritant,
      verbatims: [hostile.quote],
      parcours: ["PARTICULIER", "EMPLOYEUR"],
    });
    expect(row(csv, "irritants", created.irritant)).toMatchObject({
      titre: `'${hostile.irritant}`,
      verbatims: [hostile.quote],
      description: "Une description\n\navec *Markdown* et | barre.",
    });
    expect(row(json, "donnees", created.item)).toMatchObject({
      nom: hostile.item,
      detenteur: "@Détenteur",
      api_identifiant: created.api,
      point_acces: "/v1/x|y",
      effort: 3,
    });
    expect(row(csv, "donnees", created.item)).toMatchObject({ nom: `'${hostile.item}`, detenteur: "'@Détenteur" });
    const scopes = json
      .find((resource) => resource.name === "scopes")!
      .rows.filter((entry) => entry.donnee_identifiant === created.item);
    expect(scopes).toEqual([
      { donnee_identifiant: created.item, api_identifiant: created.api, scope: "scope:b" },
      { donnee_identifiant: created.item, api_identifiant: created.api, scope: "scope_a" },
    ]);
  });

  it("leaves out retired entries and every link to them, and no member, author or address appears anywhere", async () => {
    const { json } = await readPackage();
    const rows = (name: string) => json.find((resource) => resource.name === name)!.rows;
    expect(rows("donnees").map((entry) => entry.identifiant)).not.toContain(created.retiredItem);
    expect(rows("api").map((entry) => entry.identifiant)).not.toContain(created.retiredApi);
    expect(rows("irritants-donnees").filter((entry) => entry.irritant_identifiant === created.irritant)).toEqual([
      { irritant_identifiant: created.irritant, donnee_identifiant: created.item },
    ]);
    expect(rows("irritants-dispositifs").filter((entry) => entry.irritant_identifiant === created.irritant)).toEqual([
      { irritant_identifiant: created.irritant, dispositif_identifiant: created.scheme },
    ]);
    const requirement = rows("demandes").find((entry) => entry.dispositif_identifiant === created.scheme)!;
    expect(requirement).toMatchObject({
      identifiant: `${created.scheme}-1`,
      parcours: "PARTICULIER",
      nature: "DOCUMENT",
      libelle: "-Avis d'imposition",
      rang: 1,
    });
    expect(rows("demandes-donnees").filter((entry) => entry.demande_identifiant === requirement.identifiant)).toEqual([
      { demande_identifiant: requirement.identifiant, donnee_identifiant: created.item },
    ]);
    // A data item whose API was retired stays, without its API.
    expect(rows("donnees").find((entry) => entry.identifiant === created.orphanItem)).toMatchObject({
      api_identifiant: null,
    });
    const everything = (
      await Promise.all(
        [
          "datapackage.json",
          ...OPEN_DATA_RESOURCES.flatMap((resource) => [`${resource.name}.csv`, `${resource.name}.json`]),
        ].map(text),
      )
    ).join("\n");
    expect(everything).not.toContain(MEMBER_NAME);
    expect(everything).not.toMatch(/@(test\.)?example\.org|@exemple\.fr/);
    expect(everything).not.toContain(member.id);
  });

  it("answers like the other public endpoints: cacheable with an ETag, 304 when unchanged, open to every origin, CSV as a download", async () => {
    const csv = await file("irritants.csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="irritants.csv"');
    expect(csv.headers.get("cache-control")).toContain("max-age=");
    expect(csv.headers.get("access-control-allow-origin")).toBe("*");
    // A byte-order mark first (fetch's text() would drop it), then the schema's field names.
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      bytes.subarray(3).toString("utf8").startsWith("identifiant;titre;description;categorie;parcours;verbatims;"),
    ).toBe(true);
    const again = await file("irritants.csv", { "if-none-match": csv.headers.get("etag")! });
    expect(again.status).toBe(304);
    for (const unknown of [
      "irritants.xlsx",
      "inconnue.json",
      "..%2Fdatapackage.json",
      "datapackage.csv",
      "IRRITANTS.csv",
    ])
      expect((await file(unknown)).status, unknown).toBe(404);
  });
});
