import { createHash } from "node:crypto";
import { db } from "@/lib/db/client.ts";

/**
 * The version of something generated from the catalogue: the date of the catalogue's
 * last change and the first characters of a hash of the generated content, so that
 * the same catalogue always gives the same version and any change gives a new one
 * (an edit that changes nothing records nothing, and keeps the version).
 */
export function catalogueVersion(updatedAt: Date, content: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 8);
  return `${updatedAt.toISOString().slice(0, 10)}.${hash}`;
}

/** When the catalogue last changed: the latest entry update or recorded change (retirements and merges included). */
export async function readCatalogueUpdatedAt(): Promise<Date> {
  const [irritant, dataItem, api, scheme, change] = await Promise.all([
    db.irritant.aggregate({ _max: { updatedAt: true } }),
    db.dataItem.aggregate({ _max: { updatedAt: true } }),
    db.publicApi.aggregate({ _max: { updatedAt: true } }),
    db.fundingScheme.aggregate({ _max: { updatedAt: true } }),
    db.catalogueChange.aggregate({ _max: { createdAt: true } }),
  ]);
  const dates = [irritant._max.updatedAt, dataItem._max.updatedAt, api._max.updatedAt, scheme._max.updatedAt, change._max.createdAt].filter((date): date is Date => date !== null);
  return dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : new Date(0);
}
