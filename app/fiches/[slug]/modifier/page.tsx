import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getSheetWorkspace } from "@/lib/sheets/get-sheet-workspace.ts";
import { SheetEditor } from "@/components/sheets/sheet-editor.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };
export const metadata: Metadata = { title: "Modifier la fiche" };

export default async function EditSheetPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/fiches/${slug}/modifier`);
  const sheet = await getSheetWorkspace({ actor, slug });
  if (!sheet) notFound();
  if (!sheet.can.edit) {
    return <p role="alert">Cette fiche est archivée : elle ne peut plus être modifiée.</p>;
  }
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/fiches/${sheet.slug}`}>← Retour à la fiche</Link>
      </p>
      <PageBreadcrumb current={`Modifier « ${sheet.head.title} »`} labels={{ [slug]: sheet.head.title }} />
      <h1 className="mb-6 text-3xl">Modifier « {sheet.head.title} »</h1>
      <SheetEditor
        useCaseId={sheet.id}
        slug={sheet.slug}
        base={{
          id: sheet.head.id,
          number: sheet.head.number,
          title: sheet.head.title,
          summary: sheet.head.summary,
          content: sheet.head.content,
        }}
        catalogue={sheet.catalogue}
      />
    </>
  );
}
