import type { Metadata } from "next";
import Link from "next/link";
import { ZIrritantFilters } from "@/lib/catalogue/list-irritants.ts";
import { IRRITANTS_PAGE_SIZE, listIrritantsPage } from "@/lib/catalogue/list-irritants-page.ts";
import { ZPageNumber } from "@/lib/pagination/page-bounds.ts";
import { AVAILABILITY_LABELS, CATEGORY_LABELS, IRRITANT_CATEGORIES } from "@/lib/catalogue/labels.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { demonstratorLink } from "@/lib/wizard/demonstrator-link.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { FilterBar, FilterSelect, firstValues, PathFilterSelect } from "@/components/ui/filter-bar.tsx";
import { Markdown } from "@/components/markdown.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { ListPagination } from "@/components/ui/list-pagination.tsx";
import { plural } from "@/lib/format.ts";

export const metadata: Metadata = {
  title: "Irritants",
  description: "Le catalogue des irritants relevés en atelier et les données qui les lèveraient.",
};

export default async function IrritantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = firstValues(await searchParams);
  const filters = ZIrritantFilters.parse(params);
  const {
    items: irritants,
    total,
    page,
    pageCount,
  } = await listIrritantsPage({ ...filters, page: ZPageNumber.parse(params.page), pageSize: IRRITANTS_PAGE_SIZE });
  const filtered = Boolean(filters.q || filters.categorie || filters.parcours);
  return (
    <>
      <PageBreadcrumb current="Irritants" />
      <h1 className="mb-2 text-3xl">Irritants</h1>
      <p className="mb-6 max-w-3xl">
        Ce que les usagers, employeurs et organismes doivent fournir aujourd'hui alors qu'une administration le sait
        déjà, et les données qui permettraient de ne plus le demander (voir le{" "}
        <Link href="/donnees">catalogue des données</Link>).
      </p>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <Link href="/irritants/nouveau" className="fr-btn">
          Signaler un irritant
        </Link>
        <Link href="/catalogue/importer">Importer un tableur</Link>
      </p>
      <FilterBar label="Rechercher un irritant" q={filters.q} resetHref="/irritants" filtered={filtered}>
        <FilterSelect
          id="filtre-categorie"
          name="categorie"
          label="Catégorie"
          value={filters.categorie}
          all="Toutes"
          options={IRRITANT_CATEGORIES.map((category) => [category, CATEGORY_LABELS[category]])}
        />
        <PathFilterSelect value={filters.parcours} />
      </FilterBar>
      <p role="status" className="mb-4 font-medium">
        {total === 0
          ? "Aucun irritant ne correspond."
          : `${total} irritant${plural(total)}${pageCount > 1 ? ` · page ${page} sur ${pageCount}` : ""}`}
      </p>
      {total === 0 && (
        <EmptyState
          action={
            filtered ? (
              <Link href="/irritants">Effacer les filtres</Link>
            ) : (
              <Link href="/irritants/nouveau">Signaler un irritant</Link>
            )
          }
        >
          {filtered ? "Aucun irritant ne répond à ces filtres." : "Le catalogue ne compte encore aucun irritant."}
        </EmptyState>
      )}
      <ul className="space-y-6">
        {irritants.map((irritant) => {
          const demo = demonstratorLink(irritant.slug);
          return (
            <li
              key={irritant.slug}
              id={irritant.slug}
              className="scroll-mt-4 rounded border border-gray-200 bg-white p-6"
            >
              <div className="mb-2 flex flex-wrap gap-2">
                <Tag>{CATEGORY_LABELS[irritant.category]}</Tag>
                {irritant.paths.map((path) => (
                  <Tag key={path} tone="bleu">
                    {PATH_LABELS[path]}
                  </Tag>
                ))}
              </div>
              <h2 className="mb-2 text-xl">
                <Link href={`/irritants/${irritant.slug}`}>{irritant.title}</Link>
              </h2>
              <Markdown source={irritant.description} />
              {irritant.quotes.map((quote) => (
                <blockquote key={quote} className="my-3 border-l-4 border-bleu-france pl-4 italic">
                  « {quote} »
                </blockquote>
              ))}
              {demo && (
                <p className="my-3">
                  <Link href={demo}>Voir cet irritant levé dans le démonstrateur</Link>
                </p>
              )}
              {irritant.dataItems.length > 0 && (
                <>
                  <h3 className="mb-1 mt-3 text-base">Données qui le lèveraient</h3>
                  <ul className="flex flex-wrap gap-x-4 gap-y-1">
                    {irritant.dataItems.map(({ dataItem }) => (
                      <li key={dataItem.slug} className="flex items-center gap-1 text-sm">
                        <Link href={`/donnees/${dataItem.slug}`}>{dataItem.name}</Link>{" "}
                        <Tag tone={availabilityTone(dataItem.availability)}>
                          {AVAILABILITY_LABELS[dataItem.availability]}
                        </Tag>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <ListPagination
        path="/irritants"
        query={{ q: filters.q, categorie: filters.categorie, parcours: filters.parcours }}
        page={page}
        pageCount={pageCount}
      />
    </>
  );
}
