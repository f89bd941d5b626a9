// `npm run test:cluster`: two production instances (`npm start`) on one
// PostgreSQL behind nginx in round-robin (scripts/cluster/nginx.conf), checked
// through nginx and through each instance directly. Loopback addresses only;
// every wait is bounded. CLUSTER_DATABASE_URL names a database it may empty.
import { env } from "../../lib/config/env.ts";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "@/lib/db/connection.ts";
import { createPrismaClient, type Db } from "@/lib/db/create-client.ts";
import { PERSONAS } from "@/lib/mock-apis/personas.ts";
import { DEMO_MOCK_API_TOKEN } from "@/lib/config/env-schema.ts";
import { callServerAction, serverActionIds, type TActionAnswer } from "../lib/server-actions.ts";

const databaseUrl = env().CLUSTER_DATABASE_URL ?? "";
const ports = { a: env().CLUSTER_PORT_A, b: env().CLUSTER_PORT_B, nginx: env().CLUSTER_PORT_NGINX };
const nginxBinary = env().NGINX_PATH;
const runtimeDir = path.resolve(".data/cluster");
const SHUTDOWN_TIMEOUT_MS = 8_000;
const SHEET = "formation-financee";
const BUDGET = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Instance = {
  name: "A" | "B";
  port: number;
  base: string;
  child?: ChildProcess;
  exited?: Promise<{ code: number | null; signal: string | null }>;
  log: string[];
};
const instances: Record<"a" | "b", Instance> = {
  a: { name: "A", port: ports.a, base: `http://127.0.0.1:${ports.a}`, log: [] },
  b: { name: "B", port: ports.b, base: `http://127.0.0.1:${ports.b}`, log: [] },
};
const viaNginx = `http://127.0.0.1:${ports.nginx}`;
let nginx: ChildProcess | undefined;
let db: Db;
let actions: Map<string, string>;
let admin: string;
const members: { id: string; email: string; session: string }[] = [];

/** `npm start` as a PaaS runs it (migrations under lock, then server.ts), on loopback only. */
function start(instance: Instance): void {
  instance.log = [];
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(instance.port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      DEMO_MODE: "1",
      NEXTAUTH_URL: viaNginx,
      NEXTAUTH_SECRET: "cluster-test-secret-of-at-least-32-characters",
      NEXT_TELEMETRY_DISABLED: "1",
      SCHEDULER_INTERVAL_MS: "1500",
      // One sign-in e-mail per mailbox and six requests per client: the shared limits are reached in a few requests.
      SIGN_IN_RATE_LIMIT: "1",
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      // Every instance sees the test from 127.0.0.1: the per-address stream cap is tested in integration.
      LIVE_MAX_STREAMS_PER_ADDRESS: "1000",
    },
  });
  const keep = (chunk: Buffer) => instance.log.push(...chunk.toString().split("\n").filter(Boolean).slice(-50));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  instance.child = child;
  instance.exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
}

/** The whole process group: npm and the Next server it runs. */
const signal = (instance: Instance, name: NodeJS.Signals) => process.kill(-instance.child!.pid!, name);

async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  everyMs = 200,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await probe().catch(() => null);
    if (value) return value;
    await sleep(everyMs);
  }
  throw new Error(`délai dépassé : ${what}`);
}

const ready = (instance: Instance, timeoutMs = 120_000) =>
  waitUntil(
    `instance ${instance.name} prête\n${instance.log.slice(-20).join("\n")}`,
    async () => (await fetch(`${instance.base}/api/ready`, { signal: AbortSignal.timeout(2_000) })).ok,
    timeoutMs,
    500,
  );

