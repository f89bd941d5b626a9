import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client.ts";
import type { TActor, TRole } from "@/lib/auth/actor.ts";
import type { TOrganisationType } from "@/lib/organisations/organisation-types.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";

export const uniqueEmail = (prefix = "membre") => `${prefix}.${randomUUID().slice(0, 8)}@test.example.org`;

export async function createOrganisation(type: TOrganisationType = "REGION") {
  const suffix = randomUUID().slice(0, 8);
  return db.organisation.create({ data: { name: `Organisation ${suffix}`, slug: `organisation-${suffix}`, type } });
}

export async function createActor(role: TRole = "MEMBER", organisationId?: string): Promise<TActor> {
  const organisation = organisationId ?? (await createOrganisation()).id;
  const user = await db.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name: `Test ${role}`, role, organisationId: organisation },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId };
}

/** A member with the given display name, as pages and exports show it (tests check where it appears). */
export async function createNamedActor(role: TRole, name: string): Promise<TActor> {
  const actor = await createActor(role);
  await db.user.update({ where: { id: actor.id }, data: { name } });
  return { ...actor, name };
}

/** The demo content, seeded once per database (the suites share it; seeding again changes nothing). */
export async function ensureDemoContent(): Promise<void> {
  if (!(await db.fundingScheme.findUnique({ where: { slug: "cpf" } }))) await seedDemoContent(db);
}
