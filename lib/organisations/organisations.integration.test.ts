import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { saveOrganisation } from "./save-organisation.ts";

describe("saveOrganisation", () => {
  it("creates then updates an organisation with an audit trail", async () => {
    const admin = await createActor("ADMIN");
    const created = await saveOrganisation({ actor: admin, input: { name: "Région Bretagne test", type: "REGION" } });
    expect(created.slug).toBe("region-bretagne-test");
    const updated = await saveOrganisation({
      actor: admin,
      input: { id: created.id, name: "Région Bretagne test", type: "REGION", siret: "23350001600040" },
    });
    expect(updated.siret).toBe("23350001600040");
    expect(await db.auditEvent.count({ where: { targetId: created.id } })).toBe(2);
  });

  it("refuses a duplicate name, whatever the case", async () => {
    const admin = await createActor("ADMIN");
    await saveOrganisation({ actor: admin, input: { name: "OPCO Doublon", type: "OPCO" } });
    await expect(
      saveOrganisation({ actor: admin, input: { name: "opco doublon", type: "OPCO" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.organisation.count({ where: { name: { equals: "opco doublon", mode: "insensitive" } } })).toBe(1);
  });

  it("is refused to members", async () => {
    const member = await createActor("MEMBER");
    await expect(
      saveOrganisation({ actor: member, input: { name: "Interdite", type: "AUTRE" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.organisation.count({ where: { name: "Interdite" } })).toBe(0);
  });
});
