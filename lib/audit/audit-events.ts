// Every audit event the application writes, declared once (docs/adr/0030): its action, the type of its
// target and the shape of its data. `recordAuditEvent` accepts only these; the SQL function writing
// `ballot.cast` (cast_ballot_vote) is checked against the same schema by audit-events.integration.test.ts,
// and readers parse rows with `parseAuditEvent` instead of casting their JSON.
import { z } from "zod";
import {
  ApiUsageStatus,
  EmailNotifications,
  OrganisationType,
  PathKind,
  Role,
  VoteFairness,
  VoteMethod,
  WorkshopStepKind,
} from "@/lib/db/enums.ts";

/** The rows of events without data hold NULL; writers leave the field out. */
const ZNoData = z.null().optional();

/** One or several actions sharing a target type and a data shape. */
const event = <const TAction extends string, const TTarget extends string, TData extends z.ZodType>(
  action: TAction | readonly [TAction, ...TAction[]],
  targetType: TTarget | readonly [TTarget, ...TTarget[]],
  data: TData,
) =>
  z.object({
    action: z.literal(typeof action === "string" ? [action] : action),
    targetType: z.literal(typeof targetType === "string" ? [targetType] : targetType),
    data,
  });

const ZSlug = z.object({ slug: z.string() });
const ZFields = z.object({ fields: z.array(z.string()) });
const ZRevision = z.object({ revision: z.number().int() });
const ZCount = z.record(z.string(), z.number().int());
const ZCommentRef = z.object({
  target: z.enum(["irritant", "data-item", "board-card", "sheet"]),
  targetId: z.string(),
});
const ZMemberState = z.object({ role: z.enum(Role), organisationId: z.string().nullable(), active: z.boolean() });
const ZCardPlace = z.object({ from: z.string(), to: z.string(), position: z.number().int() });

