import { db } from "@/lib/db/client.ts";
import { PATH_KINDS } from "@/lib/sheets/sheet-content.ts";
import { listEstimateAuthors, type TEstimateAuthor } from "@/lib/catalogue/list-estimate-authors.ts";
import { cachedCatalogueRead } from "@/lib/catalogue/catalogue-read-cache.ts";
import { catalogueVersion } from "@/lib/catalogue/catalogue-version.ts";
import { readCatalogueUpdatedAt } from "@/lib/catalogue/read-catalogue-updated-at.ts";
import {
  GUIDE_TITLE,
  type TGuide,
  type TGuideApi,
  type TGuideDataItem,
  type TGuideEstimate,
  type TGuideScheme,
} from "./guide-model.ts";

/**
 * Public: the guide, generated from the catalogue and kept in Next's data cache
 * until the catalogue changes. Per funding scheme and per path: what is asked
 * today, the data items that would replace each request, the API serving each
 * with its habilitation and scopes, and the availability with its source, or
 * marked as the group's estimate with who set it. Retired entries are left out,
 * as in every public list (docs/adr/0024-guide-and-open-data.md).
 */
export function getGuide(): Promise<TGuide> {
  return cachedCatalogueRead("guide", () => loadGuide());
}

const estimate = (author: TEstimateAuthor | undefined): TGuideEstimate => ({
  setBy: author ? { who: author.who, at: author.at.toISOString() } : null,
});

export async function loadGuide(now = new Date()): Promise<TGuide> {
  const [schemes, updatedAt] = await Promise.all([
    db.fundingScheme.findMany({
      where: { retiredAt: null },
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        description: true,
        operator: true,
        source: true,
        paths: true,
        updatedAt: true,
        requirements: {
          orderBy: { position: "asc" },
          select: {
            path: true,
            kind: true,
            label: true,
            replacedBy: {
              where: { dataItem: { retiredAt: null } },
              orderBy: { dataItem: { name: "asc" } },
              select: {
                dataItem: {
                  select: {
                    id: true,
                    slug: true,
                    name: true,
                    holder: true,
                    availability: true,
                    effort: true,
                    endpoint: true,
                    scopes: true,
                    publicApi: {
                      select: {
                        id: true,
                        slug: true,
                        name: true,
                        provider: true,
                        documentationUrl: true,
                        hypothetical: true,
                        retiredAt: true,
                        habilitation: true,
                        habilitationUrl: true,
                        habilitationDetails: true,
                        availability: true,
                        availabilitySource: true,
                        availabilityCheckedOn: true,
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    }),
    readCatalogueUpdatedAt(),
  ]);
  const items = schemes.flatMap((scheme) =>
    scheme.requirements.flatMap((requirement) => requirement.replacedBy.map(({ dataItem }) => dataItem)),
  );
  const apis = items.flatMap((item) => (item.publicApi && !item.publicApi.retiredAt ? [item.publicApi] : []));
  const [itemAuthors, apiAuthors] = await Promise.all([
    listEstimateAuthors({
      kind: "DATA_ITEM",
      entryIds: [...new Set(items.map((item) => item.id))],
      fields: ["availability", "effort"],
    }),
    listEstimateAuthors({
      kind: "PUBLIC_API",
      entryIds: [...new Set(apis.map((api) => api.id))],
      fields: ["availability"],
    }),
  ]);

  const toApi = (api: (typeof apis)[number]): TGuideApi => ({
    slug: api.slug,
    name: api.name,
    provider: api.provider,
    documentationUrl: api.documentationUrl,
    hypothetical: api.hypothetical,
    habilitation: api.habilitation,
    habilitationUrl: api.habilitationUrl,
    habilitationDetails: api.habilitationDetails,
    availability: api.availability,
    availabilitySource: api.availabilitySource,
    availabilityCheckedOn: api.availabilityCheckedOn?.toISOString() ?? null,
    // Without a source, the availability is the group's estimate.
    availabilityEstimate:
      api.availability && !api.availabilitySource ? estimate(apiAuthors.get(api.id)?.availability) : null,
  });
  const toDataItem = (item: (typeof items)[number]): TGuideDataItem => ({
    slug: item.slug,
    name: item.name,
    holder: item.holder,
    endpoint: item.endpoint,
    scopes: item.scopes,
    availability: item.availability,
    availabilityEstimate: estimate(itemAuthors.get(item.id)?.availability),
    effort: item.effort,
    effortEstimate: estimate(itemAuthors.get(item.id)?.effort),
    api: item.publicApi && !item.publicApi.retiredAt ? toApi(item.publicApi) : null,
  });

  const guideSchemes: TGuideScheme[] = schemes.map((scheme) => ({
    slug: scheme.slug,
    name: scheme.name,
    description: scheme.description,
    operator: scheme.operator,
    source: scheme.source,
    updatedAt: scheme.updatedAt.toISOString(),
    paths: PATH_KINDS.filter(
      (path) => scheme.paths.includes(path) || scheme.requirements.some((requirement) => requirement.path === path),
    ).map((path) => ({
      path,
      requirements: scheme.requirements
        .filter((requirement) => requirement.path === path)
        .map((requirement) => ({
          label: requirement.label,
          kind: requirement.kind,
          replacedBy: requirement.replacedBy.map(({ dataItem }) => toDataItem(dataItem)),
        })),
    })),
  }));
  return {
    title: GUIDE_TITLE,
    version: catalogueVersion(updatedAt, guideSchemes),
    catalogueUpdatedAt: updatedAt.toISOString(),
    generatedAt: now.toISOString(),
    schemes: guideSchemes,
  };
}
