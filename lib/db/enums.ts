// The database's vocabularies, declared once in prisma/schema.prisma and imported from here only
// (docs/adr/0030). Prisma's generated `enums.ts` holds plain objects and types without the client
// runtime, so client components may import this module too. The French labels live beside their
// domain (one record per enum, typed `Record<Enum, string>` so that a new value fails to compile
// until it is labelled); lib/db/enums.test.ts forbids re-declaring an enum's values as a literal list.
export {
  ApiUsageStatus,
  Availability,
  CatalogueEntryKind,
  EmailNotifications,
  FeedbackStatus,
  Grade,
  HabilitationKind,
  IrritantCategory,
  OrganisationType,
  PathKind,
  RequirementKind,
  ReviewDecision,
  Role,
  SheetState,
  VoteFairness,
  VoteMethod,
  WorkshopItemKind,
  WorkshopStatus,
  WorkshopStepKind,
} from "@/lib/generated/prisma/enums.ts";

/** An enum's values in schema order, typed as the enum (for selects, loops and `z.enum`). */
export function enumValues<TEnum extends Record<string, string>>(
  values: TEnum,
): [TEnum[keyof TEnum], ...TEnum[keyof TEnum][]] {
  return Object.values(values) as [TEnum[keyof TEnum], ...TEnum[keyof TEnum][]];
}

/** A label record's keys in its own order: the display order where it differs from the schema's. */
export function labelledValues<TValue extends string>(labels: Record<TValue, string>): [TValue, ...TValue[]] {
  return Object.keys(labels) as [TValue, ...TValue[]];
}
