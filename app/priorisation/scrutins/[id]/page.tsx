import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor.ts";
import { getRound } from "@/lib/rounds/get-round.ts";
import { RoundView } from "@/components/rounds/round-view.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const round = await getRound({ actor: await getActor(), roundId: (await params).id });
  return { title: round ? `Scrutin « ${round.title} »` : "Scrutin introuvable", description: round?.question };
}

export default async function RoundPage({ params }: Props) {
  const actor = await getActor();
  const round = await getRound({ actor, roundId: (await params).id });
  if (!round) notFound();
  return (
    <>
      <PageBreadcrumb current={round.title} />
      <p className="mb-4 text-sm">
        <Link href="/priorisation/scrutins">← Tous les scrutins</Link>
      </p>
      <RoundView initialRound={round} isAdmin={actor?.role === "ADMIN"} />
    </>
  );
}
