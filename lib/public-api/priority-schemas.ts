import { z } from "zod";
import { VoteMethod } from "@/lib/db/enums.ts";
import { ORGANISATION_TYPES } from "@/lib/organisations/organisation-types.ts";
import { GRADES } from "@/lib/rounds/tally.ts";
import { FAIRNESS_MODES } from "@/lib/rounds/fairness.ts";

const ZGradeProfile = z.object(
  Object.fromEntries(GRADES.map((grade) => [grade, z.int().min(0)])) as Record<(typeof GRADES)[number], z.ZodInt>,
);

export const ZPublicPriorityEntry = z
  .object({
    rank: z.int().min(1),
    kind: z.enum(["irritant", "donnee"]),
    slug: z.string(),
    title: z.string(),
    points: z.int().min(0).optional().describe("Vote par points : total des points reçus."),
    supporters: z
      .int()
      .min(0)
      .optional()
      .describe(
        "Vote par points : nombre de voix ayant donné des points (membres, organisations ou voix pondérées selon `fairness`).",
      ),
    majorityGrade: z.enum(GRADES).optional().describe("Jugement majoritaire : mention majoritaire."),
    profile: ZGradeProfile.optional().describe(
      "Jugement majoritaire : nombre de mentions de chaque niveau (voix comptées selon `fairness`).",
    ),
  })
  .meta({ id: "PriorityEntry" });

export const ZPublicPriorityBreakdown = z
  .object({
    minimumGroupSize: z.int().min(2).describe("Nombre minimal de votants d'un groupe publié à part (3 par défaut)."),
    rule: z.string().describe("La règle de secret du vote, en français."),
    withheld: z
      .boolean()
      .describe("Vrai quand moins de `minimumGroupSize` membres ont voté en tout : aucun groupe n'est publié."),
    groups: z
      .array(
        z.object({
          label: z.string().describe("Le type d'organisation, ou « Autres (…) » pour les types regroupés."),
          organisationTypes: z.array(z.enum(ORGANISATION_TYPES)).describe("Les types d'organisation du groupe."),
          voters: z.int().min(0).describe("Votants du groupe : 0 ou au moins `minimumGroupSize`."),
          eligible: z.int().min(0).describe("Membres du groupe appelés à voter."),
          results: z.array(
            z.object({
              kind: z.enum(["irritant", "donnee"]),
              slug: z.string(),
              points: z.int().min(0).optional().describe("Vote par points : points reçus de ce groupe."),
              majorityGrade: z
                .enum(GRADES)
                .optional()
                .describe("Jugement majoritaire : mention majoritaire dans ce groupe."),
            }),
          ),
        }),
      )
      .describe(
        "Les types d'organisation ayant au moins `minimumGroupSize` votants, puis « Autres » qui regroupe les plus petits. « Autres » n'est publié que s'il atteint lui-même le minimum (sinon le plus petit groupe le rejoint), pour que le total moins les groupes publiés ne révèle aucun petit groupe.",
      ),
  })
  .meta({ id: "PriorityBreakdown" });

export const ZPublicPriorityRound = z
  .object({
    id: z.string(),
    title: z.string(),
    question: z.string(),
    method: z.enum(VoteMethod),
    demonstration: z
      .boolean()
      .describe(
        "Vrai pour un scrutin du contenu de démonstration : ses votes sont fictifs et ne disent rien des priorités réelles du groupe.",
      ),
    opensAt: z.iso.datetime(),
    closedAt: z.iso.datetime(),
    url: z.url(),
    participation: z.object({ voters: z.int().min(0), eligible: z.int().min(0), rate: z.number().min(0).max(1) }),
    ranking: z.array(ZPublicPriorityEntry),
    fairness: z
      .object({
        mode: z
          .enum(FAIRNESS_MODES)
          .describe(
            "PER_MEMBER : une voix par membre ; PER_ORGANISATION : une voix par organisation ; WEIGHTED_BY_TYPE : bulletins pondérés par type d'organisation.",
          ),
        label: z.string(),
        rule: z.string().describe("La règle de décompte des voix, en français."),
        typeWeights: z
          .record(z.enum(ORGANISATION_TYPES), z.int().min(0))
          .nullable()
          .describe("WEIGHTED_BY_TYPE : le poids de chaque type d'organisation."),
      })
      .meta({ id: "PriorityFairness" })
      .describe("Comment les bulletins deviennent des voix dans ce scrutin."),
    breakdown: ZPublicPriorityBreakdown.describe("Résultats par type d'organisation, sous la règle du secret du vote."),
  })
  .meta({ id: "PriorityRound" });

export const ZPublicPriorityList = z
  .object({ data: z.array(ZPublicPriorityRound), count: z.int().min(0) })
  .meta({ id: "PriorityList" });
