import type { Metadata } from "next";
import Link from "next/link";
import { getGuide } from "@/lib/guide/get-guide.ts";
import { GUIDE_MARKDOWN_PATH, GUIDE_TITLE } from "@/lib/guide/guide-model.ts";
import { GuideDocument } from "@/components/guide/guide-document.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: GUIDE_TITLE,
  description:
    "Par dispositif de financement et par parcours : ce qui est encore demandé, les données qui le remplaceraient, l'API et l'habilitation de chacune, et leur disponibilité.",
  alternates: { types: { "text/markdown": GUIDE_MARKDOWN_PATH } },
};

export default async function GuidePage() {
  const guide = await getGuide();
  return (
    <article>
      <PageBreadcrumb current="Guide" />
      <ul className="no-print mb-6 flex flex-wrap gap-4 text-sm" aria-label="Autres formats du guide">
        <li>
          <Link href="/guide/imprimer">Version imprimable (PDF)</Link>
        </li>
        <li>
          <a href={GUIDE_MARKDOWN_PATH} download="guide-bonnes-pratiques-efop.md">
            Télécharger en Markdown
          </a>
        </li>
        <li>
          <Link href="/donnees-ouvertes">Données ouvertes du catalogue</Link>
        </li>
      </ul>
      <GuideDocument guide={guide} />
    </article>
  );
}
