import type { Availability, HabilitationKind, RequirementKind } from "@/lib/db/enums.ts";
import type { TPathKind } from "@/lib/sheets/sheet-content.ts";

/**
 * The guide « des bonnes pratiques et des bonnes données », as one value that
 * the web page, the printable page and the Markdown render. Dates are ISO
 * strings: the value is kept in Next's data cache, which stores JSON.
 */
export type TGuideEstimate = {
  /** Who last set the value in the app, and when; null: the value comes with the demo content, unverified. */
  setBy: { who: string; at: string } | null;
};

export type TGuideApi = {
  slug: string;
  name: string;
  provider: string;
  documentationUrl: string | null;
  hypothetical: boolean;
  habilitation: HabilitationKind | null;
  habilitationUrl: string | null;
  habilitationDetails: string | null;
  availability: Availability | null;
  /** With a source, the availability is a fact checked there (on `checkedOn` when known)… */
  availabilitySource: string | null;
  availabilityCheckedOn: string | null;
  /** …without one, it is the group's estimate. */
  availabilityEstimate: TGuideEstimate | null;
};

export type TGuideDataItem = {
  slug: string;
  name: string;
  holder: string;
  /** The data item's availability and effort are always the group's estimates. */
  availability: Availability;
  availabilityEstimate: TGuideEstimate;
  effort: number;
  effortEstimate: TGuideEstimate;
  endpoint: string | null;
  scopes: string[];
  api: TGuideApi | null;
};

export type TGuideRequirement = { label: string; kind: RequirementKind; replacedBy: TGuideDataItem[] };

export type TGuidePath = { path: TPathKind; requirements: TGuideRequirement[] };

export type TGuideScheme = {
  slug: string;
  name: string;
  description: string;
  operator: string;
  source: string;
  updatedAt: string;
  paths: TGuidePath[];
};

export type TGuide = {
  title: string;
  /** Changes exactly when the content changes: the catalogue's last update date and a hash of the content. */
  version: string;
  /** The catalogue's last change (an entry's update or a recorded change). */
  catalogueUpdatedAt: string;
  /** When this guide was generated from the catalogue. */
  generatedAt: string;
  schemes: TGuideScheme[];
};

export const GUIDE_TITLE = "Guide des bonnes pratiques et des bonnes données";
/** Where the Markdown of the guide is served (public API, listed in the OpenAPI document). */
export const GUIDE_MARKDOWN_PATH = "/api/public/v1/guide/markdown";

/** The anchor of a scheme's section, shared by the pages' table of contents and the Markdown's links. */
export const schemeAnchor = (slug: string) => `dispositif-${slug}`;
export const pathAnchor = (slug: string, path: TPathKind) =>
  `dispositif-${slug}-${path.toLowerCase().replaceAll("_", "-")}`;
