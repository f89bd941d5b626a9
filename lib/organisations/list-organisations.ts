import { db } from "@/lib/db/client.ts";

/** Public: the organisations of the group and how many members each has. */
export async function listOrganisations() {
  return db.organisation.findMany({
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      type: true,
      siret: true,
      uai: true,
      _count: { select: { users: { where: { deactivatedAt: null } } } },
    },
  });
}
