import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import type { API_USAGE_STATUSES } from "./labels.ts";

export type TApiUsageCell = {
  status: (typeof API_USAGE_STATUSES)[number];
  note: string | null;
  updatedAt: Date;
  updatedBy: string;
};

/**
 * Members only (docs/adr/0023): the whole « qui utilise quoi » matrix, organisations in rows and the
 * catalogue's public APIs in columns, with the rows the actor may fill (their own organisation; all for admins).
 */
export async function getApiUsageMatrix({ actor: member }: { actor: TActor }) {
  const [organisations, apis, usages] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.publicApi.findMany({
      where: { retiredAt: null },
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true },
    }),
    db.apiUsage.findMany({
      where: { publicApi: { retiredAt: null } },
      select: {
        organisationId: true,
        publicApiId: true,
        status: true,
        note: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
      },
    }),
  ]);
  const cells = new Map<string, TApiUsageCell>();
  for (const usage of usages) {
    cells.set(`${usage.organisationId}:${usage.publicApiId}`, {
      status: usage.status,
      note: usage.note,
      updatedAt: usage.updatedAt,
      updatedBy: usage.updatedBy?.name ?? "Membre du groupe",
    });
  }
  const editable = new Set(
    member.role === "ADMIN"
      ? organisations.map((organisation) => organisation.id)
      : member.organisationId
        ? [member.organisationId]
        : [],
  );
  return {
    apis,
    rows: organisations.map((organisation) => ({
      ...organisation,
      editable: editable.has(organisation.id),
      cells: apis.map((api) => cells.get(`${organisation.id}:${api.id}`) ?? null),
    })),
    ownOrganisationId: member.organisationId,
  };
}
