import type { Metadata } from "next";
import Link from "next/link";
import { getGuide } from "@/lib/guide/get-guide.ts";
import { GUIDE_TITLE } from "@/lib/guide/guide-model.ts";
import { GuideDocument } from "@/components/guide/guide-document.tsx";
import { PrintButton } from "@/components/guide/print-button.tsx";

export const metadata: Metadata = { title: `${GUIDE_TITLE} — version imprimable` };

/** The guide to print or save as PDF: the print stylesheet leaves out the site's header, banner and footer. */
export default async function PrintableGuidePage() {
  const guide = await getGuide();
  return (
    <article className="guide-printable">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <PrintButton />
        <Link href="/guide">Retour au guide en ligne</Link>
      </div>
      <GuideDocument guide={guide} />
    </article>
  );
}
