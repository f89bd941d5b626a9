import type { Metadata } from "next";
import { getBoardOverview } from "@/lib/board/get-board-overview.ts";
import { Tag } from "@/components/ui/tag.tsx";

export const metadata: Metadata = { title: "Priorisation", description: "Le tableau de priorisation des données à intégrer en premier." };

export default async function PrioritisationPage() {
  const columns = await getBoardOverview();
  return (
    <>
      <h1 className="mb-2 text-3xl">Priorisation des données</h1>
      <p className="mb-8 max-w-3xl">
        Chaque carte est un irritant ou une donnée ; les colonnes suivent son instruction, du signalement à la mise à
        disposition par API.
      </p>
      <div className="grid gap-4 md:grid-cols-3 lg:grid-cols-6">
        {columns.map((column) => (
          <section key={column.id} aria-labelledby={`colonne-${column.id}`} className="rounded bg-white p-3">
            <h2 id={`colonne-${column.id}`} className="mb-3 text-base">
              {column.name}{" "}
              <span className="font-normal text-gray-700">
                ({column.cards.length}{column.wipLimit ? ` / ${column.wipLimit}` : ""})
              </span>
            </h2>
            <ul className="space-y-2">
              {column.cards.map((card) => (
                <li key={card.id} className="rounded border border-gray-200 p-2 text-sm">
                  <Tag tone={card.kind === "irritant" ? "alerte" : "info"}>{card.kind === "irritant" ? "Irritant" : "Donnée"}</Tag>
                  <p className="mt-1">{card.title}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
