import type { Metadata } from "next";
import Link from "next/link";
import { listPublishedSheets, ZSheetFilters } from "@/lib/sheets/list-published-sheets.ts";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS } from "@/lib/organisations/organisation-types.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { FilterBar, FilterSelect, firstValues, PathFilterSelect } from "@/components/ui/filter-bar.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Cas d'usage",
  description:
    "Les fiches cas d'usage publiées par le groupe Data EFOP : « Dites-le-nous une fois » appliqué aux financements de formation.",
  alternates: {
    types: { "application/json": "/api/public/v1/use-cases", "application/atom+xml": "/cas-usage/flux.atom" },
  },
};

export default async function UseCasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = ZSheetFilters.parse(firstValues(await searchParams));
  const [useCases, apis] = await Promise.all([listPublishedSheets(filters), listPublicApis()]);
  const filtered = Boolean(filters.q || filters.parcours || filters.acteur || filters.api);
  return (
    <>
      <PageBreadcrumb current="Cas d'usage publiés" />
      <h1 className="mb-2 text-3xl">Cas d'usage publiés</h1>
      <p className="mb-6 max-w-3xl">
        Les fiches rédigées, relues puis publiées par les membres du groupe. Chacune est aussi disponible en JSON et en
        Markdown (<Link href="/api/public/v1/openapi.json">API publique</Link>). Pour suivre les nouvelles publications
        :{" "}
        <a href="/cas-usage/flux.atom" type="application/atom+xml">
          flux Atom des cas d'usage
        </a>
        .
      </p>
      <FilterBar label="Rechercher un cas d'usage" q={filters.q} resetHref="/cas-usage" filtered={filtered}>
        <PathFilterSelect value={filters.parcours} />
        <FilterSelect
          id="filtre-acteur"
          name="acteur"
          label="Type d'acteur"
          value={filters.acteur}
          all="Tous"
          options={ORGANISATION_TYPES.map((type) => [type, ORGANISATION_TYPE_LABELS[type]])}
        />
        <FilterSelect
          id="filtre-api"
          name="api"
          label="API utilisée"
          value={filters.api}
          all="Toutes"
          options={apis.map((api) => [api.slug, api.name])}
        />
      </FilterBar>
      <p role="status" className="mb-4 font-medium">
        {useCases.length === 0
          ? "Aucune fiche ne correspond."
          : `${useCases.length} fiche${useCases.length > 1 ? "s" : ""}`}
      </p>
      <ul className="space-y-6">
        {useCases.map((useCase) => (
          <li key={useCase.slug} className="rounded border border-gray-200 bg-white p-6">
            <h2 className="mb-2 text-xl">
              <Link href={`/cas-usage/${useCase.slug}`}>{useCase.title}</Link>
            </h2>
            <p className="mb-3">{useCase.summary}</p>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {useCase.paths.map((path) => (
                <Tag key={path} tone="bleu">
                  {PATH_LABELS[path]}
                </Tag>
              ))}
              {useCase.apis.map((api) => (
                <Tag key={api.slug}>{api.name}</Tag>
              ))}
              <span>Mise à jour le {formatDate(useCase.updatedAt)}</span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
