import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { savePublicApi, ZSavePublicApiInput, type TSavePublicApiInput } from "./save-public-api.ts";
import { saveDataItem, ZSaveDataItemInput } from "./save-data-item.ts";
import { getPublicApi } from "./get-public-api.ts";
import { getDataItem } from "./list-data-items.ts";

beforeAll(async () => {
  if (!(await db.publicApi.findUnique({ where: { slug: "catalogue-cpf" } }))) await seedDemoContent(db);
});

const apiRaw = (extra: Partial<TSavePublicApiInput> = {}): TSavePublicApiInput => ({
  name: `API de test ${randomUUID().slice(0, 8)}`,
  provider: "DINUM",
  description: "Une API pour tester ce qu'un financeur doit savoir.",
  documentationUrl: "https://api.gouv.fr/les-api/test",
  hypothetical: false,
  habilitation: "DATAPASS",
  habilitationUrl: "https://datapass.api.gouv.fr",
  habilitationDetails: "Demande par l'administration instructrice.",
  availability: "EN_COURS",
  availabilitySource: "",
  availabilityCheckedOn: "",
  ...extra,
});

describe("what a funder needs to use a public API", () => {
  it("shows the demo APIs' habilitation, and their availability as the group's estimate unless a source says it", async () => {
    const particulier = (await getPublicApi({ slug: "api-particulier" }))!;
    expect(particulier).toMatchObject({
      provider: "DINUM",
      documentationUrl: "https://particulier.api.gouv.fr",
      habilitation: "DATAPASS",
      availability: "DISPONIBLE",
      availabilitySource: null,
      availabilityEstimatedBy: null,
    });
    const cpf = (await getPublicApi({ slug: "catalogue-cpf" }))!;
    expect(cpf).toMatchObject({
      habilitation: "OPEN_ACCESS",
      availabilitySource: expect.stringContaining("Caisse des Dépôts"),
      availabilityCheckedOn: new Date("2022-06-28T00:00:00Z"),
    });
    expect((await getPublicApi({ slug: "api-diplomes" }))!).toMatchObject({
      hypothetical: true,
      habilitation: "NOT_YET",
      availability: "INEXISTANTE",
    });
    // Never edited in the app: the page labels its values as demo estimates.
    expect(particulier.dataItems.find((item) => item.slug === "droit-rsa")).toMatchObject({
      availability: "DISPONIBLE",
      estimatedBy: {},
    });
  });

  it("names who set an estimate, and drops the estimate label once a source is given", async () => {
    const member = await createActor("MEMBER");
    const other = await createActor("MEMBER");
    await db.user.update({ where: { id: other.id }, data: { name: "Autre Membre" } });
    const api = await savePublicApi({ actor: member, input: ZSavePublicApiInput.parse(apiRaw()) });
    expect((await getPublicApi({ slug: api.slug }))!.availabilityEstimatedBy).toMatchObject({
      who: "Test MEMBER",
      at: expect.any(Date),
    });

    const item = await saveDataItem({
      actor: member,
      input: ZSaveDataItemInput.parse({
        name: `Quotient familial ${randomUUID().slice(0, 8)}`,
        definition: "Le quotient familial du foyer.",
        format: "",
        holder: "CNAF",
        publicApi: api.slug,
        endpoint: "GET /v3/dss/quotient_familial",
        scopes: "cnaf_quotient_familial, cnaf_allocataires",
        availability: "DISPONIBLE",
        effort: 2,
        paths: ["PARTICULIER"],
      }),
    });
    const current = (await getDataItem({ slug: item.slug }))!;
    await saveDataItem({
      actor: { ...other, name: "Autre Membre" },
      input: ZSaveDataItemInput.parse({
        ...current,
        id: current.id,
        expectedVersion: current.version,
        format: "",
        publicApi: api.slug,
        endpoint: current.endpoint ?? "",
        scopes: current.scopes.join(","),
        effort: 4,
      }),
    });
    const [served] = (await getPublicApi({ slug: api.slug }))!.dataItems;
    expect(served).toMatchObject({ scopes: ["cnaf_quotient_familial", "cnaf_allocataires"], effort: 4 });
    expect(served.estimatedBy.effort).toMatchObject({ who: "Autre Membre" });
    expect(served.estimatedBy.availability).toMatchObject({ who: "Test MEMBER" });
    expect((await getDataItem({ slug: item.slug }))!.estimatedBy.effort).toMatchObject({ who: "Autre Membre" });

    const sourced = await getPublicApi({ slug: api.slug });
    await savePublicApi({
      actor: other,
      input: ZSavePublicApiInput.parse(
        apiRaw({
          id: api.id,
          expectedVersion: sourced!.version,
          name: sourced!.name,
          availability: "DISPONIBLE",
          availabilitySource: "api.gouv.fr, fiche de l'API",
          availabilityCheckedOn: "2025-09-23",
        }),
      ),
    });
    expect((await getPublicApi({ slug: api.slug }))!).toMatchObject({
      availability: "DISPONIBLE",
      availabilitySource: "api.gouv.fr, fiche de l'API",
      availabilityCheckedOn: new Date("2025-09-23T00:00:00Z"),
      availabilityEstimatedBy: null,
    });
  });
});
