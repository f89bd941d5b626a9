/**
 * Fairness of a round (ADR 0027): how members' ballots become the voices the
 * tally counts. Pure, shared by the vote page, the results, the CSV and the
 * public API so that all of them state and apply the same rule.
 */
import { z } from "zod";
import { enumValues, VoteFairness, type VoteMethod } from "@/lib/db/enums.ts";
import {
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_LABELS,
  type TOrganisationType,
} from "@/lib/organisations/organisation-types.ts";
import { GRADES, GRADE_LABELS, type TBallotForTally, type TGrade, type TVoice } from "./tally.ts";

export const FAIRNESS_MODES = enumValues(VoteFairness);
export type TFairnessMode = VoteFairness;
export const FAIRNESS_LABELS: Record<TFairnessMode, string> = {
  PER_MEMBER: "Une voix par membre",
  PER_ORGANISATION: "Une voix par organisation",
  WEIGHTED_BY_TYPE: "Pondération par type d'organisation",
};

/** Who a dot-voting card's « supporters » are under each rule (results page and CSV). */
export const SUPPORTERS_LABELS: Record<TFairnessMode, string> = {
  PER_MEMBER: "Membres l'ayant soutenue",
  PER_ORGANISATION: "Voix (organisations) l'ayant soutenue",
  WEIGHTED_BY_TYPE: "Voix pondérées l'ayant soutenue",
};

export const MAX_TYPE_WEIGHT = 10;
/** Integer weights: a voice of weight w is exactly w identical ballots, so majority judgment keeps its usual median. */
export const ZTypeWeights = z
  .object(
    Object.fromEntries(
      ORGANISATION_TYPES.map((type) => [
        type,
        z
          .number({ message: `Indiquez le poids du type « ${ORGANISATION_TYPE_LABELS[type]} ».` })
          .int(`Le poids du type « ${ORGANISATION_TYPE_LABELS[type]} » doit être un nombre entier.`)
          .min(0, `Le poids du type « ${ORGANISATION_TYPE_LABELS[type]} » ne peut pas être négatif.`)
          .max(
            MAX_TYPE_WEIGHT,
            `Le poids du type « ${ORGANISATION_TYPE_LABELS[type]} » ne peut pas dépasser ${MAX_TYPE_WEIGHT}.`,
          ),
      ]),
    ) as Record<TOrganisationType, z.ZodNumber>,
  )
  .refine((weights) => Object.values(weights).some((weight) => weight > 0), {
    message: "Au moins un type d'organisation doit avoir un poids supérieur à 0.",
  });
export type TTypeWeights = Record<TOrganisationType, number>;

export type TFairnessRule =
  { mode: "PER_MEMBER" } | { mode: "PER_ORGANISATION" } | { mode: "WEIGHTED_BY_TYPE"; weights: TTypeWeights };

/** The rule of a stored round (its weights are validated again: a JSON column is not typed). */
export function fairnessRuleOf(round: { fairness: TFairnessMode; typeWeights: unknown }): TFairnessRule {
  if (round.fairness === "WEIGHTED_BY_TYPE") {
    // A type added to the enum after the round was created weighs 1, as a round without weights would count it.
    const stored = {
      ...Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, 1])),
      ...(round.typeWeights as object),
    };
    return { mode: "WEIGHTED_BY_TYPE", weights: ZTypeWeights.parse(stored) };
  }
  return { mode: round.fairness };
}

/** A member's ballot with what the fairness rule needs to know about the member. */
export type TVoterBallot = TBallotForTally & {
  voterId: string;
  organisationId: string | null;
  organisationType: TOrganisationType;
};

