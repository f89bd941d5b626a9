import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublishedSheet } from "@/lib/sheets/get-published-sheet.ts";
import { FEEDBACK_SECTIONS } from "@/lib/sheets/send-feedback.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { AVAILABILITY_LABELS, CATEGORY_LABELS } from "@/lib/catalogue/labels.ts";
import { formatDate } from "@/lib/format.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { SheetView } from "@/components/sheets/sheet-view.tsx";
import { FeedbackForm } from "@/components/sheets/feedback-form.tsx";
import { Markdown } from "@/components/markdown.tsx";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

// Public sheets are read far more than published: each is rendered once, then served from Next's cache
// (ISR) until a publication, an archive or a moderation expires it on every instance at once
// (lib/sheets/public-read-cache.ts, docs/adr/0017-cross-instance-caches.md); `revalidate` is only a
// safety net. Such a page cannot carry a per-request nonce: its content security policy is the static
// one of docs/adr/0010-static-public-sheet-pages.md.
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams() {
  // Nothing at build time (no database then): each published sheet is rendered on its first visit.
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sheet = await getPublishedSheet({ slug: (await params).slug });
  if (!sheet) return { title: "Fiche introuvable" };
  const url = `${appUrl()}/cas-usage/${sheet.slug}`;
  return {
    title: sheet.title,
    description: sheet.summary,
    alternates: {
      canonical: url,
      types: {
        "application/json": `/api/public/v1/use-cases/${sheet.slug}`,
        "text/markdown": `/api/public/v1/use-cases/${sheet.slug}/markdown`,
      },
    },
    openGraph: {
      type: "article",
      title: sheet.title,
      description: sheet.summary,
      url,
      locale: "fr_FR",
      siteName: "Atelier EFOP",
      modifiedTime: sheet.updatedAt.toISOString(),
    },
  };
}

export default async function PublicSheetPage({ params }: Props) {
  const sheet = await getPublishedSheet({ slug: (await params).slug });
  if (!sheet) notFound();
  const sectionLabel = new Map(FEEDBACK_SECTIONS.map((section) => [section.key, section.label]));
  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href="/cas-usage">← Tous les cas d'usage</Link>
      </p>
      <PageBreadcrumb current={sheet.title} />
      <h1 className="mb-3 text-3xl sm:text-4xl">{sheet.title}</h1>
      <p className="mb-3 max-w-3xl text-lg">{sheet.summary}</p>
      <p className="mb-2 flex flex-wrap gap-2">
        {sheet.paths.map((path) => (
          <Tag key={path} tone="bleu">
            {PATH_LABELS[path]}
          </Tag>
        ))}
      </p>
      <p className="mb-8 text-sm text-gray-700">
        Dernière mise à jour : <time dateTime={sheet.updatedAt.toISOString()}>{formatDate(sheet.updatedAt)}</time>{" "}
        (version {sheet.revision}) ·{" "}
        <Link href={`/api/public/v1/use-cases/${sheet.slug}/markdown`} className="no-print">
          Markdown
        </Link>{" "}
        ·{" "}
        <Link href={`/api/public/v1/use-cases/${sheet.slug}`} className="no-print">
          JSON
        </Link>
      </p>
      <SheetView content={sheet.content} />
      {(sheet.irritants.length > 0 || sheet.dataItems.length > 0) && (
        <section aria-labelledby="section-liens" className="mb-8 grid gap-6 md:grid-cols-2">
          <h2 id="section-liens" className="sr-only">
            Irritants, données et API
          </h2>
          <div>
            <h3 className="mb-2 text-xl">Irritants traités</h3>
            <ul className="space-y-1">
              {sheet.irritants.map((irritant) => (
                <li key={irritant.slug}>
                  {irritant.title} <Tag>{CATEGORY_LABELS[irritant.category]}</Tag>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-2 text-xl">Données nécessaires et API qui les détiennent</h3>
            <ul className="space-y-1">
              {sheet.dataItems.map((item) => (
                <li key={item.slug}>
                  {item.name}{" "}
                  <Tag tone={availabilityTone(item.availability)}>{AVAILABILITY_LABELS[item.availability]}</Tag>
                  {item.publicApi && (
                    <span className="text-sm text-gray-700">
                      {" "}
                      — {item.publicApi.name}
                      {item.publicApi.hypothetical ? " (hypothétique)" : ""}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      <section aria-labelledby="section-retours" className="no-print mt-12">
        <h2 id="section-retours" className="mb-4 text-2xl">
          Retours publics
        </h2>
        {sheet.feedback.length === 0 ? (
          <p className="mb-6">Aucun retour publié pour l'instant.</p>
        ) : (
          <ul className="mb-8 space-y-4">
            {sheet.feedback.map((feedback) => (
              <li key={feedback.id} className="rounded border border-gray-200 bg-white p-4">
                <p className="mb-2 text-sm text-gray-700">
                  {feedback.authorName || "Anonyme"} · {sectionLabel.get(feedback.section) ?? feedback.section} ·{" "}
                  {formatDate(feedback.createdAt)}
                </p>
                <Markdown source={feedback.message} fromPublic />
              </li>
            ))}
          </ul>
        )}
        <h3 className="mb-3 text-xl">Donner votre avis</h3>
        <FeedbackForm slug={sheet.slug} sections={FEEDBACK_SECTIONS} />
      </section>
    </article>
  );
}
