import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { saveIrritant, ZSaveIrritantInput, type TSaveIrritantInput } from "./save-irritant.ts";
import { saveDataItem, ZSaveDataItemInput, type TSaveDataItemInput } from "./save-data-item.ts";
import { savePublicApi, ZSavePublicApiInput, type TSavePublicApiInput } from "./save-public-api.ts";
import { retireCatalogueEntry } from "./retire-catalogue-entry.ts";
import { listCatalogueChanges } from "./list-catalogue-changes.ts";
import { listIrritants } from "./list-irritants.ts";
import { getIrritant } from "./get-irritant.ts";
import { getDataItem, listDataItems } from "./list-data-items.ts";
import { listPublicApis } from "./list-public-apis.ts";
import { getPublicApi } from "./get-public-api.ts";

const unique = () => randomUUID().slice(0, 8);
const irritantInput = (extra: Partial<TSaveIrritantInput> = {}) =>
  ZSaveIrritantInput.parse({
    title: `Attestation demandée deux fois ${unique()}`,
    description: "Le financeur redemande une attestation déjà transmise.",
    category: "JUSTIFICATIF",
    paths: ["PARTICULIER"],
    quotes: "On l'a déjà envoyée !\n\n  Deux fois.  ",
    dataItems: [],
    schemes: [],
    ...extra,
  });
const dataItemInput = (extra: Partial<TSaveDataItemInput> = {}) =>
  ZSaveDataItemInput.parse({
    name: `Heures travaillées ${unique()}`,
    definition: "Nombre d'heures rémunérées sur douze mois.",
    format: "",
    holder: "URSSAF (DSN)",
    publicApi: "",
    endpoint: "",
    scopes: "",
    availability: "EN_COURS",
    effort: 3,
    paths: ["PARTICULIER"],
    ...extra,
  });
const apiRaw = (extra: Partial<TSavePublicApiInput> = {}): TSavePublicApiInput => ({
  name: `API test ${unique()}`,
  provider: "DINUM",
  description: "Une API de test pour le catalogue.",
  documentationUrl: "https://api.gouv.fr/les-api/test",
  hypothetical: false,
  habilitation: "",
  habilitationUrl: "",
  habilitationDetails: "",
  availability: "",
  availabilitySource: "",
  availabilityCheckedOn: "",
  ...extra,
});
const apiInput = (extra: Partial<TSavePublicApiInput> = {}) => ZSavePublicApiInput.parse(apiRaw(extra));

