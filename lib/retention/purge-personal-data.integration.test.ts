import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createOrganisation, uniqueEmail } from "@/lib/test/factories.ts";
import { ANONYMISED_ACTOR_LABEL, purgePersonalData } from "./purge-personal-data.ts";
import { DEFAULT_RETENTION } from "./retention-policy.ts";
import { purgePersonalDataWhenDue } from "./purge-when-due.ts";
import { Writable } from "node:stream";
import { createLogger } from "@/lib/log/logger.ts";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const inDays = (days: number) => new Date(Date.now() + days * DAY);

async function seed() {
  const member = await createActor("MEMBER");
  const organisation = await createOrganisation();
  const token = () => randomUUID();
  const useCase = await db.useCase.create({ data: { slug: `retention-${randomUUID().slice(0, 8)}` } });
  const feedback = (createdAt: Date) =>
    db.feedback.create({
      data: {
        useCaseId: useCase.id,
        section: "general",
        message: "Un retour assez long.",
        authorName: "Camille",
        authorEmail: uniqueEmail("retour"),
        senderHash: token(),
        createdAt,
      },
    });
  const audit = (createdAt: Date) =>
    db.auditEvent.create({
      data: {
        actorId: member.id,
        actorLabel: member.email,
        action: "use-case.create",
        targetType: "use-case",
        targetId: useCase.id,
        data: { slug: useCase.slug },
        createdAt,
      },
    });
  const invitation = (fields: { expiresAt: Date; revokedAt?: Date; acceptedAt?: Date }) =>
    db.invitation.create({ data: { email: uniqueEmail("invite"), organisationId: organisation.id, ...fields } });
  return {
    member,
    sessions: {
      expired: await db.session.create({ data: { sessionToken: token(), userId: member.id, expires: ago(1 / 24) } }),
      live: await db.session.create({ data: { sessionToken: token(), userId: member.id, expires: inDays(30) } }),
    },
    tokens: {
      expired: await db.verificationToken.create({
        data: { identifier: member.email, token: token(), expires: ago(1 / 24) },
      }),
      live: await db.verificationToken.create({
        data: { identifier: member.email, token: token(), expires: inDays(1) },
      }),
    },
    invitations: {
      expiredLongAgo: await invitation({ expiresAt: ago(31) }),
      revokedLongAgo: await invitation({ expiresAt: inDays(5), revokedAt: ago(31) }),
      expiredRecently: await invitation({ expiresAt: ago(2) }),
      acceptedLongAgo: await invitation({ expiresAt: ago(400), acceptedAt: ago(410) }),
      pending: await invitation({ expiresAt: inDays(14) }),
    },
    mails: {
      old: await db.devMail.create({
        data: { to: member.email, subject: "Lien", text: "…", html: "…", createdAt: ago(8) },
      }),
      recent: await db.devMail.create({
        data: { to: member.email, subject: "Lien", text: "…", html: "…", createdAt: ago(6) },
      }),
    },
    feedback: { old: await feedback(ago(366)), recent: await feedback(ago(364)) },
    audit: { old: await audit(ago(366)), recent: await audit(ago(364)) },
  };
}

