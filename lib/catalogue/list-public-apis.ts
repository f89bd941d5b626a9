import { db } from "@/lib/db/client.ts";

/** Public: the APIs in the catalogue (retired ones left out), with the data each serves. */
export async function listPublicApis() {
  return db.publicApi.findMany({
    where: { retiredAt: null },
    orderBy: [{ hypothetical: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      provider: true,
      description: true,
      hypothetical: true,
      documentationUrl: true,
      dataItems: {
        where: { retiredAt: null },
        orderBy: { name: "asc" },
        select: { slug: true, name: true, endpoint: true, availability: true },
      },
    },
  });
}
