import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listRevisions } from "@/lib/sheets/list-revisions.ts";
import { formatDateTime } from "@/lib/format.ts";
import { RestoreRevisionButton } from "@/components/sheets/restore-revision-button.tsx";
import { Tag } from "@/components/ui/tag.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };
export const metadata: Metadata = { title: "Historique de la fiche" };

export default async function HistoryPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/fiches/${slug}/historique`);
  const history = await listRevisions({ actor, slug });
  if (!history) notFound();
  const [head] = history.revisions;
  const previous = history.revisions[1] ?? head;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/fiches/${history.slug}`}>← Retour à la fiche</Link>
      </p>
      <PageBreadcrumb current={`Historique de « ${head.title} »`} labels={{ [slug]: head.title }} />
      <h1 className="mb-6 text-3xl">Historique de « {head.title} »</h1>
      <form
        action={`/fiches/${history.slug}/comparer`}
        className="mb-8 flex flex-wrap items-end gap-4 rounded border border-gray-200 bg-white p-4"
      >
        <Select
          className="fr-mb-0"
          label="Comparer la version"
          nativeSelectProps={{ id: "comparer-de", name: "de", defaultValue: previous.number }}
        >
          {history.revisions.map((revision) => (
            <option key={revision.id} value={revision.number}>
              {revision.number}
            </option>
          ))}
        </Select>
        <Select
          className="fr-mb-0"
          label="avec la version"
          nativeSelectProps={{ id: "comparer-a", name: "a", defaultValue: head.number }}
        >
          {history.revisions.map((revision) => (
            <option key={revision.id} value={revision.number}>
              {revision.number}
            </option>
          ))}
        </Select>
        <Button type="submit">Comparer</Button>
      </form>
      <ol className="space-y-3">
        {history.revisions.map((revision) => (
          <li
            key={revision.id}
            className="flex flex-wrap items-center gap-3 rounded border border-gray-200 bg-white p-3"
          >
            <span className="flex-1">
              <strong>Version {revision.number}</strong>
              {revision.id === history.publishedRevisionId && (
                <>
                  {" "}
                  <Tag tone="succes">Publiée</Tag>
                </>
              )}{" "}
              — {revision.author?.name ?? revision.author?.email ?? "—"}, le {formatDateTime(revision.createdAt)}
              {revision.message && <span className="block text-sm">« {revision.message} »</span>}
            </span>
            {revision.id !== head.id && (
              <RestoreRevisionButton
                useCaseId={history.id}
                revisionId={revision.id}
                number={revision.number}
                baseRevisionId={head.id}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
