import type { Metadata } from "next";
import Link from "next/link";
import { SITE_MAP, type TAudience } from "@/lib/site/site-map.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Plan du site", description: "Toutes les pages de l'Atelier EFOP." };

const AUDIENCE_NOTE: Record<TAudience, string | null> = {
  public: null,
  member: " (membres connectés)",
  admin: " (animation du groupe)",
};

export default function SiteMapPage() {
  return (
    <article className="max-w-3xl">
      <PageBreadcrumb current="Plan du site" />
      <h1>Plan du site</h1>
      {SITE_MAP.map((section) => (
        <section key={section.title} aria-labelledby={`plan-${section.pages[0].href}`}>
          <h2 id={`plan-${section.pages[0].href}`} className="fr-h4">
            {section.title}
          </h2>
          <ul>
            {section.pages.map((page) => (
              <li key={page.href}>
                <Link href={page.href}>{page.label}</Link>
                {AUDIENCE_NOTE[page.audience]}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
