import { env } from "@/lib/config/env.ts";
import {
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_LABELS,
  type TOrganisationType,
} from "@/lib/organisations/organisation-types.ts";

export const DEFAULT_MINIMUM_GROUP_SIZE = 3;

/**
 * RESULTS_MIN_GROUP_SIZE (at least 2: a group of one voter would reveal the ballot), checked with the configuration.
 */
export function minimumGroupSize(): number {
  return env().RESULTS_MIN_GROUP_SIZE;
}

export const OTHERS_LABEL = "Autres";

/** The rule as it is stated beside every breakdown (page, CSV, public API). */
export function groupSizeRule(minimum: number): string {
  return `Secret du vote : un type d'organisation n'est détaillé qu'à partir de ${minimum} votants ; les plus petits sont regroupés dans « ${OTHERS_LABEL} », lui-même publié seulement s'il atteint ${minimum} votants (sinon le plus petit groupe détaillé le rejoint).`;
}

export type TTypeGroup<TBallot> = { type: TOrganisationType; ballots: TBallot[]; eligible: number };
export type TMergedGroup<TBallot> = {
  key: string;
  label: string;
  types: TOrganisationType[];
  ballots: TBallot[];
  eligible: number;
};

/**
 * The groups of a results breakdown that keep every ballot secret: a type with
 * fewer than `minimum` voters is merged into « Autres ». If « Autres » itself has
 * voters but fewer than `minimum`, the smallest detailed group joins it, again
 * and again, because the total minus the detailed groups would reveal it. When
 * fewer than `minimum` people voted in all, no breakdown is published (`withheld`).
 * Whatever is published, every group and the total minus the published groups
 * count either no voter or at least `minimum`.
 */
export function mergeSmallGroups<TBallot>(
  groups: TTypeGroup<TBallot>[],
  minimum: number,
): { groups: TMergedGroup<TBallot>[]; withheld: boolean } {
  const ordered = [...groups].sort((a, b) => ORGANISATION_TYPES.indexOf(a.type) - ORGANISATION_TYPES.indexOf(b.type));
  const total = ordered.reduce((sum, group) => sum + group.ballots.length, 0);
  if (total < minimum) return { groups: [], withheld: true };
  const detailed = ordered.filter((group) => group.ballots.length >= minimum);
  const others = ordered.filter((group) => group.ballots.length < minimum);
  const othersVoters = () => others.reduce((sum, group) => sum + group.ballots.length, 0);
  while (othersVoters() > 0 && othersVoters() < minimum) {
    // The smallest detailed group (the last in type order among equals) joins « Autres ».
    const smallest = detailed.reduce(
      (best, group, index) => (group.ballots.length <= detailed[best].ballots.length ? index : best),
      0,
    );
    others.push(...detailed.splice(smallest, 1));
  }
  const merged: TMergedGroup<TBallot>[] = detailed.map((group) => ({
    key: group.type,
    label: ORGANISATION_TYPE_LABELS[group.type],
    types: [group.type],
    ballots: group.ballots,
    eligible: group.eligible,
  }));
  if (others.length > 0) {
    const types = others
      .map((group) => group.type)
      .sort((a, b) => ORGANISATION_TYPES.indexOf(a) - ORGANISATION_TYPES.indexOf(b));
    merged.push({
      key: "AUTRES",
      label: `${OTHERS_LABEL} (${types.map((type) => ORGANISATION_TYPE_LABELS[type]).join(", ")})`,
      types,
      ballots: others.flatMap((group) => group.ballots),
      eligible: others.reduce((sum, group) => sum + group.eligible, 0),
    });
  }
  return { groups: merged, withheld: false };
}
