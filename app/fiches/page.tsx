import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listSheets } from "@/lib/sheets/list-sheets.ts";
import { STATE_LABELS } from "@/lib/sheets/sheet-permissions.ts";
import { formatDateTime } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { CreateSheetForm } from "@/components/sheets/create-sheet-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Fiches en cours" };

const STATE_TONES = { DRAFT: "neutre", IN_REVIEW: "info", PUBLISHED: "succes", ARCHIVED: "alerte" } as const;

export default async function SheetsPage() {
  const actor = await requirePageActor("/fiches");
  const sheets = await listSheets({ actor });
  return (
    <>
      <PageBreadcrumb current="Fiches cas d'usage" />
      <h1 className="mb-2 text-3xl">Fiches cas d'usage</h1>
      <p className="mb-8 max-w-3xl">
        Toutes les fiches, de l'écriture à la publication. Chaque enregistrement est une version : rien ne se perd.
      </p>
      <ul className="mb-12 space-y-4">
        {sheets.map((sheet) => (
          <li key={sheet.id} className="rounded border border-gray-200 bg-white p-4">
            <div className="mb-1 flex flex-wrap items-center gap-2">
              <Tag tone={STATE_TONES[sheet.state]}>{STATE_LABELS[sheet.state]}</Tag>
              {sheet.publishedRevisionId && sheet.state !== "PUBLISHED" && sheet.state !== "ARCHIVED" && (
                <Tag tone="succes">Une version publiée reste en ligne</Tag>
              )}
              {sheet.pendingFeedback > 0 && (
                <Tag tone="alerte">
                  {sheet.pendingFeedback} retour{sheet.pendingFeedback > 1 ? "s" : ""} à modérer
                </Tag>
              )}
            </div>
            <h2 className="text-xl">
              <Link href={`/fiches/${sheet.slug}`}>{sheet.head.title}</Link>
            </h2>
            <p className="text-sm text-gray-700">
              Version {sheet.head.number} par {sheet.head.author?.name ?? sheet.head.author?.email ?? "—"}, le{" "}
              {formatDateTime(sheet.head.createdAt)}
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="titre-nouvelle">
        <h2 id="titre-nouvelle" className="mb-4 text-2xl">
          Nouvelle fiche
        </h2>
        <CreateSheetForm />
      </section>
    </>
  );
}
