import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getWorkshopMinutes } from "@/lib/workshops/get-workshop-minutes.ts";
import { workshopMinutesMarkdown } from "@/lib/workshops/workshop-minutes-markdown.ts";
import { Markdown } from "@/components/markdown.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Compte rendu d'atelier" };

/** The minutes as a page (printable: the site's print stylesheet drops navigation and footer) and as Markdown. */
export default async function WorkshopMinutesPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/ateliers/${encodeURIComponent(id)}/compte-rendu`);
  const minutes = await getWorkshopMinutes({ actor, workshopId: id });
  if (!minutes) notFound();
  return (
    <article className="minutes space-y-4">
      <PageBreadcrumb current="Compte rendu" labels={{ [id]: minutes.title }} />
      <p className="no-print text-sm">
        <Link href="/ateliers">← Tous les ateliers</Link> ·{" "}
        <a href={`/ateliers/${minutes.id}/compte-rendu/markdown`} download>
          Télécharger en Markdown
        </a>
      </p>
      {!minutes.closedAt ? (
        <p role="note" className="no-print rounded bg-[var(--background-contrast-yellow-tournesol)] p-2">
          L&apos;atelier n&apos;est pas clos : ce compte rendu est provisoire.
        </p>
      ) : null}
      <Markdown source={workshopMinutesMarkdown(minutes, "")} />
    </article>
  );
}
