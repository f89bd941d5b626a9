import { db } from "@/lib/db/client.ts";

export async function getHomeFigures() {
  const [publishedSheets, irritants, dataItems, availableDataItems, organisations] = await Promise.all([
    db.useCase.count({ where: { state: "PUBLISHED" } }),
    db.irritant.count({ where: { retiredAt: null } }),
    db.dataItem.count({ where: { retiredAt: null } }),
    db.dataItem.count({ where: { availability: "DISPONIBLE", retiredAt: null } }),
    db.organisation.count(),
  ]);
  return { publishedSheets, irritants, dataItems, availableDataItems, organisations };
}
