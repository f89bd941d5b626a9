import type { Metadata } from "next";
import Link from "next/link";
import { listDataItems, ZDataItemFilters } from "@/lib/catalogue/list-data-items.ts";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { AVAILABILITY_LABELS, EFFORT_LABELS } from "@/lib/catalogue/labels.ts";
import { PATH_KINDS, PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { FilterBar, FilterSelect, firstValues } from "@/components/ui/filter-bar.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Données", description: "Les données qui permettraient de ne plus demander de justificatifs, qui les détient et quelle API les sert." };

export default async function DataItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = ZDataItemFilters.parse(firstValues(await searchParams));
  const [items, apis] = await Promise.all([listDataItems(filters), listPublicApis()]);
  return (
    <>
      <PageBreadcrumb current="Données" />
      <h1 className="mb-2 text-3xl">Données</h1>
      <p className="mb-6 max-w-3xl">Chaque donnée qui lèverait un <Link href="/irritants">irritant</Link> : qui la détient, quelle API la sert, sa disponibilité et l'effort estimé pour l'intégrer.</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/donnees/nouveau" className="rounded bg-bleu-france px-4 py-2 font-medium text-white no-underline hover:bg-bleu-france-hover">Ajouter une donnée</Link>
        <Link href="/catalogue/importer" className="px-1 py-2">Importer un tableur</Link>
        <Link href="/api-publiques" className="px-1 py-2">Les API publiques qui servent ces données</Link>
      </p>
      <FilterBar label="Rechercher une donnée" q={filters.q} resetHref="/donnees" filtered={Boolean(filters.q || filters.disponibilite || filters.parcours || filters.api)}>
        <FilterSelect id="filtre-disponibilite" name="disponibilite" label="Disponibilité" value={filters.disponibilite} all="Toutes" options={Object.entries(AVAILABILITY_LABELS)} />
        <FilterSelect id="filtre-api" name="api" label="API" value={filters.api} all="Toutes" options={apis.map((api) => [api.slug, api.name])} />
        <FilterSelect id="filtre-parcours" name="parcours" label="Parcours" value={filters.parcours} all="Tous" options={PATH_KINDS.map((kind) => [kind, PATH_LABELS[kind]])} />
      </FilterBar>
      <p role="status" className="mb-4 font-medium">{items.length === 0 ? "Aucune donnée ne correspond." : `${items.length} donnée${items.length > 1 ? "s" : ""}`}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {items.map((item) => (
          <li key={item.slug} className="rounded border border-gray-200 bg-white p-4">
            <h2 className="mb-1 text-lg"><Link href={`/donnees/${item.slug}`}>{item.name}</Link></h2>
            <p className="mb-2 flex flex-wrap gap-2">
              <Tag tone={availabilityTone(item.availability)}>{AVAILABILITY_LABELS[item.availability]}</Tag>
              <Tag>Effort : {EFFORT_LABELS[item.effort]}</Tag>
              {item.publicApi && <Tag tone={item.publicApi.hypothetical ? "alerte" : "bleu"}>{item.publicApi.name}{item.publicApi.hypothetical ? " (hypothétique)" : ""}</Tag>}
            </p>
            <p className="text-sm">{item.definition}</p>
            <p className="mt-1 text-sm text-gray-700">Détenue par : {item.holder}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
