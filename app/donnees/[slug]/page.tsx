import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDataItem } from "@/lib/catalogue/list-data-items.ts";
import { AVAILABILITY_LABELS, EFFORT_LABELS } from "@/lib/catalogue/labels.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { formatDate } from "@/lib/format.ts";
import { Markdown } from "@/components/markdown.tsx";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { EntryTools } from "@/components/catalogue/entry-header.tsx";
import { EstimateNote } from "@/components/catalogue/estimate-note.tsx";
import { CommentThread } from "@/components/comments/comment-thread.tsx";
import { getCommentThread } from "@/lib/comments/get-comment-thread.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await getDataItem({ slug: (await params).slug });
  return item ? { title: item.name, description: item.definition } : { title: "Donnée introuvable" };
}

export default async function DataItemPage({ params }: Props) {
  const [item, actor] = await Promise.all([getDataItem({ slug: (await params).slug }), getActor()]);
  if (!item) notFound();
  const thread = await getCommentThread({ actor, target: { kind: "data-item", id: item.id } });
  return (
    <article className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/donnees">← Toutes les données</Link>
      </p>
      <PageBreadcrumb current={item.name} />
      <h1 className="mb-3 text-3xl">{item.name}</h1>
      <EntryTools actor={actor} kind="data-item" base="/donnees" entry={item} />
      <p className="mb-4 flex flex-wrap gap-2">
        {item.paths.map((path) => (
          <Tag key={path} tone="bleu">
            {PATH_LABELS[path]}
          </Tag>
        ))}
      </p>
      <Markdown source={item.definition} />
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Identifiant ou format</dt>
        <dd>{item.format ?? "—"}</dd>
        <dt className="font-semibold">Qui la détient</dt>
        <dd>{item.holder}</dd>
        <dt className="font-semibold">API</dt>
        <dd>
          {item.publicApi ? (
            <>
              <Link href={`/api-publiques/${item.publicApi.slug}`}>{item.publicApi.name}</Link> (
              {item.publicApi.provider})
              {item.publicApi.hypothetical && (
                <>
                  {" "}
                  <Tag tone="alerte">Hypothétique</Tag>
                </>
              )}
            </>
          ) : (
            "Aucune API à ce jour"
          )}
        </dd>
        <dt className="font-semibold">Disponibilité</dt>
        <dd>
          <Tag tone={availabilityTone(item.availability)}>{AVAILABILITY_LABELS[item.availability]}</Tag>{" "}
          <EstimateNote author={item.estimatedBy.availability} />
        </dd>
        <dt className="font-semibold">Effort d'intégration</dt>
        <dd>
          {EFFORT_LABELS[item.effort]} ({item.effort}/5) <EstimateNote author={item.estimatedBy.effort} />
        </dd>
        <dt className="font-semibold">Scopes à demander</dt>
        <dd>
          {item.scopes.length
            ? item.scopes.map((scope) => (
                <code key={scope} className="mr-2 inline-block">
                  {scope}
                </code>
              ))
            : "À préciser"}
        </dd>
        <dt className="font-semibold">Point d'accès</dt>
        <dd>{item.endpoint ? <code className="break-all">{item.endpoint}</code> : "—"}</dd>
      </dl>
      <section aria-labelledby="titre-irritants" className="mt-6">
        <h2 id="titre-irritants" className="mb-2 text-xl">
          Irritants qu'elle lèverait
        </h2>
        {item.irritants.length === 0 ? (
          <p>Aucun irritant relié.</p>
        ) : (
          <ul className="space-y-1">
            {item.irritants.map(({ irritant }) => (
              <li key={irritant.slug}>
                <Link href={`/irritants/${irritant.slug}`}>{irritant.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {thread && <CommentThread initialThread={thread} signInPath={`/donnees/${item.slug}`} />}
      <p className="mt-8 text-sm text-gray-700">Mis à jour le {formatDate(item.updatedAt)}</p>
    </article>
  );
}