const get = (base: string, pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${pathname}`, { headers, signal: AbortSignal.timeout(10_000) });

function action(base: string, name: string, input: unknown, session: string, page: string): Promise<TActionAnswer> {
  const actionId = actions.get(name);
  if (!actionId) throw new Error(`action inconnue du build : ${name}`);
  return callServerAction({ base, actionId, input, sessionToken: session, page });
}

type Received = { id: string; data: Record<string, unknown> };
/** A subscriber of /api/live read as EventSource does; `lastEventId` is what EventSource sends when it reconnects. */
async function subscribe(base: string, session: string | null, lastEventId?: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/live`, {
    signal: controller.signal,
    headers: {
      ...(session ? { Cookie: `next-auth.session-token=${session}` } : {}),
      ...(lastEventId ? { "Last-Event-ID": lastEventId } : {}),
    },
  });
  expect(response.status).toBe(200);
  const state = {
    events: [] as Received[],
    lastId: lastEventId ?? "",
    ended: false,
    retryHint: false,
    resync: false,
    readyId: "",
  };
  let isReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (isReady = resolve));
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of response.body!) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => new RegExp(`^${name}: ?(.*)$`, "m").exec(block)?.[1];
          if (field("retry") && block.includes("arrêt")) state.retryHint = true;
          const id = field("id");
          if (id !== undefined) state.lastId = id;
          const kind = field("event");
          if (kind === "ready") {
            state.readyId = id ?? "";
            isReady();
          } else if (kind === "resync") state.resync = true;
          else if (field("data") && id) state.events.push({ id, data: JSON.parse(field("data")!) });
        }
      }
    } catch {
      // The instance went away (or the test closed the stream).
    }
    state.ended = true;
  })();
  await Promise.race([readyPromise, sleep(10_000).then(() => Promise.reject(new Error("flux sans événement ready")))]);
  return { state, close: () => controller.abort() };
}

/** Review requested, then published by the admin, through one instance. */
async function publishHead(useCaseId: string, base: string): Promise<void> {
  const head = await db.useCaseRevision.findFirstOrThrow({ where: { useCaseId }, orderBy: { number: "desc" } });
  for (const name of ["requestReviewAction", "publishSheetAction"]) {
    const answer = await action(
      base,
      `lib/sheets/actions.ts#${name}`,
      { useCaseId, revisionId: head.id },
      admin,
      `/fiches/${SHEET}`,
    );
    expect(answer.errorCode, answer.body.slice(0, 300)).toBeNull();
  }
}

/** A member's ballot as stored: card → points. */
async function storedBallot(
  roundId: string,
  userId: string,
): Promise<{ pointsUsed: number; points: Map<string, number> }> {
  const ballot = await db.ballot.findUnique({
    where: { roundId_userId: { roundId, userId } },
    include: { entries: true },
  });
  return {
    pointsUsed: ballot?.pointsUsed ?? 0,
    points: new Map((ballot?.entries ?? []).map((entry) => [entry.cardId, entry.points ?? 0])),
  };
}

async function createRound(title: string, dates: { opensAt: Date; closesAt: Date }) {
  const cards = await db.boardCard.findMany({ orderBy: { id: "asc" }, take: 10, select: { id: true } });
  const round = await db.voteRound.create({
    data: {
      title,
      question: "Épreuve du test de grappe.",
      method: "DOT_VOTING",
      pointsBudget: BUDGET,
      maxPointsPerItem: 3,
      ...dates,
      openingNotifiedAt: new Date(),
      items: { create: cards.map((card) => ({ cardId: card.id })) },
    },
  });
  return { id: round.id, cardIds: cards.map((card) => card.id) };
}

