import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listRevisions } from "@/lib/sheets/list-revisions.ts";
import { formatDateTime } from "@/lib/format.ts";
import { RestoreRevisionButton } from "@/components/sheets/restore-revision-button.tsx";
import { Tag } from "@/components/ui/tag.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };
export const metadata: Metadata = { title: "Historique de la fiche" };

const selectClass = "rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2";

export default async function HistoryPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/fiches/${slug}/historique`);
  const history = await listRevisions({ actor, slug });
  if (!history) notFound();
  const [head] = history.revisions;
  const previous = history.revisions[1] ?? head;
  return (
    <>
      <p className="mb-2 text-sm"><Link href={`/fiches/${history.slug}`}>← Retour à la fiche</Link></p>
      <PageBreadcrumb current={`Historique de « ${head.title} »`} labels={{ [slug]: head.title }} />
      <h1 className="mb-6 text-3xl">Historique de « {head.title} »</h1>
      <form action={`/fiches/${history.slug}/comparer`} className="mb-8 flex flex-wrap items-end gap-4 rounded border border-gray-200 bg-white p-4">
        <div>
          <label htmlFor="comparer-de" className="mb-1 block font-medium">Comparer la version</label>
          <select id="comparer-de" name="de" defaultValue={previous.number} className={selectClass}>
            {history.revisions.map((revision) => <option key={revision.id} value={revision.number}>{revision.number}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="comparer-a" className="mb-1 block font-medium">avec la version</label>
          <select id="comparer-a" name="a" defaultValue={head.number} className={selectClass}>
            {history.revisions.map((revision) => <option key={revision.id} value={revision.number}>{revision.number}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover">Comparer</button>
      </form>
      <ol className="space-y-3">
        {history.revisions.map((revision) => (
          <li key={revision.id} className="flex flex-wrap items-center gap-3 rounded border border-gray-200 bg-white p-3">
            <span className="flex-1">
              <strong>Version {revision.number}</strong>{revision.id === history.publishedRevisionId && <> <Tag tone="succes">Publiée</Tag></>}
              {" "}— {revision.author?.name ?? revision.author?.email ?? "—"}, le {formatDateTime(revision.createdAt)}
              {revision.message && <span className="block text-sm">« {revision.message} »</span>}
            </span>
            {revision.id !== head.id && (
              <RestoreRevisionButton useCaseId={history.id} revisionId={revision.id} number={revision.number} baseRevisionId={head.id} />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
