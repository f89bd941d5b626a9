import { db } from "@/lib/db/client.ts";

/** Public: one API (retired ones too, marked so) and the data items it serves. */
export async function getPublicApi({ slug }: { slug: string }) {
  return db.publicApi.findUnique({
    where: { slug },
    select: {
      id: true, version: true, retiredAt: true, updatedAt: true,
      slug: true, name: true, provider: true, description: true, documentationUrl: true, hypothetical: true,
      dataItems: { where: { retiredAt: null }, orderBy: { name: "asc" }, select: { slug: true, name: true, endpoint: true, availability: true } },
    },
  });
}
