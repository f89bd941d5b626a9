import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listWorkshops } from "@/lib/workshops/list-workshops.ts";
import { STATUS_LABELS } from "@/lib/workshops/workshop-steps.ts";
import { formatDateTime } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { CreateWorkshopForm } from "@/components/workshops/create-workshop-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";

export const metadata: Metadata = {
  title: "Ateliers",
  description: "Les ateliers en direct du groupe : collecte, vote, décisions et compte rendu.",
};

export default async function WorkshopsPage() {
  const actor = await requirePageActor("/ateliers");
  const workshops = await listWorkshops({ actor });
  const isAdmin = actor.role === "ADMIN";
  return (
    <div className="space-y-8">
      <header>
        <PageBreadcrumb current="Ateliers" />
        <h1 className="mb-2 text-3xl">Ateliers</h1>
        <p className="max-w-3xl">
          Les séances du groupe animées en direct : chacun poste ses irritants depuis son téléphone, vote, et repart
          avec le compte rendu.
        </p>
      </header>
      <section aria-labelledby="titre-liste">
        <h2 id="titre-liste" className="mb-3 text-2xl">
          Séances
        </h2>
        {workshops.length === 0 ? (
          <EmptyState
            action={
              isAdmin ? (
                "Préparez le premier avec le formulaire « Préparer un atelier » ci-dessous."
              ) : (
                <Link href="/priorisation">Voir le tableau des priorités</Link>
              )
            }
          >
            Aucun atelier pour l&apos;instant.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {workshops.map((workshop) => (
              <li
                key={workshop.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded border border-gray-200 bg-white p-4"
              >
                <div>
                  <p className="text-lg font-semibold">
                    <Link href={`/ateliers/${workshop.id}`}>{workshop.title}</Link>
                  </p>
                  <p className="text-sm text-gray-700">
                    {formatDateTime(workshop.scheduledAt)} · {workshop._count.participants} participant
                    {workshop._count.participants > 1 ? "s" : ""}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-3">
                  <Tag tone={workshop.status === "OPEN" ? "succes" : workshop.status === "DRAFT" ? "info" : "neutre"}>
                    {STATUS_LABELS[workshop.status]}
                  </Tag>
                  {isAdmin && workshop.status !== "CLOSED" ? (
                    <Link href={`/ateliers/${workshop.id}/animation`}>
                      Animer<span className="sr-only"> « {workshop.title} »</span>
                    </Link>
                  ) : null}
                  {workshop.status === "CLOSED" ? (
                    <Link href={`/ateliers/${workshop.id}/compte-rendu`}>
                      Compte rendu<span className="sr-only"> de « {workshop.title} »</span>
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {isAdmin ? <CreateWorkshopForm defaultDate={inAnHour()} /> : null}
    </div>
  );
}

/** The form's first proposal for a new session: in an hour, as a `datetime-local` value. */
function inAnHour(): string {
  return new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
}
