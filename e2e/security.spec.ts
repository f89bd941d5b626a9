import type { Browser } from "@playwright/test";
import { test, expect, signInByMagicLink, ADMIN_EMAIL } from "./fixtures.ts";
import { ACTION_PERMISSIONS, type TActionName } from "../lib/security/authorisation-matrix.ts";
import { callServerAction, serverActionIds } from "../scripts/lib/server-actions.ts";

const MEMBER = "paul.schmitt@grandest.example.org";
const DENIED = ["UNAUTHENTICATED", "FORBIDDEN"];

async function sessionToken(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByMagicLink(page, email);
  const cookie = (await context.cookies()).find((entry) => entry.name === "next-auth.session-token");
  expect(cookie, `session de ${email}`).toBeDefined();
  return cookie!.value;
}

/** Every server action of this build, by the name the matrix uses; sign-out last so the sessions live to the end. */
function actionsOfTheBuild(): [TActionName, string][] {
  const actions = [...serverActionIds()].map(([key, id]) => [key.split("#")[1].replace(/Action$/, ""), id] as [TActionName, string]);
  return actions.sort(([a], [b]) => Number(a === "signOut") - Number(b === "signOut"));
}

test("every server action answers anonymous visitors, members and admins as the authorisation matrix says", async ({ browser, baseURL }) => {
  const base = baseURL!;
  const tokens = { public: undefined, member: await sessionToken(browser, MEMBER), admin: await sessionToken(browser, ADMIN_EMAIL) };
  const actions = actionsOfTheBuild();
  expect(actions.map(([name]) => name).sort()).toEqual(Object.keys(ACTION_PERMISSIONS).sort());
  const mismatches: string[] = [];
  for (const [name, actionId] of actions) {
    const { allowed } = ACTION_PERMISSIONS[name];
    for (const role of ["public", "member", "admin"] as const) {
      // An empty input: an allowed caller gets past authorisation and stops at validation, so nothing is changed.
      const answer = await callServerAction({ base, actionId, input: {}, sessionToken: tokens[role], page: "/" });
      const mayRun = allowed === "public" || (allowed === "member" && role !== "public") || role === "admin";
      const expected = mayRun ? "autorisé" : role === "public" ? "UNAUTHENTICATED" : "FORBIDDEN";
      const got = answer.errorCode && DENIED.includes(answer.errorCode) ? answer.errorCode : "autorisé";
      if (got !== expected || answer.status >= 500) mismatches.push(`${name} en ${role} : attendu ${expected}, obtenu ${got} (HTTP ${answer.status})`);
    }
  }
  expect(mismatches).toEqual([]);
});

test("server actions are refused from another origin and above the body size limit", async ({ browser, baseURL }) => {
  const base = baseURL!;
  const ids = serverActionIds();
  const member = await sessionToken(browser, MEMBER);
  const castVote = ids.get("lib/rounds/actions.ts#castVoteAction")!;
  const stats = ids.get("lib/wizard/actions.ts#getWizardStatsAction")!;

  const sameOrigin = await callServerAction({ base, actionId: stats, sessionToken: member });
  expect(sameOrigin.ok, sameOrigin.body.slice(0, 300)).toBe(true);
  for (const actionId of [stats, castVote]) {
    const forged = await callServerAction({ base, actionId, input: {}, sessionToken: member, origin: "https://site-malveillant.example" });
    expect(forged.ok).toBe(false);
    expect(forged.status).toBeGreaterThanOrEqual(400);
  }

  const feedback = ids.get("lib/use-cases/actions.ts#sendFeedbackAction")!;
  const huge = await callServerAction({ base, actionId: feedback, input: { slug: "formation-financee", section: "general", message: "x".repeat(1_200_000) } });
  // Next refuses the body before the action runs: nothing is read, nothing stored.
  expect(huge.errorCode, huge.body.slice(0, 300)).toBe("REJECTED");
});
