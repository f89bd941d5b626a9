import { z } from "zod";
import { GRADES } from "@/lib/rounds/tally.ts";

const ZGradeProfile = z.object(Object.fromEntries(GRADES.map((grade) => [grade, z.int().min(0)])) as Record<(typeof GRADES)[number], z.ZodInt>);

export const ZPublicPriorityEntry = z.object({
  rank: z.int().min(1),
  kind: z.enum(["irritant", "donnee"]),
  slug: z.string(),
  title: z.string(),
  points: z.int().min(0).optional().describe("Vote par points : total des points reçus."),
  supporters: z.int().min(0).optional().describe("Vote par points : nombre de membres ayant donné des points."),
  majorityGrade: z.enum(GRADES).optional().describe("Jugement majoritaire : mention majoritaire."),
  profile: ZGradeProfile.optional().describe("Jugement majoritaire : nombre de mentions de chaque niveau."),
}).meta({ id: "PriorityEntry" });

export const ZPublicPriorityRound = z.object({
  id: z.string(),
  title: z.string(),
  question: z.string(),
  method: z.enum(["DOT_VOTING", "MAJORITY_JUDGMENT"]),
  opensAt: z.iso.datetime(),
  closedAt: z.iso.datetime(),
  url: z.url(),
  participation: z.object({ voters: z.int().min(0), eligible: z.int().min(0), rate: z.number().min(0).max(1) }),
  ranking: z.array(ZPublicPriorityEntry),
}).meta({ id: "PriorityRound" });

export const ZPublicPriorityList = z.object({ data: z.array(ZPublicPriorityRound), count: z.int().min(0) }).meta({ id: "PriorityList" });
