import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/get-actor.ts";
import { getBoard } from "@/lib/board/get-board.ts";
import { KanbanBoard } from "@/components/board/kanban-board.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Priorisation",
  description: "Le tableau de priorisation des données à intégrer en premier.",
};

export default async function PrioritisationPage() {
  const actor = await getActor();
  const columns = await getBoard();
  return (
    <>
      <PageBreadcrumb current="Priorisation des données" />
      <h1 className="mb-2 text-3xl">Priorisation des données</h1>
      <p className="mb-4 max-w-3xl">
        Chaque carte est un irritant ou une donnée ; les colonnes suivent son instruction, du signalement à la mise à
        disposition par API.{" "}
        {actor
          ? "Déplacez les cartes à la souris ou au clavier : les autres membres voient le changement aussitôt."
          : "Connectez-vous pour déplacer les cartes."}
      </p>
      <ul className="mb-6 flex flex-wrap gap-4 text-sm">
        <li>
          <Link href="/priorisation/scrutins">Scrutins de priorisation</Link>
        </li>
        <li>
          <Link href="/priorisation/matrice">Matrice impact / faisabilité</Link>
        </li>
        {actor?.role === "ADMIN" ? (
          <li>
            <Link href="/admin/tableau">Configurer les colonnes</Link>
          </li>
        ) : null}
      </ul>
      <KanbanBoard initialColumns={columns} canMove={Boolean(actor)} />
    </>
  );
}
