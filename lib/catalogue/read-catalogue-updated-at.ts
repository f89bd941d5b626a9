import { db } from "@/lib/db/client.ts";

/** When the catalogue last changed: the latest entry update or recorded change (retirements and merges included). */
export async function readCatalogueUpdatedAt(): Promise<Date> {
  const [irritant, dataItem, api, scheme, change] = await Promise.all([
    db.irritant.aggregate({ _max: { updatedAt: true } }),
    db.dataItem.aggregate({ _max: { updatedAt: true } }),
    db.publicApi.aggregate({ _max: { updatedAt: true } }),
    db.fundingScheme.aggregate({ _max: { updatedAt: true } }),
    db.catalogueChange.aggregate({ _max: { createdAt: true } }),
  ]);
  const dates = [
    irritant._max.updatedAt,
    dataItem._max.updatedAt,
    api._max.updatedAt,
    scheme._max.updatedAt,
    change._max.createdAt,
  ].filter((date): date is Date => date !== null);
  return dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : new Date(0);
}
