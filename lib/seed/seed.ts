// Idempotent: running it twice leaves the same content, and it never overwrites
// what members changed (existing rows are only looked up).
import type { Db } from "@/lib/db/create-client.ts";
import {
  DEMO_COLUMNS,
  DEMO_DATA_ITEMS,
  DEMO_IRRITANTS,
  DEMO_ORGANISATIONS,
  DEMO_PUBLIC_APIS,
  DEMO_SHEETS,
  DEMO_USERS,
} from "./content.ts";
import { seedDemoRounds } from "./seed-rounds.ts";
import { DEMO_FUNDING_SCHEMES } from "./funding-schemes.ts";
import { DEMO_API_ACCESS } from "./public-api-access.ts";
import invariant from "tiny-invariant";
import type { TAuditEventInput } from "@/lib/audit/audit-events.ts";

export type SeedReport = { created: Record<string, number> };

export async function seedDemoContent(db: Db): Promise<SeedReport> {
  const created: Record<string, number> = {};
  const count = (what: string) => (created[what] = (created[what] ?? 0) + 1);

  const organisations = new Map<string, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const existing = await db.organisation.findUnique({ where: { slug: organisation.slug } });
    const row = existing ?? (count("organisations"), await db.organisation.create({ data: organisation }));
    organisations.set(organisation.slug, row.id);
  }

  const users = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: user.email } });
    const row =
      existing ??
      (count("users"),
      await db.user.create({
        data: {
          email: user.email,
          name: user.name,
          role: user.role,
          emailVerified: new Date(),
          organisationId: organisations.get(user.organisation),
        },
      }));
    users.set(user.email, row.id);
  }

  const apis = new Map<string, string>();
  for (const api of DEMO_PUBLIC_APIS) {
    const existing = await db.publicApi.findUnique({ where: { slug: api.slug } });
    const row =
      existing ?? (count("publicApis"), await db.publicApi.create({ data: { ...api, ...DEMO_API_ACCESS[api.slug] } }));
    apis.set(api.slug, row.id);
  }

  const dataItems = new Map<string, string>();
  for (const { api, ...item } of DEMO_DATA_ITEMS) {
    const existing = await db.dataItem.findUnique({ where: { slug: item.slug } });
    const row =
      existing ??
      (count("dataItems"), await db.dataItem.create({ data: { ...item, publicApiId: api ? apis.get(api) : null } }));
    dataItems.set(item.slug, row.id);
  }

  const irritants = new Map<string, string>();
  for (const { dataItems: itemSlugs, ...irritant } of DEMO_IRRITANTS) {
    const existing = await db.irritant.findUnique({ where: { slug: irritant.slug } });
    const row =
      existing ??
      (count("irritants"),
      await db.irritant.create({
        data: {
          ...irritant,
          dataItems: { create: itemSlugs.map((slug) => ({ dataItemId: idOf(dataItems, slug) })) },
        },
      }));
    irritants.set(irritant.slug, row.id);
  }

  for (const { requirements, irritants: irritantSlugs, ...scheme } of DEMO_FUNDING_SCHEMES) {
    if (await db.fundingScheme.findUnique({ where: { slug: scheme.slug } })) continue;
    await db.fundingScheme.create({
      data: {
        ...scheme,
        requirements: {
          create: requirements.map(({ replacedBy, ...requirement }, position) => ({
            ...requirement,
            position,
            replacedBy: { create: replacedBy.map((slug) => ({ dataItemId: idOf(dataItems, slug) })) },
          })),
        },
        irritants: { create: irritantSlugs.map((slug) => ({ irritantId: idOf(irritants, slug) })) },
      },
    });
    count("fundingSchemes");
  }

  const columns = new Map<string, string>();
  for (const [position, column] of DEMO_COLUMNS.entries()) {
    const existing = await db.boardColumn.findUnique({ where: { key: column.key } });
    const row = existing ?? (count("columns"), await db.boardColumn.create({ data: { ...column, position } }));
    columns.set(column.key, row.id);
  }

  const cardPlacements: { column: string; irritantId?: string; dataItemId?: string }[] = [
    ...DEMO_IRRITANTS.map((irritant) => ({ column: "signale", irritantId: idOf(irritants, irritant.slug) })),
    ...DEMO_DATA_ITEMS.map((item) => ({
      column: item.availability === "DISPONIBLE" ? "disponible-api" : "a-instruire",
      dataItemId: idOf(dataItems, item.slug),
    })),
  ];
  for (const placement of cardPlacements) {
    const existing = await db.boardCard.findFirst({
      where: placement.irritantId ? { irritantId: placement.irritantId } : { dataItemId: placement.dataItemId },
    });
    if (existing) continue;
    const columnId = idOf(columns, placement.column);
    const position = await db.boardCard.count({ where: { columnId } });
    await db.boardCard.create({
      data: { columnId, position, irritantId: placement.irritantId, dataItemId: placement.dataItemId },
    });
    count("cards");
  }

  for (const sheet of DEMO_SHEETS) {
    if (await db.useCase.findUnique({ where: { slug: sheet.slug } })) continue;
    const authorId = idOf(users, sheet.author);
    await db.$transaction(async (tx) => {
      const useCase = await tx.useCase.create({
        data: {
          slug: sheet.slug,
          state: sheet.state,
          createdById: authorId,
          irritants: { create: sheet.irritants.map((slug) => ({ irritantId: idOf(irritants, slug) })) },
          dataItems: { create: sheet.dataItems.map((slug) => ({ dataItemId: idOf(dataItems, slug) })) },
        },
      });
      const revision = await tx.useCaseRevision.create({
        data: {
          useCaseId: useCase.id,
          number: 1,
          title: sheet.title,
          summary: sheet.summary,
          content: { ...sheet.content, irritants: sheet.irritants, dataItems: sheet.dataItems },
          paths: sheet.content.paths.map((path) => path.kind),
          authorId,
          message: "Version initiale",
        },
      });
      if (sheet.state === "PUBLISHED") {
        await tx.useCase.update({
          where: { id: useCase.id },
          data: { publishedRevisionId: revision.id, publishedAt: new Date() },
        });
      }
    });
    count("useCases");
  }

  const admin = DEMO_USERS.find((user) => user.role === "ADMIN");
  invariant(admin, "le contenu de démonstration a un administrateur");
  const adminId = idOf(users, admin.email);
  // Inès Benali and Hugo Martin keep empty ballots: the demo shows a member voting for the first time.
  const voters = DEMO_USERS.filter(
    (user) =>
      user.role === "MEMBER" &&
      !["ines.benali@normandie.example.org", "hugo.martin@dgefp.example.org"].includes(user.email),
  );
  await seedDemoRounds(db, { adminId, memberIds: voters.map((user) => idOf(users, user.email)), count });

  if (Object.keys(created).length > 0) {
    const event = { action: "seed.demo-content", targetType: "database", data: created } satisfies TAuditEventInput;
    await db.auditEvent.create({ data: { actorLabel: "seed", ...event } });
  }
  return { created };
}

/** Ids, by slug or e-mail, of what this seed has just written: a miss is an inconsistency of the demo content. */
function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  invariant(id, `contenu de démonstration incohérent : ${key} inconnu`);
  return id;
}
