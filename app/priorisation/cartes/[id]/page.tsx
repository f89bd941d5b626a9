import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCard } from "@/lib/board/get-card.ts";
import { KIND_LABELS } from "@/lib/board/board-layout.ts";
import { formatDateTime } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { getCommentThread } from "@/lib/comments/get-comment-thread.ts";
import { CommentThread } from "@/components/comments/comment-thread.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const card = await getCard({ cardId: (await params).id });
  return { title: card ? `Carte « ${card.title} »` : "Carte introuvable" };
}

export default async function CardPage({ params }: Props) {
  const [card, actor] = await Promise.all([getCard({ cardId: (await params).id }), getActor()]);
  if (!card) notFound();
  const thread = await getCommentThread({ actor, target: { kind: "board-card", id: card.id } });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/priorisation">← Retour au tableau</Link>
      </p>
      <Tag tone={card.kind === "irritant" ? "alerte" : "info"}>{KIND_LABELS[card.kind]}</Tag>
      <PageBreadcrumb current={card.title} />
      <h1 className="mb-2 mt-2 text-3xl">{card.title}</h1>
      <p className="mb-6">
        Colonne actuelle : <strong>{card.columnName}</strong> ·{" "}
        <Link href={card.href}>Voir la fiche {card.kind === "irritant" ? "de l'irritant" : "de la donnée"}</Link>
      </p>
      <h2 className="mb-3 text-xl">Historique de la carte</h2>
      {card.activity.length === 0 ? (
        <p>Cette carte n&apos;a pas encore été déplacée.</p>
      ) : (
        <ol className="space-y-2">
          {card.activity.map((entry) => (
            <li key={entry.id} className="rounded border border-gray-200 bg-white p-3 text-sm">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time> — <strong>{entry.who}</strong>{" "}
              {entry.what}
              {entry.from && entry.to ? (
                <>
                  {" "}
                  de « {entry.from} » vers « {entry.to} »
                </>
              ) : null}
              {entry.position ? <> (position {entry.position})</> : null}
              {entry.round ? <> — scrutin « {entry.round} »</> : null}
            </li>
          ))}
        </ol>
      )}
      {thread && <CommentThread initialThread={thread} signInPath={`/priorisation/cartes/${card.id}`} />}
    </>
  );
}
