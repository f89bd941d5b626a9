import type { Metadata } from "next";
import { listPublishedUseCases } from "@/lib/use-cases/list-published-use-cases.ts";
import { PATH_LABELS } from "@/lib/use-cases/sheet-content.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";

export const metadata: Metadata = { title: "Cas d'usage", description: "Les fiches cas d'usage publiées par le groupe Data EFOP." };

export default async function UseCasesPage() {
  const useCases = await listPublishedUseCases();
  return (
    <>
      <h1 className="mb-2 text-3xl">Cas d'usage publiés</h1>
      <p className="mb-8 max-w-3xl">Les fiches rédigées, relues puis publiées par les membres du groupe.</p>
      {useCases.length === 0 ? (
        <p>Aucune fiche n'est encore publiée.</p>
      ) : (
        <ul className="space-y-6">
          {useCases.map((useCase) => (
            <li key={useCase.slug} className="rounded border border-gray-200 bg-white p-6">
              <h2 className="mb-2 text-xl">{useCase.title}</h2>
              <p className="mb-3">{useCase.summary}</p>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {useCase.paths.map((path) => (
                  <Tag key={path} tone="bleu">{PATH_LABELS[path]}</Tag>
                ))}
                {useCase.publishedAt && <span>Publiée le {formatDate(useCase.publishedAt)}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