describe("writing the catalogue", () => {
  it("lets a member report an irritant linked to a data item, with its history and audit event", async () => {
    const member = await createActor("MEMBER");
    const item = await saveDataItem({ actor: member, input: dataItemInput() });
    const created = await saveIrritant({ actor: member, input: irritantInput({ dataItems: [item.slug] }) });
    const irritant = await getIrritant({ slug: created.slug });
    expect(irritant).toMatchObject({ quotes: ["On l'a déjà envoyée !", "Deux fois."], retiredAt: null, version: 1 });
    expect(irritant!.dataItems.map(({ dataItem }) => dataItem.slug)).toEqual([item.slug]);
    expect((await listIrritants()).map((entry) => entry.slug)).toContain(created.slug);
    const [change] = await listCatalogueChanges({ kind: "IRRITANT", entryId: created.id });
    expect(change).toMatchObject({
      action: "create",
      who: "Test MEMBER",
      fields: { title: { before: null }, dataItems: { before: null, after: [item.slug] } },
    });
    expect(
      await db.auditEvent.count({ where: { action: "irritant.create", targetId: created.id, actorId: member.id } }),
    ).toBe(1);
  });

  it("records each edit with the previous and new values of the changed fields only", async () => {
    const member = await createActor("MEMBER");
    const other = await createActor("MEMBER");
    const item = await saveDataItem({ actor: member, input: dataItemInput() });
    const created = await saveIrritant({
      actor: member,
      input: irritantInput({ title: "Attestation employeur redemandée" }),
    });
    await saveIrritant({
      actor: other,
      input: irritantInput({
        id: created.id,
        expectedVersion: 1,
        title: "Attestation employeur redemandée",
        category: "DONNEE_SOCIALE",
        dataItems: [item.slug],
      }),
    });
    const [edit, creation] = await listCatalogueChanges({ kind: "IRRITANT", entryId: created.id });
    expect(creation.action).toBe("create");
    expect(edit).toMatchObject({
      action: "update",
      fields: {
        category: { before: "JUSTIFICATIF", after: "DONNEE_SOCIALE" },
        dataItems: { before: [], after: [item.slug] },
      },
    });
    expect(Object.keys(edit.fields).sort()).toEqual(["category", "dataItems"]);
    expect((await getIrritant({ slug: created.slug }))!.version).toBe(2);
    expect(
      await db.auditEvent.findFirst({
        where: { action: "irritant.update", targetId: created.id },
        select: { data: true, actorId: true },
      }),
    ).toEqual({ data: { fields: ["category", "dataItems"] }, actorId: other.id });
  });

  it("refuses an edit based on an outdated version, and lets only one of two simultaneous edits through", async () => {
    const member = await createActor("MEMBER");
    const created = await saveIrritant({ actor: member, input: irritantInput() });
    const results = await Promise.allSettled(
      ["Première version concurrente", "Seconde version concurrente"].map((title) =>
        saveIrritant({ actor: member, input: irritantInput({ id: created.id, expectedVersion: 1, title }) }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "STALE" } });
    await expect(
      saveIrritant({ actor: member, input: irritantInput({ id: created.id, expectedVersion: 1 }) }),
    ).rejects.toMatchObject({ code: "STALE" });
    expect(await db.catalogueChange.count({ where: { entryId: created.id, action: "update" } })).toBe(1);
  });

  it("stores nothing when a link is unknown or retired, and refuses the anonymous public", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const before = await db.irritant.count();
    await expect(
      saveIrritant({ actor: member, input: irritantInput({ dataItems: ["n-existe-pas"] }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const retired = await saveDataItem({ actor: member, input: dataItemInput() });
    await retireCatalogueEntry({ actor: admin, input: { kind: "data-item", id: retired.id, retired: true } });
    await expect(
      saveIrritant({ actor: member, input: irritantInput({ dataItems: [retired.slug] }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      saveDataItem({ actor: member, input: dataItemInput({ publicApi: "api-inconnue" }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.irritant.count()).toBe(before);
  });

  it("lets only admins retire and restore; retired entries leave the lists, keep their page and cannot be edited", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const api = await savePublicApi({ actor: member, input: apiInput() });
    const item = await saveDataItem({ actor: member, input: dataItemInput({ publicApi: api.slug }) });
    const irritant = await saveIrritant({ actor: member, input: irritantInput({ dataItems: [item.slug] }) });
    const entries = [
      {
        kind: "irritant",
        id: irritant.id,
        listed: async () => (await listIrritants()).some((entry) => entry.slug === irritant.slug),
        page: () => getIrritant({ slug: irritant.slug }),
      },
      {
        kind: "data-item",
        id: item.id,
        listed: async () => (await listDataItems()).some((entry) => entry.slug === item.slug),
        page: () => getDataItem({ slug: item.slug }),
      },
      {
        kind: "public-api",
        id: api.id,
        listed: async () => (await listPublicApis()).some((entry) => entry.slug === api.slug),
        page: () => getPublicApi({ slug: api.slug }),
      },
    ] as const;
    for (const entry of entries) {
      await expect(
        retireCatalogueEntry({ actor: member, input: { kind: entry.kind, id: entry.id, retired: true } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await entry.listed()).toBe(true);
      await retireCatalogueEntry({ actor: admin, input: { kind: entry.kind, id: entry.id, retired: true } });
      expect(await entry.listed()).toBe(false);
      expect((await entry.page())!.retiredAt).toBeInstanceOf(Date);
      await expect(
        retireCatalogueEntry({ actor: admin, input: { kind: entry.kind, id: entry.id, retired: true } }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
    }
    expect((await getIrritant({ slug: irritant.slug }))!.dataItems).toHaveLength(1);
    const version = (await getIrritant({ slug: irritant.slug }))!.version;
    await expect(
      saveIrritant({ actor: member, input: irritantInput({ id: irritant.id, expectedVersion: version }) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    for (const entry of entries) {
      await retireCatalogueEntry({ actor: admin, input: { kind: entry.kind, id: entry.id, retired: false } });
      expect(await entry.listed()).toBe(true);
    }
    const history = await listCatalogueChanges({ kind: "DATA_ITEM", entryId: item.id });
    expect(history.map((change) => change.action)).toEqual(["restore", "retire", "create"]);
    expect(
      await db.auditEvent.count({
        where: { targetId: { in: [irritant.id, item.id, api.id] }, action: { endsWith: ".retire" }, actorId: admin.id },
      }),
    ).toBe(3);
  });

  it("keeps public API edits in history and refuses a documentation link that is not https", async () => {
    const member = await createActor("MEMBER");
    const api = await savePublicApi({ actor: member, input: apiInput() });
    await savePublicApi({
      actor: member,
      input: apiInput({ id: api.id, expectedVersion: 1, documentationUrl: "", name: "API renommée " + unique() }),
    });
    const [edit] = await listCatalogueChanges({ kind: "PUBLIC_API", entryId: api.id });
    expect(edit.fields.documentationUrl).toEqual({ before: "https://api.gouv.fr/les-api/test", after: null });
    for (const url of ["http://api.example.org", "javascript:alert(1)", "pas une adresse"]) {
      expect(ZSavePublicApiInput.safeParse(apiRaw({ documentationUrl: url })).error?.issues[0].message).toMatch(
        /https/,
      );
    }
  });
});
