import type { Metadata } from "next";
import { listIrritants } from "@/lib/catalogue/list-irritants.ts";
import { AVAILABILITY_LABELS, CATEGORY_LABELS } from "@/lib/catalogue/labels.ts";
import { PATH_LABELS } from "@/lib/use-cases/sheet-content.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import Link from "next/link";
import { PATH_SOURCES, SOURCES } from "@/lib/wizard/wizard-definition.ts";

/** The demonstrator step that shows each irritant solved. */
function demonstratorLink(slug: string): string | null {
  const source = Object.values(SOURCES).find((candidate) => candidate.irritant === slug);
  if (!source) return null;
  const path = (Object.keys(PATH_SOURCES) as (keyof typeof PATH_SOURCES)[]).find((candidate) => PATH_SOURCES[candidate].includes(source.key))!;
  return `/demonstrateur?parcours=${path}#source-${source.key}`;
}

export const metadata: Metadata = { title: "Irritants", description: "Le catalogue des irritants relevés en atelier et les données qui les lèveraient." };

export default async function IrritantsPage() {
  const irritants = await listIrritants();
  return (
    <>
      <h1 className="mb-2 text-3xl">Irritants</h1>
      <p className="mb-8 max-w-3xl">
        Ce que les usagers, employeurs et organismes doivent fournir aujourd'hui alors qu'une administration le sait
        déjà, et les données qui permettraient de ne plus le demander.
      </p>
      <ul className="space-y-6">
        {irritants.map((irritant) => (
          <li key={irritant.slug} id={irritant.slug} className="scroll-mt-4 rounded border border-gray-200 bg-white p-6">
            <div className="mb-2 flex flex-wrap gap-2">
              <Tag>{CATEGORY_LABELS[irritant.category]}</Tag>
              {irritant.paths.map((path) => <Tag key={path} tone="bleu">{PATH_LABELS[path]}</Tag>)}
            </div>
            <h2 className="mb-2 text-xl">{irritant.title}</h2>
            <p className="mb-3">{irritant.description.replaceAll("**", "")}</p>
            {irritant.quotes.map((quote) => (
              <blockquote key={quote} className="mb-3 border-l-4 border-bleu-france pl-4 italic">« {quote} »</blockquote>
            ))}
            {demonstratorLink(irritant.slug) && (
              <p className="mb-3"><Link href={demonstratorLink(irritant.slug)!}>Voir cet irritant levé dans le démonstrateur</Link></p>
            )}
            {irritant.dataItems.length > 0 && (
              <>
                <h3 className="mb-1 text-base">Données qui le lèveraient</h3>
                <ul className="flex flex-wrap gap-2">
                  {irritant.dataItems.map(({ dataItem }) => (
                    <li key={dataItem.slug} className="flex items-center gap-1 text-sm">
                      {dataItem.name} <Tag tone={availabilityTone(dataItem.availability)}>{AVAILABILITY_LABELS[dataItem.availability]}</Tag>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
