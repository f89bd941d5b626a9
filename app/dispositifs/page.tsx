import type { Metadata } from "next";
import Link from "next/link";
import { listFundingSchemes } from "@/lib/catalogue/list-funding-schemes.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { plural } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Dispositifs de financement",
  description:
    "Ce que chaque dispositif de financement de la formation demande aujourd'hui, et ce qui pourrait être pré-rempli.",
};

export default async function FundingSchemesPage() {
  const schemes = await listFundingSchemes();
  return (
    <>
      <PageBreadcrumb current="Dispositifs de financement" />
      <h1 className="mb-2 text-3xl">Dispositifs de financement</h1>
      <p className="mb-6 max-w-3xl">
        Pour chaque dispositif (CPF, projet de transition professionnelle, VAE, aides régionales…) : les pièces et
        informations demandées aujourd'hui, parcours par parcours, et les <Link href="/donnees">données</Link> qui
        permettraient de ne plus les demander.
      </p>
      <p className="mb-6">
        <Link href="/dispositifs/nouveau" className="fr-btn">
          Ajouter un dispositif
        </Link>
      </p>
      <ul className="grid gap-4 md:grid-cols-2">
        {schemes.map((scheme) => (
          <li key={scheme.slug} className="rounded border border-gray-200 bg-white p-4">
            <h2 className="mb-1 text-lg">
              <Link href={`/dispositifs/${scheme.slug}`}>{scheme.name}</Link>
            </h2>
            <p className="mb-2 flex flex-wrap gap-2">
              {scheme.paths.map((path) => (
                <Tag key={path} tone="bleu">
                  {PATH_LABELS[path]}
                </Tag>
              ))}
            </p>
            <p className="text-sm">{scheme.description}</p>
            <p className="mt-1 text-sm text-gray-700">
              {scheme.operator} · {scheme.requirementCount} demande{plural(scheme.requirementCount)}, dont{" "}
              {scheme.prefillableToday} qu'une donnée disponible par API pourrait remplacer
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
