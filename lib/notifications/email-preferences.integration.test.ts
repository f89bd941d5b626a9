import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { createActor } from "@/lib/test/factories.ts";
import { resetEnvCache } from "@/lib/config/env.ts";
import { notifyUsers } from "./notify-users.ts";
import { emailNotifications } from "./email-notifications.ts";
import { sendDailyDigests } from "./send-daily-digests.ts";
import { updateEmailPreference } from "./update-email-preference.ts";
import { getEmailPreference } from "./get-email-preference.ts";

// Demo mode: e-mails land in the demo mailbox, where they can be counted.
const previousDemoMode = process.env.DEMO_MODE;
beforeAll(() => {
  process.env.DEMO_MODE = "1";
  resetEnvCache();
});
afterAll(() => {
  process.env.DEMO_MODE = previousDemoMode;
  resetEnvCache();
});

const HOUR = 3_600_000;
// 10:00 in Paris (winter time): the digest window is yesterday 7:00 → today 7:00.
const NOW = new Date("2026-12-04T09:00:00Z");

async function member(preference: "EACH" | "DAILY_DIGEST" | "NONE"): Promise<TActor> {
  const actor = await createActor("MEMBER");
  await updateEmailPreference({ actor, input: { emailNotifications: preference } });
  return actor;
}

async function notify(members: TActor[], title: string, createdAt?: Date) {
  const notified = await db.$transaction((tx) =>
    notifyUsers(
      tx,
      members.map(({ id }) => id),
      { title, body: "Corps", link: "/priorisation" },
    ),
  );
  if (createdAt) await db.notification.updateMany({ where: { title }, data: { createdAt } });
  await emailNotifications(notified);
}

const mails = (actor: TActor) => db.devMail.findMany({ where: { to: actor.email }, orderBy: { createdAt: "asc" } });

describe("e-mail preferences", () => {
  it("sends each notification by e-mail only to members who asked for each one, and keeps it in the app for all", async () => {
    const [each, digest, none] = [await member("EACH"), await member("DAILY_DIGEST"), await member("NONE")];
    const title = `Scrutin ouvert ${randomUUID().slice(0, 8)}`;
    await notify([each, digest, none], title);
    for (const actor of [each, digest, none])
      expect(await db.notification.count({ where: { userId: actor.id, title } })).toBe(1);
    expect((await mails(each)).map((mail) => mail.subject)).toEqual([`[Atelier EFOP] ${title}`]);
    expect(await mails(digest)).toEqual([]);
    expect(await mails(none)).toEqual([]);
    expect((await mails(each))[0].text).toContain("/notifications#preferences-e-mail");
  });

  it("gathers yesterday's notifications in one digest, sent once however many instances sweep at once", async () => {
    const [digest, each, none] = [await member("DAILY_DIGEST"), await member("EACH"), await member("NONE")];
    const tag = randomUUID().slice(0, 8);
    await notify([digest, each, none], `Hier matin ${tag}`, new Date(NOW.getTime() - 20 * HOUR));
    await notify([digest, each, none], `Hier soir ${tag}`, new Date(NOW.getTime() - 5 * HOUR));
    // Outside the window: the day before yesterday, and today after 7:00 (next digest).
    await notify([digest], `Avant-hier ${tag}`, new Date(NOW.getTime() - 30 * HOUR));
    await notify([digest], `Ce matin ${tag}`, new Date(NOW.getTime() - HOUR));

    await Promise.all(Array.from({ length: 4 }, () => sendDailyDigests({ now: NOW })));
    await sendDailyDigests({ now: new Date(NOW.getTime() + HOUR) });

    const sent = await mails(digest);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe("[Atelier EFOP] Résumé du jour : 2 notifications");
    expect(sent[0].text.indexOf(`Hier matin ${tag}`)).toBeLessThan(sent[0].text.indexOf(`Hier soir ${tag}`));
    expect(sent[0].text).not.toContain(`Avant-hier ${tag}`);
    expect(sent[0].text).not.toContain(`Ce matin ${tag}`);
    // Members who chose each notification got them one by one, never again in a digest; « none » got nothing.
    expect((await mails(each)).map((mail) => mail.subject)).toEqual([
      `[Atelier EFOP] Hier matin ${tag}`,
      `[Atelier EFOP] Hier soir ${tag}`,
    ]);
    expect(await mails(none)).toEqual([]);

    // The next day, this morning's notification leaves in its own digest.
    await sendDailyDigests({ now: new Date(NOW.getTime() + 24 * HOUR) });
    expect((await mails(digest)).map((mail) => mail.subject)).toEqual([
      "[Atelier EFOP] Résumé du jour : 2 notifications",
      "[Atelier EFOP] Résumé du jour : 1 notification",
    ]);
  });

  it("escapes what the notification says in the digest's HTML", async () => {
    const digest = await member("DAILY_DIGEST");
    await notify([digest], `<img src=x onerror=alert(1)> ${randomUUID()}`, new Date(NOW.getTime() - 4 * HOUR));
    await sendDailyDigests({ now: NOW });
    const [mail] = await mails(digest);
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.html).not.toContain("<img");
  });

  it("changes only the actor's own preference, audits it, and refuses an unknown value storing nothing", async () => {
    const actor = await createActor("MEMBER");
    const other = await createActor("MEMBER");
    expect(await getEmailPreference({ actor })).toBe("EACH");
    await updateEmailPreference({ actor, input: { emailNotifications: "NONE" } });
    expect(await getEmailPreference({ actor })).toBe("NONE");
    expect(await getEmailPreference({ actor: other })).toBe("EACH");
    const audit = await db.auditEvent.findFirst({
      where: { actorId: actor.id, action: "notification.email-preference" },
    });
    expect(audit?.data).toEqual({ emailNotifications: "NONE" });
    for (const value of ["WEEKLY", "", "each", null, 42]) {
      await expect(updateEmailPreference({ actor, input: { emailNotifications: value } as never })).rejects.toThrow(
        /Choisissez ce que vous recevez par e-mail/,
      );
    }
    expect(await getEmailPreference({ actor })).toBe("NONE");
    expect(await db.auditEvent.count({ where: { actorId: actor.id, action: "notification.email-preference" } })).toBe(
      1,
    );
  });
});
