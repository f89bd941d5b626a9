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
  const actions = [...serverActionIds()].map(
    ([key, id]) => [key.split("#")[1].replace(/Action$/, ""), id] as [TActionName, string],
  );
  return actions.sort(([a], [b]) => Number(a === "signOut") - Number(b === "signOut"));
}

test("every server action answers anonymous visitors, members and admins as the authorisation matrix says", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const tokens = {
    public: undefined,
    member: await sessionToken(browser, MEMBER),
    admin: await sessionToken(browser, ADMIN_EMAIL),
  };
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
      if (got !== expected || answer.status >= 500)
        mismatches.push(`${name} en ${role} : attendu ${expected}, obtenu ${got} (HTTP ${answer.status})`);
    }
  }
  expect(mismatches).toEqual([]);
});

test("server actions are refused from another origin and above the body size limit", async ({ browser, baseURL }) => {
  const base = baseURL!;
  const ids = serverActionIds();
  const member = await sessionToken(browser, MEMBER);
  const castVote = ids.get("lib/rounds/actions.ts#castVoteAction")!;
  const markRead = ids.get("lib/notifications/actions.ts#markNotificationsReadAction")!;

  const sameOrigin = await callServerAction({ base, actionId: markRead, input: { ids: [] }, sessionToken: member });
  expect(sameOrigin.ok, sameOrigin.body.slice(0, 300)).toBe(true);
  for (const actionId of [markRead, castVote]) {
    const forged = await callServerAction({
      base,
      actionId,
      input: {},
      sessionToken: member,
      origin: "https://site-malveillant.example",
    });
    expect(forged.ok).toBe(false);
    expect(forged.status).toBeGreaterThanOrEqual(400);
  }

  const feedback = ids.get("lib/sheets/actions.ts#sendFeedbackAction")!;
  const huge = await callServerAction({
    base,
    actionId: feedback,
    input: { slug: "formation-financee", section: "general", message: "x".repeat(1_200_000) },
  });
  // Next refuses the body before the action runs: nothing is read, nothing stored.
  expect(huge.errorCode, huge.body.slice(0, 300)).toBe("REJECTED");
});

const BAD_INPUTS: [string, unknown][] = [
  ["texte au lieu d'un objet", "bonjour"],
  ["nombre au lieu d'un objet", 42],
  ["liste", []],
  [
    "mauvais types",
    {
      title: 12,
      name: false,
      slug: {},
      roundId: 1,
      cardId: [],
      points: "trois",
      email: 3,
      message: null,
      content: "x",
    },
  ],
  [
    "chaînes géantes",
    { title: "x".repeat(200_000), name: "x".repeat(200_000), message: "x".repeat(200_000), slug: "x".repeat(200_000) },
  ],
  ["caractère nul", { title: "Fiche\u0000", name: "a\u0000", message: "\u0000" }],
  ["Unicode mal formé", { title: "\uD800", message: "\uDC00abc" }],
  [
    "XSS et SQL",
    {
      title: "<script>alert(1)</script>",
      slug: '\'; DROP TABLE "User"; --',
      message: "<img src=x onerror=alert(1)>",
      email: "a@b.fr' OR 1=1 --",
    },
  ],
];

test("every action with an input refuses bad input with a clear French error, never an internal one", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const admin = await sessionToken(browser, ADMIN_EMAIL);
  const problems: string[] = [];
  for (const [name, actionId] of actionsOfTheBuild().filter(([name]) => name !== "signOut")) {
    // Actions without input (reads, « mark all read ») have nothing to validate.
    const empty = await callServerAction({ base, actionId, input: {}, sessionToken: admin });
    if (empty.ok) continue;
    for (const [label, input] of BAD_INPUTS) {
      const answer = await callServerAction({ base, actionId, input, sessionToken: admin });
      if (answer.ok || !["INVALID_INPUT", "NOT_FOUND"].includes(answer.errorCode ?? ""))
        problems.push(`${name} / ${label} : ${answer.errorCode ?? "accepté"}`);
      if (/Invalid input|Expected|Required/.test(answer.body)) problems.push(`${name} / ${label} : message en anglais`);
    }
  }
  expect(problems).toEqual([]);
});
