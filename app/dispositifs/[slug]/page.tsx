import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor.ts";
import { getFundingScheme } from "@/lib/catalogue/get-funding-scheme.ts";
import { AVAILABILITY_LABELS } from "@/lib/catalogue/labels.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { EntryTools } from "@/components/catalogue/entry-header.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scheme = await getFundingScheme({ slug: (await params).slug });
  return scheme
    ? { title: scheme.name, description: `Ce que demande ${scheme.name}, et ce qui pourrait être pré-rempli.` }
    : { title: "Dispositif introuvable" };
}

export default async function FundingSchemePage({ params }: Props) {
  const [scheme, actor] = await Promise.all([getFundingScheme({ slug: (await params).slug }), getActor()]);
  if (!scheme) notFound();
  return (
    <article className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/dispositifs">← Tous les dispositifs</Link>
      </p>
      <PageBreadcrumb current={scheme.name} />
      <h1 className="mb-3 text-3xl">{scheme.name}</h1>
      <EntryTools actor={actor} kind="funding-scheme" base="/dispositifs" entry={scheme} />
      <p className="mb-2">{scheme.description}</p>
      <p className="mb-6 text-sm text-gray-700">
        Financeur ou gestionnaire : {scheme.operator}. Source de la liste des demandes : {scheme.source}
      </p>
      <h2 className="mb-3 text-2xl">Ce qu'il demande, et ce qui pourrait être pré-rempli</h2>
      {scheme.byPath.length === 0 && <p>Aucune demande recensée pour ce dispositif.</p>}
      {scheme.byPath.map(({ path, requirements }) => (
        <section key={path} aria-labelledby={`parcours-${path}`} className="mb-8">
          <h3 id={`parcours-${path}`} className="mb-2 text-xl">
            {PATH_LABELS[path]}
          </h3>
          {requirements.length === 0 ? (
            <p>Aucune demande recensée pour ce parcours.</p>
          ) : (
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="border-b p-2">
                    Demandé aujourd'hui
                  </th>
                  <th scope="col" className="border-b p-2">
                    Type
                  </th>
                  <th scope="col" className="border-b p-2">
                    Données qui le remplaceraient
                  </th>
                </tr>
              </thead>
              <tbody>
                {requirements.map((requirement) => (
                  <tr key={requirement.id} className="align-top">
                    <th scope="row" className="border-b p-2 font-medium">
                      {requirement.label}
                    </th>
                    <td className="border-b p-2">
                      {requirement.kind === "DOCUMENT" ? "Pièce justificative" : "Information saisie"}
                    </td>
                    <td className="border-b p-2">
                      {requirement.replacedBy.length === 0 ? (
                        "Aucune donnée identifiée"
                      ) : (
                        <ul className="space-y-1">
                          {requirement.replacedBy.map((item) => (
                            <li key={item.slug}>
                              <Link href={`/donnees/${item.slug}`}>{item.name}</Link>
                              {item.retiredAt && " (retirée)"}{" "}
                              <Tag tone={availabilityTone(item.availability)}>
                                {AVAILABILITY_LABELS[item.availability]}
                              </Tag>
                              {item.publicApi && (
                                <>
                                  {" "}
                                  via <Link href={`/api-publiques/${item.publicApi.slug}`}>{item.publicApi.name}</Link>
                                  {item.publicApi.hypothetical && " (hypothétique)"}
                                </>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <section aria-labelledby="titre-irritants" className="mt-6">
        <h2 id="titre-irritants" className="mb-2 text-xl">
          Irritants signalés pour ce dispositif
        </h2>
        {scheme.irritants.length === 0 ? (
          <p>Aucun irritant relié.</p>
        ) : (
          <ul className="space-y-1">
            {scheme.irritants.map(({ irritant }) => (
              <li key={irritant.slug}>
                <Link href={`/irritants/${irritant.slug}`}>{irritant.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-8 text-sm text-gray-700">Mis à jour le {formatDate(scheme.updatedAt)}</p>
    </article>
  );
}
