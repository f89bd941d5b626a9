import { formatDate } from "@/lib/format.ts";
import { AVAILABILITY_LABELS, EFFORT_LABELS, HABILITATION_LABELS } from "@/lib/catalogue/labels.ts";
import type { TGuideApi, TGuideDataItem, TGuideEstimate } from "./guide-model.ts";

/** The words the three forms of the guide share, so that the page, the print and the Markdown say the same thing. */

export const REQUIREMENT_KIND_LABELS = { DOCUMENT: "Pièce justificative", DATA: "Information saisie" } as const;

export const GUIDE_INTRODUCTION =
  "Pour chaque dispositif de financement et chaque parcours : ce qui est encore demandé aujourd'hui aux usagers, " +
  "les données qui permettraient de ne plus le demander, l'API publique qui les sert, la procédure d'habilitation " +
  "à suivre et les scopes à demander, et la disponibilité de chaque donnée. Les valeurs qui sont des estimations " +
  "du groupe sont signalées comme telles, avec qui les a renseignées.";

export function estimateText(estimate: TGuideEstimate): string {
  return estimate.setBy
    ? `estimation du groupe, renseignée par ${estimate.setBy.who} le ${formatDate(new Date(estimate.setBy.at))}`
    : "estimation du groupe, valeur de démonstration non vérifiée";
}

/** The data item's availability, always an estimate of the group. */
export function dataItemAvailabilityText(item: TGuideDataItem): string {
  return `${AVAILABILITY_LABELS[item.availability]} (${estimateText(item.availabilityEstimate)})`;
}

export function effortText(item: TGuideDataItem): string {
  return `${EFFORT_LABELS[item.effort] ?? item.effort} (${item.effort}/5, ${estimateText(item.effortEstimate)})`;
}

/** The API's availability: a fact with its source and date, or the group's estimate. */
export function apiAvailabilityText(api: TGuideApi): string {
  if (!api.availability) return "non renseignée";
  const label = AVAILABILITY_LABELS[api.availability];
  if (api.availabilityEstimate) return `${label} (${estimateText(api.availabilityEstimate)})`;
  const checked = api.availabilityCheckedOn ? `, vérifiée le ${formatDate(new Date(api.availabilityCheckedOn))}` : "";
  return `${label} (source : ${api.availabilitySource}${checked})`;
}

export function habilitationText(api: TGuideApi): string {
  return api.habilitation ? HABILITATION_LABELS[api.habilitation] : "Procédure non renseignée";
}
