import { db } from "@/lib/db/client.ts";

/** Public: the APIs the pre-fill wizard calls, with the data each serves. */
export async function listPublicApis() {
  return db.publicApi.findMany({
    orderBy: [{ hypothetical: "asc" }, { name: "asc" }],
    select: {
      slug: true, name: true, provider: true, description: true, hypothetical: true, documentationUrl: true,
      dataItems: { orderBy: { name: "asc" }, select: { slug: true, name: true, endpoint: true, availability: true } },
    },
  });
}
