import { db } from "@/lib/db/client.ts";
import { listEstimateAuthors } from "./list-estimate-authors.ts";
import { perRequest } from "@/lib/http/per-request.ts";
import { PUBLIC_API_ENTRY_SELECT } from "./public-api-entry-select.ts";

/** Read once per request: the page and its metadata ask for the same entry. */
export const getPublicApi = perRequest(loadPublicApi, ({ slug }) => slug);

/**
 * Public: one API (retired ones too, marked so) with what a funder needs to
 * use it: producer, documentation, habilitation, availability with its source
 * and date, and per data item the scopes to ask; the values that are the
 * group's estimates come with who set them.
 */
async function loadPublicApi({ slug }: { slug: string }) {
  const api = await db.publicApi.findUnique({
    where: { slug },
    select: {
      ...PUBLIC_API_ENTRY_SELECT,
      updatedAt: true,
      dataItems: {
        where: { retiredAt: null },
        orderBy: { name: "asc" },
        select: { id: true, slug: true, name: true, endpoint: true, scopes: true, availability: true, effort: true },
      },
    },
  });
  if (!api) return null;
  const [apiAuthors, itemAuthors] = await Promise.all([
    listEstimateAuthors({ kind: "PUBLIC_API", entryIds: [api.id], fields: ["availability"] }),
    listEstimateAuthors({
      kind: "DATA_ITEM",
      entryIds: api.dataItems.map((item) => item.id),
      fields: ["availability", "effort"],
    }),
  ]);
  return {
    ...api,
    // Without a source, the availability is the group's estimate.
    availabilityEstimatedBy:
      api.availability && !api.availabilitySource ? (apiAuthors.get(api.id)?.availability ?? null) : null,
    dataItems: api.dataItems.map((item) => ({ ...item, estimatedBy: itemAuthors.get(item.id) ?? {} })),
  };
}