describe("purgePersonalData", () => {
  it("removes what is past its retention and keeps the rest, with the default durations", async () => {
    const rows = await seed();
    const counts = await purgePersonalData({ policy: DEFAULT_RETENTION });

    expect(await db.session.findUnique({ where: { id: rows.sessions.expired.id } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: rows.sessions.live.id } })).not.toBeNull();
    expect(await db.verificationToken.findUnique({ where: { token: rows.tokens.expired.token } })).toBeNull();
    expect(await db.verificationToken.findUnique({ where: { token: rows.tokens.live.token } })).not.toBeNull();

    const invitations = await db.invitation.findMany({
      where: { id: { in: Object.values(rows.invitations).map((row) => row.id) } },
      select: { id: true },
    });
    expect(invitations.map((row) => row.id).sort()).toEqual(
      [rows.invitations.expiredRecently.id, rows.invitations.acceptedLongAgo.id, rows.invitations.pending.id].sort(),
    );

    expect(await db.devMail.findUnique({ where: { id: rows.mails.old.id } })).toBeNull();
    expect(await db.devMail.findUnique({ where: { id: rows.mails.recent.id } })).not.toBeNull();

    // The feedback stays (it may be published); only its author's address and its hash go.
    expect(await db.feedback.findUnique({ where: { id: rows.feedback.old.id } })).toMatchObject({
      authorEmail: null,
      senderHash: "",
      message: "Un retour assez long.",
      authorName: "Camille",
    });
    expect(await db.feedback.findUnique({ where: { id: rows.feedback.recent.id } })).toMatchObject({
      authorEmail: rows.feedback.recent.authorEmail,
      senderHash: rows.feedback.recent.senderHash,
    });

    // The audit event stays (what happened to what, when); who did it and the details go.
    expect(await db.auditEvent.findUnique({ where: { id: rows.audit.old.id } })).toMatchObject({
      actorId: null,
      actorLabel: ANONYMISED_ACTOR_LABEL,
      data: null,
      action: "use-case.create",
      targetType: "use-case",
      targetId: rows.audit.old.targetId,
    });
    expect(await db.auditEvent.findUnique({ where: { id: rows.audit.recent.id } })).toMatchObject({
      actorId: rows.member.id,
      actorLabel: rows.member.email,
    });

    // On a shared PostgreSQL other files' rows may count too: at least this file's.
    expect(counts.sessions).toBeGreaterThanOrEqual(1);
    expect(counts.verificationTokens).toBeGreaterThanOrEqual(1);
    expect(counts.invitations).toBeGreaterThanOrEqual(2);
    expect(counts.demoMails).toBeGreaterThanOrEqual(1);
    expect(counts.feedbackEmails).toBeGreaterThanOrEqual(1);
    expect(counts.auditDetails).toBeGreaterThanOrEqual(1);
    const record = await db.auditEvent.findFirst({
      where: { action: "retention.purge" },
      orderBy: { createdAt: "desc" },
    });
    expect(record?.data).toEqual(counts);
  });

  it("is idempotent: a second run at once finds nothing more", async () => {
    await seed();
    await purgePersonalData();
    expect(await purgePersonalData()).toEqual({
      sessions: 0,
      verificationTokens: 0,
      invitations: 0,
      demoMails: 0,
      feedbackEmails: 0,
      auditDetails: 0,
    });
  });

  it("follows the configured durations", async () => {
    const rows = await seed();
    await purgePersonalData({
      policy: { demoMailDays: 5, feedbackEmailDays: 30, auditDetailsDays: 30, invitationDays: 1 },
    });
    expect(await db.devMail.findUnique({ where: { id: rows.mails.recent.id } })).toBeNull();
    expect(await db.feedback.findUnique({ where: { id: rows.feedback.recent.id } })).toMatchObject({
      authorEmail: null,
    });
    expect(await db.auditEvent.findUnique({ where: { id: rows.audit.recent.id } })).toMatchObject({
      actorLabel: ANONYMISED_ACTOR_LABEL,
      data: null,
    });
    expect(await db.invitation.findUnique({ where: { id: rows.invitations.expiredRecently.id } })).toBeNull();
    expect(await db.invitation.findUnique({ where: { id: rows.invitations.pending.id } })).not.toBeNull();
  });
});

describe("purgePersonalDataWhenDue (the scheduler's tick)", () => {
  it("purges at most once an hour, and logs counts only", async () => {
    const lines: string[] = [];
    const log = createLogger({
      level: "info",
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const start = Date.now();
    const first = await seed();
    await purgePersonalDataWhenDue(log, start);
    expect(await db.devMail.findUnique({ where: { id: first.mails.old.id } })).toBeNull();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      msg: "données personnelles échues purgées",
      counts: { demoMails: expect.any(Number) },
    });
    expect(lines[0]).not.toContain("@");

    const second = await seed();
    await purgePersonalDataWhenDue(log, start + 10 * 60_000);
    expect(await db.devMail.findUnique({ where: { id: second.mails.old.id } })).not.toBeNull();
    await purgePersonalDataWhenDue(log, start + 61 * 60_000);
    expect(await db.devMail.findUnique({ where: { id: second.mails.old.id } })).toBeNull();
  });
});
