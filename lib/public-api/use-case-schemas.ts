import { z } from "zod";
import { Availability } from "@/lib/db/enums.ts";
import { ZPathKind, ZSheetContent } from "@/lib/sheets/sheet-content.ts";

export const ZPublicUseCaseSummary = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    paths: z.array(ZPathKind),
    updatedAt: z.iso.datetime(),
    url: z.url(),
  })
  .meta({ id: "UseCaseSummary" });

export const ZPublicUseCaseList = z
  .object({ data: z.array(ZPublicUseCaseSummary), count: z.int().min(0) })
  .meta({ id: "UseCaseList" });

export const ZPublicUseCase = ZPublicUseCaseSummary.extend({
  revision: z.int().min(1),
  publishedAt: z.iso.datetime(),
  content: ZSheetContent,
  irritants: z.array(z.object({ slug: z.string(), title: z.string(), category: z.string() })),
  dataItems: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      availability: z.enum(Availability),
      endpoint: z.string().nullable(),
      publicApi: z.object({ slug: z.string(), name: z.string(), hypothetical: z.boolean() }).nullable(),
    }),
  ),
  feedback: z.array(
    z.object({
      section: z.string(),
      message: z.string(),
      authorName: z.string().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
  markdownUrl: z.url(),
}).meta({ id: "UseCase" });

export const ZPublicError = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: "Error" });

export type TPublicUseCaseSummary = z.infer<typeof ZPublicUseCaseSummary>;
export type TPublicUseCase = z.infer<typeof ZPublicUseCase>;
