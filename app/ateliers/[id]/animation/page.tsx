import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { getWorkshopOptions } from "@/lib/workshops/get-workshop-options.ts";
import { FacilitatorView } from "@/components/workshops/facilitator-view.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Animation de l'atelier" };

export default async function WorkshopFacilitationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/ateliers/${encodeURIComponent(id)}/animation`);
  if (actor.role !== "ADMIN") notFound();
  const workshop = await getWorkshopState({ actor, workshopId: id });
  if (!workshop) notFound();
  return (
    <>
      <PageBreadcrumb current="Animation" labels={{ [id]: workshop.title }} />
      <FacilitatorView initial={workshop} options={await getWorkshopOptions({ actor })} />
    </>
  );
}