export const ZAuditEvent = z.discriminatedUnion("action", [
  // Accounts and members
  event("auth.sign-in", "user", z.object({ provider: z.string() })),
  event("auth.sign-out", "user", ZNoData),
  event("member.joined", "user", z.object({ invitationId: z.string() })),
  event("member.update", "user", z.object({ before: ZMemberState, after: ZMemberState })),
  event(
    "invitation.create",
    "invitation",
    z.object({ email: z.string(), organisationId: z.string(), role: z.enum(Role) }),
  ),
  event("invitation.revoke", "invitation", ZNoData),
  event(
    ["organisation.create", "organisation.update"],
    "organisation",
    z.object({
      name: z.string(),
      type: z.enum(OrganisationType),
      siret: z.string().nullable(),
      uai: z.string().nullable(),
    }),
  ),
  event("notification.read", "user", z.object({ count: z.number().int() })),
  event("notification.email-preference", "user", z.object({ emailNotifications: z.enum(EmailNotifications) })),
  event("retention.purge", "personal-data", ZCount),
  event("seed.demo-content", "database", ZCount),

  // Catalogue
  event("irritant.create", "irritant", ZSlug),
  event("irritant.update", "irritant", ZFields),
  event(
    "irritant.merge",
    "irritant",
    z.object({
      duplicateId: z.string(),
      duplicateSlug: z.string(),
      dataItems: z.number().int(),
      schemes: z.number().int(),
      useCases: z.number().int(),
      comments: z.number().int(),
      card: z.enum(["kept", "taken-over"]),
      ballots: z.number().int(),
      pointsReturned: z.number().int(),
    }),
  ),
  event("data-item.create", "data-item", ZSlug),
  event("data-item.update", "data-item", ZFields),
  event("public-api.create", "public-api", ZSlug),
  event("public-api.update", "public-api", ZFields),
  event("funding-scheme.create", "funding-scheme", ZSlug),
  event("funding-scheme.update", "funding-scheme", ZFields),
  event(["irritant.retire", "irritant.restore"], "irritant", ZNoData),
  event(["data-item.retire", "data-item.restore"], "data-item", ZNoData),
  event(["public-api.retire", "public-api.restore"], "public-api", ZNoData),
  event(["funding-scheme.retire", "funding-scheme.restore"], "funding-scheme", ZNoData),
  event(
    "catalogue.import",
    ["irritant", "data-item"],
    z.object({
      created: z.number().int(),
      duplicates: z.number().int(),
      errors: z.number().int(),
      slugs: z.array(z.string()),
    }),
  ),
  event(
    "api-usage.set",
    "api-usage",
    z.object({
      organisationId: z.string(),
      publicApi: z.string(),
      status: z.enum(ApiUsageStatus),
      fields: z.array(z.string()),
    }),
  ),

  // Comments
  event(["comment.add", "comment.edit"], "comment", ZCommentRef.extend({ mentioned: z.array(z.string()) })),
  event(["comment.delete", "comment.restore"], "comment", ZCommentRef),
  event("comment.hide", "comment", ZCommentRef.extend({ reason: z.string() })),

  // Sheets
  event("use-case.create", "use-case", ZSlug),
  event(
    [
      "use-case.save",
      "use-case.restore",
      "use-case.request-review",
      "use-case.review.approve",
      "use-case.review.request_changes",
      "use-case.publish",
    ],
    "use-case",
    ZRevision,
  ),
  event("use-case.archive", "use-case", ZNoData),
  event("use-case.unarchive", "use-case", ZRevision.extend({ unpublished: z.literal(true) })),
  event("feedback.create", "feedback", z.object({ useCaseId: z.string() })),
  event(["feedback.approved", "feedback.hidden", "feedback.processed"], "feedback", ZNoData),

  // Board
  event("column.create", "board-column", z.object({ name: z.string(), wipLimit: z.number().int().nullable() })),
  event(
    "column.update",
    "board-column",
    z.object({
      before: z.object({ name: z.string(), wipLimit: z.number().int().nullable() }),
      after: z.object({ name: z.string(), wipLimit: z.number().int().nullable(), position: z.number().int() }),
    }),
  ),
  event("column.delete", "board-column", z.object({ name: z.string() })),
  event("card.move", "board-card", ZCardPlace),
  event("card.apply-results", "board-card", ZCardPlace.extend({ round: z.string() })),
  event(
    "card.report",
    "board-card",
    z.object({ to: z.string(), position: z.number().int(), overWipLimit: z.number().int().optional() }),
  ),

  // Rounds (ballot.cast is written by the SQL function cast_ballot_vote; the vote itself stays secret)
  event(
    "round.create",
    "vote-round",
    z.object({
      title: z.string(),
      method: z.enum(VoteMethod),
      fairness: z.enum(VoteFairness),
      cards: z.number().int(),
    }),
  ),
  event(
    "round.close",
    "vote-round",
    z.object({ scheduled: z.literal(true).optional(), workshopId: z.string().optional() }).nullish(),
  ),
  event("round.apply-results", "vote-round", z.object({ cards: z.array(z.string()) })),
  event("ballot.cast", "vote-round", z.object({ cardId: z.string() })),

  // Workshops
  event("workshop.create", "workshop", z.object({ steps: z.array(z.enum(WorkshopStepKind)) })),
  event(
    ["workshop.open", "workshop.close", "workshop.join", "workshop.timer-start", "workshop.timer-pause"],
    "workshop",
    ZNoData,
  ),
  event("workshop.step", "workshop", z.object({ step: z.number().int(), kind: z.enum(WorkshopStepKind) })),
  event(["workshop.vote-open", "workshop.reveal"], "workshop", z.object({ roundId: z.string() })),
  event("workshop.note", "workshop-note", z.object({ workshopId: z.string() })),
  event(["workshop.note-group", "workshop.note-ungroup"], "workshop-note", z.object({ into: z.string().nullable() })),
  event("workshop.note-convert", "workshop-note", z.object({ irritantId: z.string() })),
  event(["workshop.decision", "workshop.action"], "workshop-item", z.object({ workshopId: z.string() })),
  event("workshop.action-reminder", "workshop-item", z.object({ recipients: z.number().int() })),

  // Wizard
  event("wizard.run", "wizard-run", z.object({ path: z.enum(PathKind) })),
  event("wizard.mapping.save", "demarche-mapping", z.record(z.string(), z.string())),
]);

/** What a writer passes: the action, its target type and its data, checked together. */
export type TAuditEventInput = z.input<typeof ZAuditEvent>;
export type TAuditEvent = z.output<typeof ZAuditEvent>;
export type TAuditAction = TAuditEvent["action"];
/** One action's event, e.g. `TAuditEventOf<"card.move">["data"]`. */
export type TAuditEventOf<TAction extends TAuditAction> = TAuditEvent extends infer TEvent
  ? TEvent extends { action: infer TActions }
    ? TAction extends TActions
      ? TEvent & { action: TAction }
      : never
    : never
  : never;

/** A stored row read back as its event; null for a row no writer of this version produces. */
export function parseAuditEvent(row: { action: string; targetType: string; data: unknown }): TAuditEvent | null {
  const parsed = ZAuditEvent.safeParse(row);
  return parsed.success ? parsed.data : null;
}
