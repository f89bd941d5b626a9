import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { workshopJoinUrl, workshopQrSvg } from "@/lib/workshops/workshop-qr-code.ts";
import { ProjectionView } from "@/components/workshops/projection-view.tsx";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Projection de l'atelier" };

export default async function WorkshopProjectionPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/ateliers/${encodeURIComponent(id)}/projection`);
  const workshop = await getWorkshopState({ actor, workshopId: id });
  if (!workshop) notFound();
  return (
    <ProjectionView
      initial={workshop}
      joinUrl={workshopJoinUrl(workshop.id)}
      qrSvg={await workshopQrSvg(workshop.id)}
    />
  );
}
