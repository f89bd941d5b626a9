import { db } from "@/lib/db/client.ts";

/** Public: the catalogue of irritants with the data items that would remove them. */
export async function listIrritants() {
  return db.irritant.findMany({
    orderBy: [{ category: "asc" }, { title: "asc" }],
    select: {
      slug: true, title: true, description: true, category: true, paths: true, quotes: true,
      dataItems: { select: { dataItem: { select: { slug: true, name: true, availability: true } } } },
    },
  });
}
