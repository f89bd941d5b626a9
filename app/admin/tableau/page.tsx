import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getBoard } from "@/lib/board/get-board.ts";
import { AdminNav, AdminOnly } from "@/components/admin/admin-nav.tsx";
import { ColumnForm } from "@/components/admin/column-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Colonnes du tableau" };

export default async function BoardColumnsAdminPage() {
  const actor = await requirePageActor("/admin/tableau");
  if (actor.role !== "ADMIN") return <AdminOnly />;
  const columns = await getBoard();
  return (
    <>
      <PageBreadcrumb current="Administration : tableau de bord" />
      <h1 className="mb-4 text-3xl">Administration</h1>
      <AdminNav current="/admin/tableau" />
      <section aria-labelledby="titre-colonnes" className="mb-10">
        <h2 id="titre-colonnes" className="mb-2 text-2xl">
          Colonnes du tableau de priorisation ({columns.length})
        </h2>
        <p className="mb-4 max-w-3xl text-sm text-gray-700">
          La limite d&apos;encours (WIP) empêche d&apos;ajouter une carte à une colonne pleine. Une colonne ne peut être
          supprimée que vide ; la colonne « Priorisé » reçoit les résultats des scrutins et ne peut pas l&apos;être.
        </p>
        <ul className="space-y-4">
          {columns.map((column, position) => (
            <li key={column.id} className="rounded border border-gray-200 bg-white p-4">
              <p className="mb-2 text-sm text-gray-700">
                {column.cards.length} carte{column.cards.length > 1 ? "s" : ""}
              </p>
              <ColumnForm
                column={{
                  id: column.id,
                  name: column.name,
                  wipLimit: column.wipLimit,
                  position,
                  removable: column.key !== "priorise" && column.cards.length === 0,
                }}
                columnCount={columns.length}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="titre-nouvelle" className="rounded border border-gray-200 bg-white p-6">
        <h2 id="titre-nouvelle" className="mb-4 text-2xl">
          Ajouter une colonne
        </h2>
        <ColumnForm columnCount={columns.length} />
      </section>
    </>
  );
}
