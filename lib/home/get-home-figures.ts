import { db } from "@/lib/db/client.ts";

export async function getHomeFigures() {
  const [publishedSheets, irritants, dataItems, availableDataItems, organisations] = await Promise.all([
    db.useCase.count({ where: { state: "PUBLISHED" } }),
    db.irritant.count(),
    db.dataItem.count(),
    db.dataItem.count({ where: { availability: "DISPONIBLE" } }),
    db.organisation.count(),
  ]);
  return { publishedSheets, irritants, dataItems, availableDataItems, organisations };
}
