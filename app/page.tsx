import Link from "next/link";
import { getHomeFigures } from "@/lib/home/get-home-figures.ts";
import { formatDate, formatNumber } from "@/lib/format.ts";
import { getActor } from "@/lib/auth/get-actor.ts";
import { listMyWorkshopActions } from "@/lib/workshops/list-my-workshop-actions.ts";

// Live figures from the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const figures = await getHomeFigures();
  const actor = await getActor();
  const myActions = actor ? await listMyWorkshopActions({ actor }) : [];
  const sections = [
    {
      href: "/cas-usage",
      title: "Cas d'usage",
      text: `${formatNumber(figures.publishedSheets)} fiches publiées, dont « Formation financée » en trois parcours : particulier, employeur, organisme de formation.`,
    },
    {
      href: "/irritants",
      title: "Irritants",
      text: `${formatNumber(figures.irritants)} irritants recensés en atelier et ${formatNumber(figures.dataItems)} données qui les lèveraient, dont ${formatNumber(figures.availableDataItems)} déjà disponibles par API.`,
    },
    {
      href: "/priorisation",
      title: "Priorisation",
      text: "Le tableau des données à intégrer en premier, instruit et voté par les membres du groupe.",
    },
    {
      href: "/demonstrateur",
      title: "Démonstrateur",
      text: "Les API publiques qu'interroge le pré-remplissage « Dites-le-nous une fois ».",
    },
  ];
  return (
    <>
      <section className="mb-10">
        <h1 className="mb-4 text-3xl sm:text-4xl">Ne demander qu'une fois ce que les administrations savent déjà</h1>
        <p className="max-w-3xl text-lg">
          Le groupe Data EFOP réunit la DGEFP, les Régions, les OPCO, Transitions Pro, les Carif-Oref, France Travail,
          la Caisse des Dépôts et les organismes de formation ({formatNumber(figures.organisations)} organisations dans
          l'atelier). Objectif : qu'une personne, un employeur ou un organisme qui demande un financement de formation
          (CPF, PTP, aide régionale, VAE) ne fournisse plus ce qui est déjà connu.
        </p>
      </section>
      {myActions.length ? (
        <section aria-labelledby="titre-mes-actions" className="mb-10 rounded border border-gray-200 bg-white p-6">
          <h2 id="titre-mes-actions" className="mb-3 text-xl">
            Mes actions d&apos;atelier
          </h2>
          <ul className="space-y-2">
            {myActions.map((action) => (
              <li key={action.id}>
                <strong className={action.overdue ? "text-[var(--text-default-error)]" : ""}>
                  {action.overdue ? "En retard : " : ""}pour le {formatDate(new Date(`${action.dueOn}T12:00:00.000Z`))}
                </strong>{" "}
                — {action.text}{" "}
                <span className="text-sm text-gray-700">
                  ({action.owner}, atelier{" "}
                  <Link href={`/ateliers/${action.workshop.id}/compte-rendu`}>{action.workshop.title}</Link>)
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="grid gap-6 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.href} className="rounded border border-gray-200 bg-white p-6">
            <h2 className="mb-2 text-xl">
              <Link href={section.href}>{section.title}</Link>
            </h2>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
