import type { Metadata } from "next";
import Link from "next/link";
import { getOpenData } from "@/lib/open-data/get-open-data.ts";
import { OPEN_DATA_LICENCE, OPEN_DATA_RESOURCES } from "@/lib/open-data/open-data-resources.ts";
import { OPEN_DATA_PATH } from "@/lib/open-data/render-open-data-file.ts";
import { formatDateTime, formatNumber, plural } from "@/lib/format.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Données ouvertes du catalogue",
  description:
    "Le catalogue du groupe Data EFOP en données ouvertes : irritants, données, API publiques, dispositifs de financement et leurs liens, en CSV et JSON décrits par des schémas Table Schema.",
  alternates: { types: { "application/json": `${OPEN_DATA_PATH}/datapackage.json` } },
};

export default async function OpenDataPage() {
  const openData = await getOpenData();
  return (
    <article className="max-w-5xl">
      <PageBreadcrumb current="Données ouvertes du catalogue" />
      <h1 className="mb-3 text-3xl">Données ouvertes du catalogue</h1>
      <p className="mb-4">
        Tout le catalogue public du groupe : irritants, données, API publiques, dispositifs de financement et leurs
        liens. Chaque ressource est publiée en CSV et en JSON, décrite par un schéma au format{" "}
        <a href="https://specs.frictionlessdata.io/table-schema/" rel="noopener noreferrer">
          Table Schema
        </a>{" "}
        (celui de schema.data.gouv.fr), publié à côté d'elle ; le fichier{" "}
        <a href={`${OPEN_DATA_PATH}/datapackage.json`}>datapackage.json</a> les décrit toutes. Le{" "}
        <Link href="/guide">guide des bonnes pratiques et des bonnes données</Link> est généré à partir des mêmes
        données.
      </p>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Mise à jour</dt>
        <dd>
          {formatDateTime(new Date(openData.updatedAt))} (version <code>{openData.version}</code>)
        </dd>
        <dt className="font-semibold">Licence</dt>
        <dd>
          <a href={OPEN_DATA_LICENCE.path} rel="noopener noreferrer">
            {OPEN_DATA_LICENCE.title}
          </a>{" "}
          (Etalab) : réutilisation libre, y compris commerciale, en citant la source « Atelier EFOP, groupe Data EFOP »
          et la date de mise à jour.
        </dd>
        <dt className="font-semibold">Contenu</dt>
        <dd>
          Seules les entrées en vigueur sont publiées : ni les entrées retirées ou fusionnées, ni les liens vers elles,
          ni aucune donnée personnelle (auteurs, membres, organisations).
        </dd>
      </dl>
      <h2 className="mb-2 text-2xl">Fichiers</h2>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Ressources publiées, avec leurs fichiers</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b p-2">
              Ressource
            </th>
            <th scope="col" className="border-b p-2">
              Lignes
            </th>
            <th scope="col" className="border-b p-2">
              Fichiers
            </th>
          </tr>
        </thead>
        <tbody>
          {OPEN_DATA_RESOURCES.map((resource) => {
            const count = openData.tables[resource.name]?.length ?? 0;
            return (
              <tr key={resource.name} className="align-top">
                <th scope="row" className="border-b p-2 font-medium">
                  {resource.title}
                  <p className="font-normal text-gray-700">{resource.description}</p>
                </th>
                <td className="border-b p-2">
                  {formatNumber(count)} ligne{plural(count)}
                </td>
                <td className="border-b p-2">
                  <ul className="space-y-1">
                    <li>
                      <a href={`${OPEN_DATA_PATH}/${resource.name}.csv`} download>
                        {resource.name}.csv<span className="sr-only"> ({resource.title}, CSV)</span>
                      </a>
                    </li>
                    <li>
                      <a href={`${OPEN_DATA_PATH}/${resource.name}.json`}>
                        {resource.name}.json<span className="sr-only"> ({resource.title}, JSON)</span>
                      </a>
                    </li>
                    <li>
                      <a href={`${OPEN_DATA_PATH}/${resource.name}.schema.json`}>
                        {resource.name}.schema.json<span className="sr-only"> (schéma de {resource.title})</span>
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 className="mb-2 mt-8 text-2xl">Format</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          CSV en UTF-8 avec BOM, séparateur « ; », lignes terminées par CRLF : Excel l'ouvre tel quel. Un texte qui
          commence par =, +, -, @, une tabulation ou un retour chariot y reçoit une apostrophe en tête, pour qu'un
          tableur ne l'exécute pas comme une formule ; le JSON garde les textes tels quels.
        </li>
        <li>
          Les listes (parcours, verbatims) sont des tableaux JSON, dans le CSV comme dans le JSON ; une valeur absente
          est une cellule vide en CSV et <code>null</code> en JSON.
        </li>
        <li>
          Les identifiants sont les adresses des entrées dans l'Atelier ; les fichiers de liens les relient (clés
          étrangères décrites dans les schémas).
        </li>
        <li>
          Les disponibilités et efforts des données sont des estimations du groupe ; une disponibilité d'API sans source
          l'est aussi (colonne <code>disponibilite_estimee</code>).
        </li>
      </ul>
    </article>
  );
}
