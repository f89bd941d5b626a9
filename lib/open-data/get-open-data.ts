import { db } from "@/lib/db/client.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { cachedCatalogueRead } from "@/lib/catalogue/catalogue-read-cache.ts";
import { catalogueVersion } from "@/lib/catalogue/catalogue-version.ts";
import { readCatalogueUpdatedAt } from "@/lib/catalogue/read-catalogue-updated-at.ts";
import type { TOpenDataRow } from "./open-data-resources.ts";

export type TOpenData = {
  /** The catalogue's last change, ISO 8601. */
  updatedAt: string;
  version: string;
  /** Rows of each resource of OPEN_DATA_RESOURCES, keyed by field name. */
  tables: Record<string, TOpenDataRow[]>;
};

/** ISO 8601 to the second, as Table Schema's default `datetime` format reads it. */
const datetime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
const bySlug = <T extends { slug: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

/**
 * Public: the whole catalogue as open data, kept in Next's data cache until the
 * catalogue changes. Only public content: no member, author or organisation,
 * and no retired entry nor any link to one, so that every foreign key resolves
 * (docs/adr/0024-guide-and-open-data.md). Rows are ordered by identifier, so the
 * same catalogue always gives the same files.
 */
export function getOpenData(): Promise<TOpenData> {
  return cachedCatalogueRead("open-data", () => loadOpenData());
}

export async function loadOpenData(): Promise<TOpenData> {
  const base = appUrl();
  const live = { retiredAt: null };
  const [irritants, dataItems, apis, schemes, updatedAt] = await Promise.all([
    db.irritant.findMany({
      where: live,
      select: {
        slug: true,
        title: true,
        description: true,
        category: true,
        paths: true,
        quotes: true,
        createdAt: true,
        updatedAt: true,
        dataItems: { where: { dataItem: live }, select: { dataItem: { select: { slug: true } } } },
        schemes: { where: { scheme: live }, select: { scheme: { select: { slug: true } } } },
      },
    }),
    db.dataItem.findMany({
      where: live,
      select: {
        slug: true,
        name: true,
        definition: true,
        format: true,
        holder: true,
        endpoint: true,
        scopes: true,
        availability: true,
        effort: true,
        paths: true,
        updatedAt: true,
        publicApi: { select: { slug: true, retiredAt: true } },
      },
    }),
    db.publicApi.findMany({ where: live }),
    db.fundingScheme.findMany({
      where: live,
      select: {
        slug: true,
        name: true,
        description: true,
        operator: true,
        paths: true,
        source: true,
        updatedAt: true,
        requirements: {
          orderBy: { position: "asc" },
          select: {
            path: true,
            kind: true,
            label: true,
            replacedBy: { where: { dataItem: live }, select: { dataItem: { select: { slug: true } } } },
          },
        },
      },
    }),
    readCatalogueUpdatedAt(),
  ]);
  const liveApi = (item: (typeof dataItems)[number]) =>
    item.publicApi && !item.publicApi.retiredAt ? item.publicApi.slug : null;
  const requirements = bySlug(schemes).flatMap((scheme) =>
    scheme.requirements.map((requirement, index) => ({
      identifier: `${scheme.slug}-${index + 1}`,
      rank: index + 1,
      scheme: scheme.slug,
      ...requirement,
    })),
  );
  const pairs = <T>(rows: T[], key: (row: T) => string) =>
    rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

  const tables: Record<string, TOpenDataRow[]> = {
    irritants: bySlug(irritants).map((irritant) => ({
      identifiant: irritant.slug,
      titre: irritant.title,
      description: irritant.description,
      categorie: irritant.category,
      parcours: irritant.paths,
      verbatims: irritant.quotes,
      date_creation: datetime(irritant.createdAt),
      date_maj: datetime(irritant.updatedAt),
      url: `${base}/irritants/${irritant.slug}`,
    })),
    donnees: bySlug(dataItems).map((item) => ({
      identifiant: item.slug,
      nom: item.name,
      definition: item.definition,
      format: item.format,
      detenteur: item.holder,
      api_identifiant: liveApi(item),
      point_acces: item.endpoint,
      disponibilite: item.availability,
      effort: item.effort,
      parcours: item.paths,
      date_maj: datetime(item.updatedAt),
      url: `${base}/donnees/${item.slug}`,
    })),
    api: bySlug(apis).map((api) => ({
      identifiant: api.slug,
      nom: api.name,
      producteur: api.provider,
      description: api.description,
      url_documentation: api.documentationUrl,
      hypothetique: api.hypothetical,
      habilitation: api.habilitation,
      url_habilitation: api.habilitationUrl,
      details_habilitation: api.habilitationDetails,
      disponibilite: api.availability,
      disponibilite_source: api.availabilitySource,
      disponibilite_verifiee_le: api.availabilityCheckedOn
        ? api.availabilityCheckedOn.toISOString().slice(0, 10)
        : null,
      disponibilite_estimee: Boolean(api.availability && !api.availabilitySource),
      date_maj: datetime(api.updatedAt),
      url: `${base}/api-publiques/${api.slug}`,
    })),
    dispositifs: bySlug(schemes).map((scheme) => ({
      identifiant: scheme.slug,
      nom: scheme.name,
      description: scheme.description,
      operateur: scheme.operator,
      parcours: scheme.paths,
      source: scheme.source,
      date_maj: datetime(scheme.updatedAt),
      url: `${base}/dispositifs/${scheme.slug}`,
    })),
    demandes: requirements.map((requirement) => ({
      identifiant: requirement.identifier,
      dispositif_identifiant: requirement.scheme,
      parcours: requirement.path,
      nature: requirement.kind,
      libelle: requirement.label,
      rang: requirement.rank,
    })),
    "demandes-donnees": pairs(
      requirements.flatMap((requirement) =>
        requirement.replacedBy.map(({ dataItem }) => ({
          demande_identifiant: requirement.identifier,
          donnee_identifiant: dataItem.slug,
        })),
      ),
      (row) => `${row.demande_identifiant} ${row.donnee_identifiant}`,
    ),
    "irritants-donnees": pairs(
      irritants.flatMap((irritant) =>
        irritant.dataItems.map(({ dataItem }) => ({
          irritant_identifiant: irritant.slug,
          donnee_identifiant: dataItem.slug,
        })),
      ),
      (row) => `${row.irritant_identifiant} ${row.donnee_identifiant}`,
    ),
    "irritants-dispositifs": pairs(
      irritants.flatMap((irritant) =>
        irritant.schemes.map(({ scheme }) => ({
          irritant_identifiant: irritant.slug,
          dispositif_identifiant: scheme.slug,
        })),
      ),
      (row) => `${row.irritant_identifiant} ${row.dispositif_identifiant}`,
    ),
    scopes: pairs(
      dataItems.flatMap((item) => {
        const api = liveApi(item);
        return api
          ? [...new Set(item.scopes.filter(Boolean))].map((scope) => ({
              donnee_identifiant: item.slug,
              api_identifiant: api,
              scope,
            }))
          : [];
      }),
      (row) => `${row.donnee_identifiant} ${row.scope}`,
    ),
  };
  return { updatedAt: datetime(updatedAt), version: catalogueVersion(updatedAt, tables), tables };
}
