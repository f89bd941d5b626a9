import type { Metadata } from "next";
import Link from "next/link";
import { ZDataItemFilters } from "@/lib/catalogue/list-data-items.ts";
import { DATA_ITEMS_PAGE_SIZE, listDataItemsPage } from "@/lib/catalogue/list-data-items-page.ts";
import { ZPageNumber } from "@/lib/pagination/page-bounds.ts";
import { plural } from "@/lib/format.ts";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { AVAILABILITY_LABELS, EFFORT_LABELS } from "@/lib/catalogue/labels.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { FilterBar, FilterSelect, firstValues, PathFilterSelect } from "@/components/ui/filter-bar.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { ListPagination } from "@/components/ui/list-pagination.tsx";
import { DataTable } from "@/components/ui/data-table.tsx";

export const metadata: Metadata = {
  title: "Données",
  description:
    "Les données qui permettraient de ne plus demander de justificatifs, qui les détient et quelle API les sert.",
};

export default async function DataItemsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = firstValues(await searchParams);
  const filters = ZDataItemFilters.parse(params);
  const [{ items, total, page, pageCount }, apis] = await Promise.all([
    listDataItemsPage({ ...filters, page: ZPageNumber.parse(params.page), pageSize: DATA_ITEMS_PAGE_SIZE }),
    listPublicApis(),
  ]);
  const filtered = Boolean(filters.q || filters.disponibilite || filters.parcours || filters.api);
  return (
    <>
      <PageBreadcrumb current="Données" />
      <h1 className="mb-2 text-3xl">Données</h1>
      <p className="mb-6 max-w-3xl">
        Chaque donnée qui lèverait un <Link href="/irritants">irritant</Link> : qui la détient, quelle API la sert, sa
        disponibilité et l'effort estimé pour l'intégrer.
      </p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/donnees/nouveau" className="fr-btn">
          Ajouter une donnée
        </Link>
        <Link href="/catalogue/importer" className="px-1 py-2">
          Importer un tableur
        </Link>
        <Link href="/api-publiques" className="px-1 py-2">
          Les API publiques qui servent ces données
        </Link>
      </p>
      <FilterBar label="Rechercher une donnée" q={filters.q} resetHref="/donnees" filtered={filtered}>
        <FilterSelect
          id="filtre-disponibilite"
          name="disponibilite"
          label="Disponibilité"
          value={filters.disponibilite}
          all="Toutes"
          options={Object.entries(AVAILABILITY_LABELS)}
        />
        <FilterSelect
          id="filtre-api"
          name="api"
          label="API"
          value={filters.api}
          all="Toutes"
          options={apis.map((api) => [api.slug, api.name])}
        />
        <PathFilterSelect value={filters.parcours} />
      </FilterBar>
      <p role="status" className="mb-4 font-medium">
        {total === 0
          ? "Aucune donnée ne correspond."
          : `${total} donnée${plural(total)}${pageCount > 1 ? ` · page ${page} sur ${pageCount}` : ""}`}
      </p>
      {total === 0 && (
        <EmptyState
          action={
            filtered ? (
              <Link href="/donnees">Effacer les filtres</Link>
            ) : (
              <Link href="/donnees/nouveau">Ajouter une donnée</Link>
            )
          }
        >
          {filtered ? "Aucune donnée ne répond à ces filtres." : "Le catalogue ne compte encore aucune donnée."}
        </EmptyState>
      )}
      {total > 0 && (
        <DataTable
          caption={`Données du catalogue${pageCount > 1 ? `, page ${page} sur ${pageCount}` : ""} : disponibilité, effort d'intégration, API et détenteur`}
          hiddenCaption
          className="[&_table]:w-full"
        >
          <thead>
            <tr>
              <th scope="col">Donnée</th>
              <th scope="col">Disponibilité</th>
              <th scope="col">Effort</th>
              <th scope="col">API</th>
              <th scope="col">Détenue par</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.slug} className="align-top">
                <th scope="row" className="font-normal">
                  <Link href={`/donnees/${item.slug}`} className="font-bold">
                    {item.name}
                  </Link>
                  <span className="mt-1 block text-sm">{item.definition}</span>
                </th>
                <td>
                  <Tag tone={availabilityTone(item.availability)}>{AVAILABILITY_LABELS[item.availability]}</Tag>
                </td>
                <td>{EFFORT_LABELS[item.effort]}</td>
                <td>
                  {item.publicApi ? (
                    <>
                      {item.publicApi.name}
                      {item.publicApi.hypothetical && (
                        <>
                          {" "}
                          <Tag tone="alerte">Hypothétique</Tag>
                        </>
                      )}
                    </>
                  ) : (
                    "Aucune"
                  )}
                </td>
                <td>{item.holder}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <ListPagination
        path="/donnees"
        query={{ q: filters.q, disponibilite: filters.disponibilite, parcours: filters.parcours, api: filters.api }}
        page={page}
        pageCount={pageCount}
      />
    </>
  );
}
