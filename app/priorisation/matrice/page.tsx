import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { getPriorityMatrix } from "@/lib/rounds/get-priority-matrix.ts";
import { QUADRANT_LABELS } from "@/lib/rounds/priority-matrix.ts";
import { PriorityMatrixChart } from "@/components/rounds/priority-matrix-chart.tsx";
import { DemonstrationRoundNotice } from "@/components/rounds/demonstration-notice.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { DataTable } from "@/components/ui/data-table.tsx";

export const metadata: Metadata = {
  title: "Matrice impact / faisabilité",
  description:
    "Les priorités votées par le groupe, croisées avec la disponibilité des données par API et l'effort estimé.",
};

type Props = { searchParams: Promise<{ scrutin?: string | string[] }> };

export default async function PriorityMatrixPage({ searchParams }: Props) {
  const requested = (await searchParams).scrutin;
  const matrix = await getPriorityMatrix({ roundId: typeof requested === "string" ? requested : undefined });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/priorisation">← Tableau de priorisation</Link>
      </p>
      <PageBreadcrumb current="Matrice impact / faisabilité" />
      <h1 className="mb-2 text-3xl">Matrice impact / faisabilité</h1>
      <p className="mb-6 max-w-3xl">
        L&apos;impact vient des votes d&apos;un scrutin clos (part des points de la carte la mieux placée, ou mention
        majoritaire) ; la faisabilité combine la disponibilité de la donnée par API (60 %) et l&apos;effort estimé (40
        %), en moyenne sur les données qui lèveraient un irritant.
      </p>
      {matrix.rounds.length > 1 ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <Select
            className="fr-mb-0"
            label="Scrutin"
            nativeSelectProps={{ id: "scrutin", name: "scrutin", defaultValue: matrix.round?.id }}
          >
            {matrix.rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.title}
                {round.demonstration ? " (démonstration)" : ""}
              </option>
            ))}
          </Select>
          <Button type="submit">Afficher</Button>
        </form>
      ) : null}
      {!matrix.round ? (
        <p>Aucun scrutin n&apos;est encore clos : la matrice apparaîtra avec les premiers résultats.</p>
      ) : (
        <>
          <h2 className="mb-4 text-2xl">{matrix.round.title}</h2>
          {matrix.round.demonstration ? <DemonstrationRoundNotice /> : null}
          <PriorityMatrixChart points={matrix.points} />
          <h3 className="mb-3 mt-8 text-xl">Les cartes, quadrant par quadrant</h3>
          <DataTable
            caption="Les cartes, quadrant par quadrant : rang, impact, faisabilité"
            hiddenCaption
            className="[&_table]:w-full"
          >
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  N°
                </th>
                <th scope="col" className="p-2">
                  Carte
                </th>
                <th scope="col" className="p-2">
                  Impact
                </th>
                <th scope="col" className="p-2">
                  Faisabilité
                </th>
                <th scope="col" className="p-2">
                  Quadrant
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.points.map((point) => (
                <tr key={point.cardId} className="border-b border-gray-200">
                  <td className="p-2">{point.rank}</td>
                  <td className="p-2">
                    <Link href={`/priorisation/cartes/${point.cardId}`}>{point.title}</Link>
                  </td>
                  <td className="p-2">{Math.round(point.impact * 100)} %</td>
                  <td className="p-2">{Math.round(point.feasibility * 100)} %</td>
                  <td className="p-2">{QUADRANT_LABELS[point.quadrant]}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </>
  );
}
