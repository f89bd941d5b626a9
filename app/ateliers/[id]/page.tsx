import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { ParticipantView } from "@/components/workshops/participant-view.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Atelier en direct" };

/** The page the QR code opens: sign-in first (then back here), then the participant's view. */
export default async function WorkshopPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/ateliers/${encodeURIComponent(id)}`);
  const workshop = await getWorkshopState({ actor, workshopId: id });
  if (!workshop) notFound();
  return (
    <>
      <PageBreadcrumb current={workshop.title} />
      {workshop.isFacilitator ? (
        <p className="mb-4 text-sm">
          <Link href={`/ateliers/${workshop.id}/animation`}>Animer cet atelier</Link> ·{" "}
          <Link href={`/ateliers/${workshop.id}/projection`}>Projection</Link>
        </p>
      ) : null}
      <ParticipantView initial={workshop} />
    </>
  );
}