beforeAll(async () => {
  if (!databaseUrl)
    throw new Error(
      "npm run test:cluster demande une base PostgreSQL qu'il peut vider : CLUSTER_DATABASE_URL=postgresql://…",
    );
  if (!existsSync(nginxBinary))
    throw new Error(`nginx est introuvable (${nginxBinary}) : apt-get install -y nginx, ou NGINX_PATH=…`);
  if (!process.argv.includes("--skip-build") && !env().CLUSTER_SKIP_BUILD)
    execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  actions = serverActionIds();
  // A fresh schema: both instances then start together and race to migrate it (the advisory lock lets one do it).
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
  rmSync(runtimeDir, { recursive: true, force: true });
  mkdirSync(runtimeDir, { recursive: true });
  const upstreams = [instances.a, instances.b]
    .map((instance) => `    server 127.0.0.1:${instance.port} max_fails=1 fail_timeout=3s;`)
    .join("\n");
  const conf = readFileSync(path.join(import.meta.dirname, "nginx.conf"), "utf8")
    .replaceAll("{{RUNTIME_DIR}}", runtimeDir)
    .replaceAll("{{PORT}}", String(ports.nginx))
    .replace("{{UPSTREAM_SERVERS}}", upstreams);
  writeFileSync(path.join(runtimeDir, "nginx.conf"), conf);
  nginx = spawn(
    nginxBinary,
    [
      "-p",
      runtimeDir,
      "-e",
      path.join(runtimeDir, "error.log"),
      "-c",
      path.join(runtimeDir, "nginx.conf"),
      "-g",
      "daemon off;",
    ],
    { stdio: "inherit" },
  );
  start(instances.a);
  start(instances.b);
  await Promise.all([ready(instances.a), ready(instances.b)]);
  // Demo content (the seed migrates first: nothing left to apply), then the test's members and their sessions.
  execFileSync("npx", ["tsx", "scripts/db.ts", "seed"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const opened = openPostgres(databaseUrl);
  db = createPrismaClient(opened.adapterFactory);
  const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const session = async (userId: string) => {
    const token = randomUUID();
    await db.session.create({ data: { sessionToken: token, userId, expires: new Date(Date.now() + 3_600_000) } });
    return token;
  };
  admin = await session((await db.user.findFirstOrThrow({ where: { role: "ADMIN", deactivatedAt: null } })).id);
  for (let index = 0; index < 8; index++) {
    const user = await db.user.create({
      data: {
        email: `grappe.${index}.${randomUUID().slice(0, 6)}@test.example.org`,
        name: `Membre ${index}`,
        role: "MEMBER",
        organisationId: organisation.id,
      },
    });
    members.push({ id: user.id, email: user.email, session: await session(user.id) });
  }
}, 300_000);

afterAll(async () => {
  for (const instance of [instances.a, instances.b]) {
    if (instance.child && instance.child.exitCode === null && instance.child.signalCode === null) {
      try {
        signal(instance, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }
  nginx?.kill("SIGTERM");
  await db?.$disconnect();
});

describe("two instances behind nginx", () => {
  it("both migrated the fresh database once, at the same start, and are ready", async () => {
    const rows = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*)::bigint AS count FROM "_prisma_migrations"`;
    const expected = readdirSync(path.join("prisma", "migrations"), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    ).length;
    expect(Number(rows[0].count)).toBe(expected);
    for (const base of [instances.a.base, instances.b.base, viaNginx])
      expect((await get(base, "/api/ready")).status).toBe(200);
  });

  it("serves a sheet published through A updated by B on the next request (page and public API)", async () => {
    const useCase = await db.useCase.findUniqueOrThrow({ where: { slug: SHEET }, select: { id: true } });
    // B has both in its caches.
    for (let index = 0; index < 2; index++) {
      expect((await get(instances.b.base, `/cas-usage/${SHEET}`)).status).toBe(200);
      expect((await get(instances.b.base, `/api/public/v1/use-cases/${SHEET}`)).status).toBe(200);
    }
    for (let round = 1; round <= 3; round++) {
      const head = await db.useCaseRevision.findFirstOrThrow({
        where: { useCaseId: useCase.id },
        orderBy: { number: "desc" },
      });
      const title = `Formation financée, mise à jour ${round} ${randomUUID().slice(0, 6)}`;
      const saved = await action(
        instances.a.base,
        "lib/sheets/actions.ts#saveSheetAction",
        { useCaseId: useCase.id, baseRevisionId: head.id, title, summary: head.summary, content: head.content },
        admin,
        `/fiches/${SHEET}`,
      );
      expect(saved.errorCode, saved.body.slice(0, 300)).toBeNull();
      await publishHead(useCase.id, instances.a.base);
      // The very next requests, on B directly and through nginx.
      for (const base of [instances.b.base, viaNginx]) {
        expect(await (await get(base, `/cas-usage/${SHEET}`)).text()).toContain(title);
        expect((await (await get(base, `/api/public/v1/use-cases/${SHEET}`)).json()).title).toBe(title);
      }
    }
    // Archived through A: gone from B at once.
    const archived = await action(
      instances.a.base,
      "lib/sheets/actions.ts#archiveSheetAction",
      { useCaseId: useCase.id, archived: true },
      admin,
      `/fiches/${SHEET}`,
    );
    expect(archived.errorCode).toBeNull();
    expect((await get(instances.b.base, `/cas-usage/${SHEET}`)).status).toBe(404);
    expect((await get(instances.b.base, `/api/public/v1/use-cases/${SHEET}`)).status).toBe(404);
    expect(
      (
        await action(
          instances.a.base,
          "lib/sheets/actions.ts#archiveSheetAction",
          { useCaseId: useCase.id, archived: false },
          admin,
          `/fiches/${SHEET}`,
        )
      ).errorCode,
    ).toBeNull();
    // Brought back and published through B this time: A serves it again at once.
    await publishHead(useCase.id, instances.b.base);
    expect((await get(instances.a.base, `/cas-usage/${SHEET}`)).status).toBe(200);
    expect((await get(instances.a.base, `/api/public/v1/use-cases/${SHEET}`)).status).toBe(200);
  });

  it("serves the guide and the open data updated by B right after a catalogue change through A", async () => {
    const slug = "revenu-fiscal-reference";
    const pages = [
      "/guide",
      "/api/public/v1/guide/markdown",
      "/api/public/v1/open-data/donnees.json",
      "/api/public/v1/open-data/donnees.csv",
    ];
    // B has them in its cache.
    for (let index = 0; index < 2; index++)
      for (const page of pages) expect((await get(instances.b.base, page)).status, page).toBe(200);
    for (let round = 1; round <= 2; round++) {
      const item = await db.dataItem.findUniqueOrThrow({
        where: { slug },
        include: { publicApi: { select: { slug: true } } },
      });
      const name = `Revenu fiscal de référence ${round} ${randomUUID().slice(0, 6)}`;
      const saved = await action(
        instances.a.base,
        "lib/catalogue/actions.ts#saveDataItemAction",
        {
          id: item.id,
          expectedVersion: item.version,
          name,
          definition: item.definition,
          format: item.format ?? "",
          holder: item.holder,
          publicApi: item.publicApi?.slug ?? "",
          endpoint: item.endpoint ?? "",
          scopes: item.scopes.join(", "),
          availability: item.availability,
          effort: item.effort,
          paths: item.paths,
        },
        members[0].session,
        `/donnees/${slug}/modifier`,
      );
      expect(saved.errorCode, saved.body.slice(0, 300)).toBeNull();
      // The very next requests, on B directly and through nginx.
      for (const base of [instances.b.base, viaNginx])
        for (const page of pages) expect(await (await get(base, page)).text(), `${base}${page}`).toContain(name);
    }
  });

  it("delivers a vote cast on A to a subscriber of B within a second, and to no anonymous one", async () => {
    const round = await createRound("Scrutin de la grappe (direct)", {
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3_600_000),
    });
    const memberOnB = await subscribe(instances.b.base, members[0].session);
    const anonymousOnB = await subscribe(instances.b.base, null);
    for (let vote = 0; vote < 5; vote++) {
      const before = memberOnB.state.events.length;
      const started = performance.now();
      const answer = await action(
        instances.a.base,
        "lib/rounds/actions.ts#castVoteAction",
        { roundId: round.id, cardId: round.cardIds[vote], points: 1 },
        members[1].session,
        `/priorisation/scrutins/${round.id}`,
      );
      expect(answer.errorCode).toBeNull();
      await waitUntil(
        "vote reçu sur B",
        async () =>
          memberOnB.state.events
            .slice(before)
            .some((event) => event.data.type === "ballot.cast" && event.data.roundId === round.id),
        1_000,
        10,
      );
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    // The event carries who voted, counted after the last vote whichever instance counted it (ADR 0031): one voter.
    const casts = memberOnB.state.events.filter(
      (event) => event.data.type === "ballot.cast" && event.data.roundId === round.id,
    );
    expect(casts.at(-1)?.data).toMatchObject({ participation: { voters: 1 } });
    // Ballot activity on an open round, and its counts, are for members only.
    expect(anonymousOnB.state.events.filter((event) => event.data.type === "ballot.cast")).toEqual([]);
    memberOnB.close();
    anonymousOnB.close();
  });

  it("keeps every budget with one member's votes spread over both instances", async () => {
    const round = await createRound("Scrutin de la grappe (budgets)", {
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3_600_000),
    });
    const bases = [instances.a.base, instances.b.base, viaNginx];
    const expected = new Map<string, Map<string, number>>();
    await Promise.all(
      members.map(async (member, index) => {
        const acknowledged = new Map<string, number>();
        // Two voting tabs per member, each on its own instance, on separate cards: the budget is shared.
        await Promise.all(
          [0, 1].map(async (tab) => {
            for (let vote = 0; vote < 12; vote++) {
              const cardId = round.cardIds[tab * 5 + ((vote + index) % 5)];
              const points = (vote * 7 + index) % 4;
              const answer = await action(
                bases[(vote + tab) % bases.length],
                "lib/rounds/actions.ts#castVoteAction",
                { roundId: round.id, cardId, points },
                member.session,
                `/priorisation/scrutins/${round.id}`,
              );
              if (answer.ok) acknowledged.set(cardId, points);
              else expect(answer.errorCode).toBe("LIMIT_REACHED");
            }
          }),
        );
        expected.set(member.id, acknowledged);
      }),
    );
    for (const member of members) {
      const stored = await storedBallot(round.id, member.id);
      const sum = [...stored.points.values()].reduce((total, points) => total + points, 0);
      expect(stored.pointsUsed).toBe(sum);
      expect(sum).toBeLessThanOrEqual(BUDGET);
      for (const [cardId, points] of expected.get(member.id)!) expect(stored.points.get(cardId) ?? 0).toBe(points);
    }
  });

  it("notifies and e-mails each member exactly once when a round closes by date, both instances ticking", async () => {
    const title = `Scrutin de la grappe (clôture) ${randomUUID().slice(0, 6)}`;
    const round = await createRound(title, {
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 1_000),
    });
    await waitUntil(
      "scrutin clos par le planificateur",
      async () => (await db.voteRound.findUniqueOrThrow({ where: { id: round.id } })).closedAt,
      20_000,
    );
    // A few more ticks of both instances: nothing more may arrive.
    await sleep(4_000);
    const active = await db.user.findMany({ where: { deactivatedAt: null }, select: { id: true, email: true } });
    for (const user of active) {
      expect(await db.notification.count({ where: { userId: user.id, title: `Scrutin clos : ${title}` } })).toBe(1);
      expect(
        await db.devMail.count({ where: { to: user.email, subject: `[Atelier EFOP] Scrutin clos : ${title}` } }),
      ).toBe(1);
    }
  });

  it("shares the rate limits: the request past a limit is refused whichever instance gets it", async () => {
    // Every request comes from 127.0.0.1 (the test, or nginx in front): one client for the limits.
    const { slug } = await db.useCase.findFirstOrThrow({
      where: { state: "PUBLISHED", slug: { not: SHEET } },
      select: { slug: true },
    });
    const bases = [instances.a.base, instances.b.base, viaNginx];
    const feedback = (index: number) =>
      fetch(`${bases[index % bases.length]}/api/public/v1/use-cases/${slug}/feedback`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        // The honeypot field: counted by the limit, stored nowhere.
        body: JSON.stringify({
          section: "general",
          message: `Retour de robot numéro ${index} du test de grappe`,
          website: "https://robot.example",
        }),
      });
    for (let index = 0; index < 5; index++) expect((await feedback(index)).status).toBe(201);
    const sixth = await feedback(5);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await feedback(6)).status).toBe(429);

    // Sign-in (SIGN_IN_RATE_LIMIT=1 here): one e-mail per mailbox, then none, and six requests per client, then 429.
    const signIn = async (base: string, email: string) => {
      const csrf = await fetch(`${base}/api/auth/csrf`);
      const cookie = csrf.headers
        .getSetCookie()
        .map((value) => value.split(";")[0])
        .join("; ");
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      return fetch(`${base}/api/auth/signin/email`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
        body: new URLSearchParams({ email, csrfToken, callbackUrl: "/", json: "true" }),
      });
    };
    const mailbox = members[7].email;
    // Sign-in e-mails only: the members also received the rounds' notifications.
    const signInMails = (to: string) => db.devMail.count({ where: { to, subject: { contains: "connexion" } } });
    const statuses = [];
    for (let index = 0; index < 6; index++)
      statuses.push((await signIn(bases[index % 2], index % 2 ? mailbox.toUpperCase() : mailbox)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await signInMails(mailbox)).toBe(1);
    // The seventh request of this client, on either instance, is refused with a delay.
    for (const base of [instances.a.base, instances.b.base]) {
      const refused = await signIn(base, members[6].email);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(await signInMails(members[6].email)).toBe(0);
  });

  it("keeps serving through nginx when A is killed under load, loses no acknowledged vote, and A's subscribers catch up on B", async () => {
    const round = await createRound("Scrutin de la grappe (panne)", {
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3_600_000),
    });
    const subscribers = await Promise.all(
      members.slice(0, 3).map((member) => subscribe(instances.a.base, member.session)),
    );
    const firstId = BigInt(subscribers[0].state.readyId);
    let killedAt = Infinity;
    let stop = false;
    const reads: { startedAt: number; ok: boolean }[] = [];
    const votes = new Map<string, { cardId: string; points: number; ok: boolean }[]>();
    const readers = Array.from({ length: 4 }, async (_, reader) => {
      for (let index = 0; !stop; index++) {
        const startedAt = performance.now();
        const ok = await get(viaNginx, index % 2 ? `/api/public/v1/use-cases/${SHEET}` : `/cas-usage/${SHEET}`).then(
          (response) => response.ok,
          () => false,
        );
        reads.push({ startedAt, ok });
        if (reader === 0) await sleep(5);
      }
    });
    const voters = members.map(async (member, index) => {
      const attempts: { cardId: string; points: number; ok: boolean }[] = [];
      votes.set(member.id, attempts);
      for (let vote = 0; !stop; vote++) {
        const cardId = round.cardIds[(vote + index) % 10];
        const points = (vote + index) % 2;
        const answer = await action(
          viaNginx,
          "lib/rounds/actions.ts#castVoteAction",
          { roundId: round.id, cardId, points },
          member.session,
          `/priorisation/scrutins/${round.id}`,
        ).catch(() => null);
        attempts.push({ cardId, points, ok: answer?.ok ?? false });
      }
    });
    await sleep(1_500);
    signal(instances.a, "SIGKILL");
    killedAt = performance.now();
    await instances.a.exited;
    // EventSource reconnects by itself after `retry`, with Last-Event-ID; through nginx it lands on B.
    await waitUntil("flux de A coupés", async () => subscribers.every((subscriber) => subscriber.state.ended), 5_000);
    const resumed = await Promise.all(
      subscribers.map(async (subscriber, index) => ({
        before: subscriber,
        after: await subscribe(viaNginx, members[index].session, subscriber.state.lastId),
      })),
    );
    await sleep(2_500);
    stop = true;
    await Promise.all([...readers, ...voters]);

    const afterKill = reads.filter((read) => read.startedAt > killedAt);
    expect(afterKill.length).toBeGreaterThan(20);
    expect(afterKill.filter((read) => !read.ok)).toEqual([]);
    for (const member of members) {
      const attempts = votes.get(member.id)!;
      expect(attempts.filter((attempt) => attempt.ok).length).toBeGreaterThan(0);
      const stored = await storedBallot(round.id, member.id);
      for (const cardId of round.cardIds) {
        const onCard = attempts.filter((attempt) => attempt.cardId === cardId);
        const lastOk = onCard.map((attempt) => attempt.ok).lastIndexOf(true);
        if (lastOk < 0) continue;
        // An unanswered vote after the last acknowledged one may or may not have been applied before the kill.
        const possible = new Set([
          onCard[lastOk].points,
          ...onCard
            .slice(lastOk + 1)
            .filter((attempt) => !attempt.ok)
            .map((attempt) => attempt.points),
        ]);
        expect(possible, `membre ${member.id}, carte ${cardId}`).toContain(stored.points.get(cardId) ?? 0);
      }
    }
    // Every event published since the subscription, once each, in order, across the two connections.
    const published = (
      await db.liveEvent.findMany({ where: { id: { gt: firstId } }, orderBy: { id: "asc" }, select: { id: true } })
    ).map((row) => String(row.id));
    expect(published.length).toBeGreaterThan(10);
    for (const { before, after } of resumed) {
      expect(after.state.resync).toBe(false);
      const received = [...before.state.events, ...after.state.events].map((event) => event.id);
      expect(received).toEqual(published);
      after.close();
    }
  });

  it("lets A rejoin once restarted", async () => {
    start(instances.a);
    await ready(instances.a);
    expect((await get(instances.a.base, `/cas-usage/${SHEET}`)).status).toBe(200);
    // Round-robin again: both instances answer through nginx (each gets its share within a few requests).
    await sleep(3_500);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => get(viaNginx, "/api/ready").then((response) => response.status)),
    );
    expect(answers.every((status) => status === 200)).toBe(true);
  });

  it("drains B on SIGTERM: streams closed with a retry hint, in-flight requests finished, pool closed, exit 0", async () => {
    const subscriber = await subscribe(instances.b.base, members[0].session);
    const siret = PERSONAS.find((persona) => persona.key === "employeur-pme")!.company!.siret;
    const slow = get(
      instances.b.base,
      `/api/mock/api-entreprise/v3/insee/sirene/etablissements/${siret}?recipient=13002526500013&context=cluster&object=cluster`,
      { Authorization: `Bearer ${DEMO_MOCK_API_TOKEN}`, "X-Mock-Latency-Ms": "2000" },
    );
    await sleep(300);
    const signalledAt = performance.now();
    signal(instances.b, "SIGTERM");
    await waitUntil("flux de B fermé", async () => subscriber.state.ended, 2_000, 20);
    expect(subscriber.state.retryHint).toBe(true);
    // B takes no new connection…
    // …(a connection it kept alive gets one last answer, marked Connection: close)…
    await waitUntil(
      "B refuse les connexions",
      async () =>
        fetch(`${instances.b.base}/api/health`, { signal: AbortSignal.timeout(1_000) }).then(
          () => false,
          () => true,
        ),
      3_000,
      50,
    );
    // …nginx serves from A…
    for (let index = 0; index < 10; index++) expect((await get(viaNginx, `/cas-usage/${SHEET}`)).status).toBe(200);
    // …and the request B had started is answered.
    expect((await slow).status).toBe(200);
    const exit = await Promise.race([instances.b.exited!, sleep(SHUTDOWN_TIMEOUT_MS + 5_000).then(() => null)]);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(performance.now() - signalledAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5_000);
    expect(instances.b.log.join("\n")).toContain("base de données fermée");
  });
});
