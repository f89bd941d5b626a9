import { existsSync, readdirSync, readFileSync } from "node:fs";
import { beforeEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import type { TActor } from "@/lib/auth/actor.ts";
import type { TAdminActor } from "@/lib/auth/guards.ts";
import { ACTION_PERMISSIONS, type TActionName, type TAllowed } from "@/lib/security/authorisation-matrix.ts";

const session = vi.hoisted(() => ({ actor: null as TActor | null }));
vi.mock("@/lib/auth/get-actor.ts", () => ({ getActor: async () => session.actor }));
const logged = vi.hoisted(() => ({ errors: [] as unknown[] }));
vi.mock("@/lib/log/request-logger.ts", () => ({
  requestLogger: async () => ({
    log: { error: (...args: unknown[]) => logged.errors.push(args) },
    requestId: "ref-test",
  }),
}));

const { adminActionClient, memberActionClient, publicActionClient } = await import("./action-client.ts");

const CLIENTS = { public: publicActionClient, member: memberActionClient, admin: adminActionClient } as const;
const RANK: Record<TAllowed, number> = { public: 0, member: 1, admin: 2 };
const actorWith = (role: TActor["role"]): TActor => ({
  id: `id-${role}`,
  email: "",
  name: null,
  role,
  organisationId: null,
});
const names = Object.keys(ACTION_PERMISSIONS) as TActionName[];

/** Every `export const x = <level>ActionClient.metadata({ name: "…" })` of lib/<domain>/actions.ts. */
function declaredActions() {
  return readdirSync("lib")
    .filter((domain) => existsSync(`lib/${domain}/actions.ts`))
    .flatMap((domain) => {
      const source = readFileSync(`lib/${domain}/actions.ts`, "utf8");
      const built = [...source.matchAll(/export const (\w+) = (\w+)\s*\.metadata\(\{ name: "(\w+)" \}\)/g)];
      expect(built.length, `lib/${domain}/actions.ts`).toBe([...source.matchAll(/\.metadata\(/g)].length);
      return built.map(([, exported, client, name]) => ({ file: `lib/${domain}/actions.ts`, exported, client, name }));
    });
}

/** A probe action named after a matrix entry, built on a level's client: answers who it ran as. */
function probe(level: TAllowed, name: TActionName) {
  const client = CLIENTS[level] as unknown as {
    metadata: (metadata: { name: string }) => {
      action: (run: (args: { ctx: { actor: TActor | null } }) => Promise<unknown>) => () => Promise<unknown>;
    };
  };
  return client.metadata({ name }).action(async ({ ctx }) => ({ actorId: ctx.actor?.id ?? null }));
}

beforeEach(() => {
  session.actor = null;
  logged.errors = [];
});

describe("action clients, one per level of the authorisation matrix", () => {
  it("builds every action of lib/*/actions.ts on the client of its matrix level", () => {
    const declared = declaredActions();
    expect(declared.map((action) => action.name).sort()).toEqual([...names].sort());
    for (const action of declared) {
      expect(action.client, `${action.exported} (${action.file})`).toBe(
        `${ACTION_PERMISSIONS[action.name as TActionName].allowed}ActionClient`,
      );
    }
  });

  it("refuses to run an action on a client weaker (or stronger) than its matrix level", async () => {
    session.actor = actorWith("ADMIN");
    for (const name of names) {
      for (const level of Object.keys(CLIENTS) as TAllowed[]) {
        const result = await probe(level, name)();
        // A name from another level fails the client's metadata schema: the action body never runs.
        if (level === ACTION_PERMISSIONS[name].allowed) expect(result).toEqual({ data: { actorId: "id-ADMIN" } });
        else
          expect(result, `${name} on the ${level} client`).toEqual({
            serverError: { code: "INTERNAL", message: expect.stringContaining("ref-test") },
          });
      }
    }
  });

  it("refuses the anonymous public every member and admin action, and members every admin action", async () => {
    for (const name of names) {
      const level = ACTION_PERMISSIONS[name].allowed;
      const expected = (role: TActor["role"] | null) =>
        role === null
          ? level === "public"
            ? { data: { actorId: null } }
            : { serverError: { code: "UNAUTHENTICATED", message: "Connectez-vous pour effectuer cette action." } }
          : RANK[level] <= RANK[role === "ADMIN" ? "admin" : "member"]
            ? { data: { actorId: `id-${role}` } }
            : {
                serverError: {
                  code: "FORBIDDEN",
                  message: "Cette action est réservée à l'animation du groupe (administrateurs).",
                },
              };
      for (const role of [null, "MEMBER", "ADMIN"] as const) {
        session.actor = role ? actorWith(role) : null;
        await expect(probe(level, name)(), `${name} as ${role ?? "anonymous"}`).resolves.toMatchObject(expected(role));
      }
    }
  });

  it("gives each action the actor its level guarantees, by type", () => {
    publicActionClient.metadata({ name: "sendFeedback" }).action(async ({ ctx }) => {
      expectTypeOf(ctx.actor).toEqualTypeOf<TActor | null>();
    });
    memberActionClient.metadata({ name: "castVote" }).action(async ({ ctx }) => {
      expectTypeOf(ctx.actor).toEqualTypeOf<TActor>();
    });
    adminActionClient.metadata({ name: "closeRound" }).action(async ({ ctx }) => {
      expectTypeOf(ctx.actor).toEqualTypeOf<TAdminActor>();
    });
    // @ts-expect-error a member action cannot be built on the public client
    publicActionClient.metadata({ name: "castVote" });
    // @ts-expect-error an admin action cannot be built on the member client
    memberActionClient.metadata({ name: "closeRound" });
    // @ts-expect-error nor a member action on the admin client: the level is the matrix's
    adminActionClient.metadata({ name: "castVote" });
  });

  it("answers an expected error with its code, French message and typed details", async () => {
    const { ExpectedError } = await import("@/lib/errors.ts");
    session.actor = actorWith("MEMBER");
    const refused = memberActionClient.metadata({ name: "castVote" }).action(async () => {
      throw new ExpectedError("RATE_LIMITED", "Trop de demandes : réessayez dans 2 minutes.", {
        retryAfterSeconds: 120,
      });
    });
    expect(await refused()).toEqual({
      serverError: {
        code: "RATE_LIMITED",
        message: "Trop de demandes : réessayez dans 2 minutes.",
        details: { retryAfterSeconds: 120 },
      },
    });
  });
});
