import type { Metadata } from "next";
import Link from "next/link";
import { listPublishedUseCases, ZUseCaseFilters } from "@/lib/use-cases/list-published-use-cases.ts";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { PATH_KINDS, PATH_LABELS } from "@/lib/use-cases/sheet-content.ts";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS } from "@/lib/organisations/organisation-types.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";

export const metadata: Metadata = {
  title: "Cas d'usage",
  description: "Les fiches cas d'usage publiées par le groupe Data EFOP : « Dites-le-nous une fois » appliqué aux financements de formation.",
  alternates: { types: { "application/json": "/api/public/v1/use-cases" } },
};

const selectClass = "w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2";

export default async function UseCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = ZUseCaseFilters.parse(Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [useCases, apis] = await Promise.all([listPublishedUseCases(filters), listPublicApis()]);
  const filtered = Boolean(filters.q || filters.parcours || filters.acteur || filters.api);
  return (
    <>
      <h1 className="mb-2 text-3xl">Cas d'usage publiés</h1>
      <p className="mb-6 max-w-3xl">
        Les fiches rédigées, relues puis publiées par les membres du groupe. Chacune est aussi disponible en JSON et en
        Markdown (<Link href="/api/public/v1/openapi.json">API publique</Link>).
      </p>
      <form role="search" aria-label="Rechercher un cas d'usage" className="mb-8 grid gap-4 rounded border border-gray-200 bg-white p-4 md:grid-cols-5 md:items-end">
        <div className="md:col-span-2">
          <label htmlFor="recherche" className="mb-1 block font-medium">Rechercher</label>
          <input id="recherche" name="q" type="search" defaultValue={filters.q} className={selectClass} />
        </div>
        <div>
          <label htmlFor="filtre-parcours" className="mb-1 block font-medium">Parcours</label>
          <select id="filtre-parcours" name="parcours" defaultValue={filters.parcours ?? ""} className={selectClass}>
            <option value="">Tous</option>
            {PATH_KINDS.map((kind) => <option key={kind} value={kind}>{PATH_LABELS[kind]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-acteur" className="mb-1 block font-medium">Type d'acteur</label>
          <select id="filtre-acteur" name="acteur" defaultValue={filters.acteur ?? ""} className={selectClass}>
            <option value="">Tous</option>
            {ORGANISATION_TYPES.map((type) => <option key={type} value={type}>{ORGANISATION_TYPE_LABELS[type]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-api" className="mb-1 block font-medium">API utilisée</label>
          <select id="filtre-api" name="api" defaultValue={filters.api ?? ""} className={selectClass}>
            <option value="">Toutes</option>
            {apis.map((api) => <option key={api.slug} value={api.slug}>{api.name}</option>)}
          </select>
        </div>
        <div className="flex gap-4 md:col-span-5">
          <button type="submit" className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover">Filtrer</button>
          {filtered && <Link href="/cas-usage" className="self-center">Effacer les filtres</Link>}
        </div>
      </form>
      <p role="status" className="mb-4 font-medium">
        {useCases.length === 0 ? "Aucune fiche ne correspond." : `${useCases.length} fiche${useCases.length > 1 ? "s" : ""}`}
      </p>
      <ul className="space-y-6">
        {useCases.map((useCase) => (
          <li key={useCase.slug} className="rounded border border-gray-200 bg-white p-6">
            <h2 className="mb-2 text-xl"><Link href={`/cas-usage/${useCase.slug}`}>{useCase.title}</Link></h2>
            <p className="mb-3">{useCase.summary}</p>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {useCase.paths.map((path) => <Tag key={path} tone="bleu">{PATH_LABELS[path]}</Tag>)}
              {useCase.apis.map((api) => <Tag key={api.slug}>{api.name}</Tag>)}
              <span>Mise à jour le {formatDate(useCase.updatedAt)}</span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
