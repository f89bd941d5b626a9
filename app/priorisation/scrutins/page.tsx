import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/get-actor.ts";
import { listRounds } from "@/lib/rounds/list-rounds.ts";
import { METHOD_LABELS, ROUND_STATUS_LABELS } from "@/lib/rounds/round-status.ts";
import { formatDateTime } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { DEMONSTRATION_ROUND_TAG } from "@/lib/rounds/demonstration.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";

export const metadata: Metadata = {
  title: "Scrutins de priorisation",
  description: "Les votes du groupe Data EFOP pour choisir les données à intégrer en premier.",
};

export default async function RoundsPage() {
  const actor = await getActor();
  const rounds = await listRounds({ actor });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/priorisation">← Tableau de priorisation</Link>
      </p>
      <PageBreadcrumb current="Scrutins de priorisation" />
      <h1 className="mb-2 text-3xl">Scrutins de priorisation</h1>
      <p className="mb-6 max-w-3xl">
        Les membres votent pour départager les cartes du tableau, par points ou au jugement majoritaire.
        {actor ? "" : " Seuls les résultats des scrutins clos sont publics."}
      </p>
      {actor?.role === "ADMIN" ? (
        <p className="mb-6">
          <Link href="/priorisation/scrutins/nouveau" className="fr-btn">
            Nouveau scrutin
          </Link>
        </p>
      ) : null}
      {rounds.length === 0 ? (
        <EmptyState
          action={
            actor?.role === "ADMIN" ? (
              <Link href="/priorisation/scrutins/nouveau">Ouvrir un scrutin</Link>
            ) : (
              <Link href="/priorisation">Voir le tableau des priorités</Link>
            )
          }
        >
          Aucun scrutin pour le moment.
        </EmptyState>
      ) : null}
      <ul className="space-y-4">
        {rounds.map((round) => (
          <li key={round.id} className="rounded border border-gray-200 bg-white p-4">
            <div className="mb-1 flex flex-wrap gap-2">
              <Tag tone={round.status === "OPEN" ? "succes" : round.status === "UPCOMING" ? "info" : "neutre"}>
                {ROUND_STATUS_LABELS[round.status]}
              </Tag>
              <Tag tone="bleu">{METHOD_LABELS[round.method]}</Tag>
              {round.demonstration ? <Tag tone="alerte">{DEMONSTRATION_ROUND_TAG}</Tag> : null}
              {round.hasVoted ? <Tag tone="succes">Vous avez voté</Tag> : null}
              {round.resultsAppliedAt ? <Tag>Résultats appliqués au tableau</Tag> : null}
            </div>
            <h2 className="text-xl">
              <Link href={`/priorisation/scrutins/${round.id}`}>{round.title}</Link>
            </h2>
            <p className="text-sm text-gray-700">
              {round.cardCount} cartes · {round.voters} votant{round.voters > 1 ? "s" : ""} · du{" "}
              {formatDateTime(round.opensAt)} au {formatDateTime(round.closedAt ?? round.closesAt)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