/** The lower median, as majority judgment takes it. */
function lowerMedianGrade(grades: TGrade[]): TGrade {
  const sorted = [...grades].sort((a, b) => GRADES.indexOf(a) - GRADES.indexOf(b));
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * One organisation's members as one voice. Dot voting: their points add up
 * (they share one budget, enforced when voting). Majority judgment: on each
 * card, the median of the grades of its members who voted, a card a member
 * left ungraded counting as « Pas nécessaire » for that member.
 */
function combine(method: VoteMethod, members: TBallotForTally[]): TBallotForTally {
  const cardIds = [...new Set(members.flatMap((ballot) => ballot.entries.map((entry) => entry.cardId)))];
  if (method === "DOT_VOTING") {
    return {
      entries: cardIds.map((cardId) => ({
        cardId,
        points: members.reduce(
          (sum, ballot) => sum + (ballot.entries.find((entry) => entry.cardId === cardId)?.points ?? 0),
          0,
        ),
        grade: null,
      })),
    };
  }
  const voters = members.filter((ballot) => ballot.entries.some((entry) => entry.grade));
  if (voters.length === 0) return { entries: [] };
  return {
    entries: cardIds.map((cardId) => ({
      cardId,
      points: null,
      grade: lowerMedianGrade(
        voters.map((ballot) => ballot.entries.find((entry) => entry.cardId === cardId)?.grade ?? "PAS_NECESSAIRE"),
      ),
    })),
  };
}

/**
 * The voices of a round under its rule. A member without an organisation is
 * an organisation of one under « une voix par organisation », and of type
 * « Autre » under weights. Ballots without any entry are not voices.
 */
export function ballotsToVoices(method: VoteMethod, rule: TFairnessRule, ballots: TVoterBallot[]): TVoice[] {
  const cast = ballots.filter((ballot) => ballot.entries.length > 0);
  if (rule.mode === "PER_MEMBER") return cast.map(({ entries }) => ({ entries, weight: 1 }));
  if (rule.mode === "WEIGHTED_BY_TYPE")
    return cast.map(({ entries, organisationType }) => ({ entries, weight: rule.weights[organisationType] }));
  const byOrganisation = new Map<string, TBallotForTally[]>();
  for (const ballot of cast) {
    const key = ballot.organisationId ? `organisation:${ballot.organisationId}` : `member:${ballot.voterId}`;
    byOrganisation.set(key, [...(byOrganisation.get(key) ?? []), ballot]);
  }
  return [...byOrganisation.values()].map((members) => ({ ...combine(method, members), weight: 1 }));
}

/** The rule in French, as the results page, the CSV and the public API state it. */
export function fairnessRuleText(method: VoteMethod, rule: TFairnessRule, budget: number | null = null): string {
  switch (rule.mode) {
    case "PER_MEMBER":
      return "Une voix par membre : chaque bulletin compte pour une voix.";
    case "PER_ORGANISATION":
      return method === "DOT_VOTING"
        ? `Une voix par organisation : les membres d'une même organisation se partagent un seul budget${budget ? ` de ${budget} points` : ""} et un seul maximum par carte ; leurs points s'additionnent. Un membre sans organisation vote pour lui-même.`
        : `Une voix par organisation : sur chaque carte, la mention d'une organisation est la médiane des mentions de ses membres votants (la plus basse des deux en cas d'égalité ; une carte laissée sans mention compte « ${GRADE_LABELS.PAS_NECESSAIRE} ») ; chaque organisation compte ensuite pour une voix. Un membre sans organisation vote pour lui-même.`;
    case "WEIGHTED_BY_TYPE":
      return `Pondération par type d'organisation : le bulletin d'un membre compte autant de fois que le poids du type de son organisation (${typeWeightsText(rule.weights)}) ; un membre sans organisation relève du type « ${ORGANISATION_TYPE_LABELS.AUTRE} ».`;
  }
}

/** « État / DGEFP × 2, Région × 1, … » in the order of organisation types. */
export function typeWeightsText(weights: TTypeWeights): string {
  return ORGANISATION_TYPES.map((type) => `${ORGANISATION_TYPE_LABELS[type]} × ${weights[type]}`).join(", ");
}
