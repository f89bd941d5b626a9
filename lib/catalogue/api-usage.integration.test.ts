import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createOrganisation } from "@/lib/test/factories.ts";
import { setApiUsage, ZSetApiUsageInput, type TSetApiUsageInput } from "./set-api-usage.ts";
import { getApiUsageMatrix } from "./get-api-usage-matrix.ts";
import { listApiUsers } from "./list-api-users.ts";
import { listCatalogueChanges } from "./list-catalogue-changes.ts";

const createApi = async () => {
  const suffix = randomUUID().slice(0, 8);
  return db.publicApi.create({
    data: {
      slug: `api-usage-${suffix}`,
      name: `API usage ${suffix}`,
      provider: "DINUM",
      description: "Une API pour le test de la matrice.",
    },
  });
};
const input = (extra: TSetApiUsageInput) => ZSetApiUsageInput.parse(extra);

describe("who uses what", () => {
  it("lets a member set their own organisation's row, with history, audit and who set it", async () => {
    const member = await createActor("MEMBER");
    const api = await createApi();
    await setApiUsage({
      actor: member,
      input: input({
        organisationId: member.organisationId!,
        publicApi: api.slug,
        status: "EN_COURS",
        note: "  Habilitation demandée  ",
      }),
    });
    await setApiUsage({
      actor: member,
      input: input({
        organisationId: member.organisationId!,
        publicApi: api.slug,
        status: "UTILISE",
        note: "Habilitation demandée",
      }),
    });
    const usage = await db.apiUsage.findUniqueOrThrow({
      where: { organisationId_publicApiId: { organisationId: member.organisationId!, publicApiId: api.id } },
    });
    expect(usage).toMatchObject({ status: "UTILISE", note: "Habilitation demandée", updatedById: member.id });
    const changes = await listCatalogueChanges({ kind: "API_USAGE", entryId: usage.id });
    expect(changes.map((change) => [change.action, change.fields])).toEqual([
      ["update", { status: { before: "EN_COURS", after: "UTILISE" } }],
      [
        "create",
        { status: { before: null, after: "EN_COURS" }, note: { before: null, after: "Habilitation demandée" } },
      ],
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "api-usage.set", targetId: usage.id, actorId: member.id } }),
    ).toBe(2);

    const matrix = await getApiUsageMatrix({ actor: member });
    const row = matrix.rows.find((entry) => entry.id === member.organisationId)!;
    expect(row.editable).toBe(true);
    expect(row.cells[matrix.apis.findIndex((entry) => entry.id === api.id)]).toMatchObject({
      status: "UTILISE",
      updatedBy: "Test MEMBER",
    });
    expect(matrix.rows.filter((entry) => entry.editable).map((entry) => entry.id)).toEqual([member.organisationId]);
    expect(await listApiUsers({ actor: member, publicApiId: api.id })).toMatchObject([
      { organisation: row.name, status: "UTILISE" },
    ]);
  });

  it("refuses a member setting another organisation's row, storing nothing; an admin may set any row", async () => {
    const member = await createActor("MEMBER");
    const other = await createOrganisation();
    const api = await createApi();
    const attempt = input({ organisationId: other.id, publicApi: api.slug, status: "UTILISE", note: "" });
    await expect(setApiUsage({ actor: member, input: attempt })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Vous ne pouvez renseigner que la ligne de votre propre organisation.",
    });
    const homeless = { ...(await createActor("MEMBER")), organisationId: null };
    await expect(setApiUsage({ actor: homeless, input: attempt })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/aucune organisation/),
    });
    expect(await db.apiUsage.count({ where: { publicApiId: api.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { action: "api-usage.set", data: { path: ["publicApi"], equals: api.slug } },
      }),
    ).toBe(0);

    const admin = await createActor("ADMIN");
    await setApiUsage({ actor: admin, input: attempt });
    expect(
      await db.apiUsage.findFirst({
        where: { publicApiId: api.id },
        select: { organisationId: true, status: true, updatedById: true },
      }),
    ).toEqual({ organisationId: other.id, status: "UTILISE", updatedById: admin.id });
    expect((await getApiUsageMatrix({ actor: admin })).rows.every((row) => row.editable)).toBe(true);
  });

  it("is for members only, and refuses unknown or retired APIs, unknown organisations and unknown states", async () => {
    const api = await createApi();
    expect(await listApiUsers({ actor: null, publicApiId: api.id })).toBeNull();
    const admin = await createActor("ADMIN");
    await expect(
      setApiUsage({
        actor: admin,
        input: input({
          organisationId: admin.organisationId!,
          publicApi: "api-inexistante",
          status: "UTILISE",
          note: "",
        }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await db.publicApi.update({ where: { id: api.id }, data: { retiredAt: new Date() } });
    await expect(
      setApiUsage({
        actor: admin,
        input: input({ organisationId: admin.organisationId!, publicApi: api.slug, status: "UTILISE", note: "" }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      setApiUsage({
        actor: admin,
        input: input({ organisationId: "organisation-inconnue", publicApi: api.slug, status: "UTILISE", note: "" }),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      ZSetApiUsageInput.safeParse({ organisationId: "x", publicApi: api.slug, status: "PEUT_ETRE", note: "" }).error
        ?.issues[0].message,
    ).toMatch(/Choisissez un état/);
    expect(
      ZSetApiUsageInput.safeParse({
        organisationId: "x",
        publicApi: api.slug,
        status: "UTILISE",
        note: "x".repeat(281),
      }).error?.issues[0].message,
    ).toBe("La note : 280 caractères au plus.");
  });
});
