import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getIrritant } from "@/lib/catalogue/get-irritant.ts";
import { AVAILABILITY_LABELS, CATEGORY_LABELS } from "@/lib/catalogue/labels.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { demonstratorLink } from "@/lib/wizard/demonstrator-link.ts";
import { formatDate } from "@/lib/format.ts";
import { CommentThread } from "@/components/comments/comment-thread.tsx";
import { getCommentThread } from "@/lib/comments/get-comment-thread.ts";
import { Markdown } from "@/components/markdown.tsx";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { EntryTools } from "@/components/catalogue/entry-header.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const irritant = await getIrritant({ slug: (await params).slug });
  return irritant
    ? { title: irritant.title, description: `Irritant : ${irritant.title}` }
    : { title: "Irritant introuvable" };
}

export default async function IrritantPage({ params }: Props) {
  const [irritant, actor] = await Promise.all([getIrritant({ slug: (await params).slug }), getActor()]);
  if (!irritant) notFound();
  // A duplicate merged into another irritant: its address leads there for good.
  if (irritant.mergedInto) permanentRedirect(`/irritants/${irritant.mergedInto.slug}`);
  const thread = await getCommentThread({ actor, target: { kind: "irritant", id: irritant.id } });
  const demo = demonstratorLink(irritant.slug);
  return (
    <article className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/irritants">← Tous les irritants</Link>
      </p>
      <div className="mb-2 flex flex-wrap gap-2">
        <Tag>{CATEGORY_LABELS[irritant.category]}</Tag>
        {irritant.paths.map((path) => (
          <Tag key={path} tone="bleu">
            {PATH_LABELS[path]}
          </Tag>
        ))}
      </div>
      <PageBreadcrumb current={irritant.title} />
      <h1 className="mb-4 text-3xl">{irritant.title}</h1>
      <EntryTools actor={actor} kind="irritant" base="/irritants" entry={irritant} />
      <Markdown source={irritant.description} />
      {irritant.source && <p className="mt-4 text-sm text-gray-700">Source : {irritant.source}.</p>}
      {irritant.quotes.length > 0 && (
        <section aria-labelledby="titre-verbatims" className="mt-6">
          <h2 id="titre-verbatims" className="mb-2 text-xl">
            Entendu en atelier
          </h2>
          {irritant.source && (
            <p className="mb-2 text-sm text-gray-700">
              Propos de participants, cités sans attribution par le compte rendu.
            </p>
          )}
          {irritant.quotes.map((quote) => (
            <blockquote key={quote} className="mb-3 border-l-4 border-bleu-france pl-4 italic">
              « {quote} »
            </blockquote>
          ))}
        </section>
      )}
      {demo && (
        <p className="mt-6">
          <Link href={demo}>Voir cet irritant levé dans le démonstrateur</Link>
        </p>
      )}
      <section aria-labelledby="titre-donnees" className="mt-6">
        <h2 id="titre-donnees" className="mb-2 text-xl">
          Données qui le lèveraient
        </h2>
        {irritant.dataItems.length === 0 ? (
          <p>Aucune donnée identifiée : l'irritant relève de l'organisation des démarches.</p>
        ) : (
          <ul className="space-y-1">
            {irritant.dataItems.map(({ dataItem }) => (
              <li key={dataItem.slug}>
                <Link href={`/donnees/${dataItem.slug}`}>{dataItem.name}</Link>{" "}
                <Tag tone={availabilityTone(dataItem.availability)}>{AVAILABILITY_LABELS[dataItem.availability]}</Tag>
                {dataItem.publicApi && (
                  <span className="text-sm text-gray-700">
                    {" "}
                    — {dataItem.publicApi.name}
                    {dataItem.publicApi.hypothetical ? " (hypothétique)" : ""}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="titre-dispositifs" className="mt-6">
        <h2 id="titre-dispositifs" className="mb-2 text-xl">
          Dispositifs de financement concernés
        </h2>
        {irritant.schemes.length === 0 ? (
          <p>Aucun dispositif relié.</p>
        ) : (
          <ul className="space-y-1">
            {irritant.schemes.map(({ scheme }) => (
              <li key={scheme.slug}>
                <Link href={`/dispositifs/${scheme.slug}`}>{scheme.name}</Link>
                {scheme.retiredAt && " (retiré)"}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="titre-fiches" className="mt-6">
        <h2 id="titre-fiches" className="mb-2 text-xl">
          Fiches cas d'usage qui le traitent
        </h2>
        {irritant.useCases.length === 0 ? (
          <p>Aucune fiche publiée ne le traite encore.</p>
        ) : (
          <ul className="space-y-1">
            {irritant.useCases.map(({ useCase }) => (
              <li key={useCase.slug}>
                <Link href={`/cas-usage/${useCase.slug}`}>{useCase.publishedRevision?.title ?? useCase.slug}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {thread && <CommentThread initialThread={thread} signInPath={`/irritants/${irritant.slug}`} />}
      <p className="mt-8 text-sm text-gray-700">Mis à jour le {formatDate(irritant.updatedAt)}</p>
    </article>
  );
}
