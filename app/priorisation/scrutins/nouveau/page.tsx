import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getBoard } from "@/lib/board/get-board.ts";
import { AdminOnly } from "@/components/admin/admin-nav.tsx";
import { CreateRoundForm } from "@/components/rounds/create-round-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Nouveau scrutin" };

export default async function NewRoundPage() {
  const actor = await requirePageActor("/priorisation/scrutins/nouveau");
  if (actor.role !== "ADMIN") return <AdminOnly />;
  const columns = await getBoard();
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/priorisation/scrutins">← Tous les scrutins</Link>
      </p>
      <PageBreadcrumb current="Nouveau scrutin de priorisation" />
      <h1 className="mb-6 text-3xl">Nouveau scrutin de priorisation</h1>
      <CreateRoundForm
        columns={columns.map((column) => ({
          id: column.id,
          name: column.name,
          cards: column.cards.map((card) => ({ id: card.id, title: card.title })),
        }))}
      />
    </>
  );
}
