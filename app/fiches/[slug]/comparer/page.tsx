import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { compareRevisions } from "@/lib/sheets/list-revisions.ts";
import { formatDateTime } from "@/lib/format.ts";
import { GRANULARITY_NOTES } from "@/lib/sheets/diff-revisions.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
export const metadata: Metadata = { title: "Comparer deux versions" };

const ZCompareQuery = z.object({ de: z.coerce.number().int().min(1), a: z.coerce.number().int().min(1) });

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/fiches/${slug}/historique`);
  const query = ZCompareQuery.safeParse(await searchParams);
  if (!query.success) notFound();
  const comparison = await compareRevisions({ actor, slug, from: query.data.de, to: query.data.a });
  if (!comparison) notFound();
  const changed = comparison.sections.filter((section) => section.changed);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/fiches/${slug}/historique`}>← Historique</Link>
      </p>
      <PageBreadcrumb current="Comparer deux versions" labels={{ [slug]: comparison.after.title }} />
      <h1 className="mb-2 text-3xl">
        Version {comparison.before.number} → version {comparison.after.number}
      </h1>
      <p className="mb-2 text-sm">
        Version {comparison.before.number} : {comparison.before.author?.name ?? "—"},{" "}
        {formatDateTime(comparison.before.createdAt)} · Version {comparison.after.number} :{" "}
        {comparison.after.author?.name ?? "—"}, {formatDateTime(comparison.after.createdAt)}
      </p>
      <p className="mb-8">
        <span className="rounded bg-[var(--background-contrast-success)] px-1">Texte ajouté</span>,{" "}
        <span className="rounded bg-[var(--background-contrast-error)] px-1 line-through">texte retiré</span>.
        {changed.length === 0
          ? " Aucune différence."
          : ` ${changed.length} partie${changed.length > 1 ? "s" : ""} modifiée${changed.length > 1 ? "s" : ""}.`}
      </p>
      <div className="space-y-6">
        {changed.map((section) => (
          <section
            key={section.key}
            aria-labelledby={`diff-${section.key}`}
            className="rounded border border-gray-200 bg-white p-4"
          >
            <h2 id={`diff-${section.key}`} className="mb-2 text-xl">
              {section.label}
            </h2>
            {section.granularity !== "words" && (
              <p className="mb-2 text-sm italic text-gray-700">{GRANULARITY_NOTES[section.granularity]}</p>
            )}
            <p className="whitespace-pre-wrap break-words">
              {section.parts.map((part, index) =>
                part.added ? (
                  <ins key={index} className="bg-[var(--background-contrast-success)] no-underline">
                    {part.value}
                  </ins>
                ) : part.removed ? (
                  <del key={index} className="bg-[var(--background-contrast-error)]">
                    {part.value}
                  </del>
                ) : (
                  <span key={index}>{part.value}</span>
                ),
              )}
            </p>
          </section>
        ))}
      </div>
    </>
  );
}
