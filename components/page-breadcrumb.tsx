"use client";
import { usePathname } from "next/navigation";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { breadcrumbSegments } from "./breadcrumb-trail.ts";

/**
 * The DSFR breadcrumb of an inner page, derived from its path: the home page, each ancestor page, then `current`.
 * An ancestor named by a slug or an id (`/irritants/<slug>` above its history) takes its label from `labels`, keyed by
 * that segment: the page that shows it has read its title.
 */
export function PageBreadcrumb({ current, labels = {} }: { current: string; labels?: Record<string, string> }) {
  const segments = breadcrumbSegments(usePathname(), labels);
  return <Breadcrumb currentPageLabel={current} homeLinkProps={{ href: "/" }} segments={segments} />;
}
