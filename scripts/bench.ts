// `npm run bench`: builds the app, starts the production server on a fresh
// embedded database (and on PostgreSQL when BENCH_DATABASE_URL is set), loads
// each scenario with autocannon and writes bench/results.json plus a table.
// Targets are ratios measured in the same run (machines are noisy).
// `--smoke`: short runs that fail only if a scenario errors (used by CI).
// `--live-votes`: only the scenario of votes with every ballot page following live events (ADR 0027).
// `--content`: only the in-process scenarios of bounded content (revision comparison,
// hostile Markdown; ADR 0014), without building nor starting the server.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { connectorConfigFromEnv } from "@/lib/connectors/connector-config.ts";
import { PERSONAS } from "@/lib/mock-apis/personas.ts";
import { signInWithSimulatedProvider } from "@/lib/connectors/simulated-sign-in.ts";
import { DEMO_MOCK_API_TOKEN } from "@/lib/config/env-schema.ts";
import { env as config } from "@/lib/config/env.ts";
import { prefillPath } from "@/lib/wizard/prefill-path.ts";
import { PATH_SOURCES } from "@/lib/wizard/wizard-definition.ts";
import { callServerAction, serverActionIds } from "./lib/server-actions.ts";
import { coalesce } from "@/lib/live/coalesce.ts";
import { auditPublicPages, PUBLIC_PAGES, TARGETS, type TLighthouseResult } from "./lib/lighthouse-audit.ts";
import { runContentBench, type TContentBenchResult } from "./lib/content-bench.ts";
import { MEMORY_TARGETS_MB, productionServerArgs, startScriptOf } from "./lib/production-server-command.ts";

// The servers under measure run in demo mode (demo accounts, published mock token): so does the
// connector configuration this process builds for the pre-fill scenario.
process.env.DEMO_MODE = "1";
const smoke = process.argv.includes("--smoke");
const skipBuild = process.argv.includes("--skip-build");
const contentOnly = process.argv.includes("--content");
const liveVotesOnly = process.argv.includes("--live-votes");
const duration = config().BENCH_DURATION ?? (smoke ? 2 : 10);
const connections = 32;
const port = config().BENCH_PORT;
const base = `http://127.0.0.1:${port}`;

/**
 * `copyOf`: this scenario serves, as a file of public/, the exact bytes that path answered in this run.
 * A page is compared with its own bytes served as a static file, not with a 300-byte icon: Next serves a
 * static file of 85 KB several times slower than one of 300 bytes, so against the icon even the page's own
 * static copy would fall far short of the target (ADR 0010). The icon ratio is still reported.
 */
type Scenario = {
  name: string;
  path: string;
  headers?: Record<string, string>;
  copyOf?: string;
  target?: { baseline: string; minRatio: number };
};
const employer = PERSONAS.find((persona) => persona.key === "employeur-pme")!.company!;
const SHEET_PAGE = "/cas-usage/formation-financee";
const SHEET_API = "/api/public/v1/use-cases/formation-financee";
const STATIC_COPIES_DIR = path.join("public", "bench");
const SCENARIOS: Scenario[] = [
  { name: "static-file", path: "/favicon.svg" },
  { name: "static-copy-of-sheet-page", path: "/bench/sheet-page.html", copyOf: SHEET_PAGE },
  { name: "static-copy-of-sheet-api", path: "/bench/sheet.json", copyOf: SHEET_API },
  { name: "public-sheet-page", path: SHEET_PAGE, target: { baseline: "static-copy-of-sheet-page", minRatio: 0.5 } },
  { name: "public-sheet-api", path: SHEET_API, target: { baseline: "static-copy-of-sheet-api", minRatio: 0.5 } },
  { name: "public-catalogue-api", path: "/api/public/v1/use-cases" },
  // The mocks answer after the real services' typical latency (300 ms for API Entreprise).
  {
    name: "mock-api-entreprise",
    path: `/api/mock/api-entreprise/v3/insee/sirene/etablissements/${employer.siret}?recipient=13002526500013&context=bench&object=bench`,
    headers: { Authorization: `Bearer ${DEMO_MOCK_API_TOKEN}` },
  },
  {
    name: "mock-api-entreprise-no-latency",
    path: `/api/mock/api-entreprise/v3/insee/sirene/etablissements/${employer.siret}?recipient=13002526500013&context=bench&object=bench`,
    headers: { Authorization: `Bearer ${DEMO_MOCK_API_TOKEN}`, "X-Mock-Latency-Ms": "0" },
  },
];

type PrefillResult = {
  database: string;
  path: string;
  totalMs: number;
  slowestCallMs: number;
  ratio: number;
  target: number;
  met: boolean;
};

/** A full pre-fill of each path against the running server's mocks, at their default latency (median of 5). */
async function benchPrefill(label: string): Promise<PrefillResult[]> {
  const config = connectorConfigFromEnv(base);
  const personas = {
    PARTICULIER: "salariee-ptp",
    EMPLOYEUR: "employeur-pme",
    ORGANISME_FORMATION: "organisme-qualiopi",
  } as const;
  const results: PrefillResult[] = [];
  for (const path of Object.keys(personas) as (keyof typeof personas)[]) {
    const runs = [];
    const identity = await signInWithSimulatedProvider(config, { path, personaKey: personas[path] });
    for (let run = 0; run < (smoke ? 1 : 5); run++) {
      const result = await prefillPath({ path, identity, consented: PATH_SOURCES[path] }, config);
      if (result.sources.some((source) => source.status === "failed"))
        throw new Error(`pré-remplissage ${path} en échec`);
      runs.push({
        totalMs: result.totalMs,
        slowestCallMs: Math.max(...result.sources.map((source) => source.durationMs)),
      });
    }
    runs.sort((a, b) => a.totalMs - b.totalMs);
    const median = runs[Math.floor(runs.length / 2)];
    const ratio = Math.round((median.totalMs / median.slowestCallMs) * 100) / 100;
    results.push({ database: label, path, ...median, ratio, target: 1.2, met: ratio <= 1.2 });
  }
  return results;
}

type Fixtures = {
  sessions: string[];
  roundId: string;
  roundCardIds: string[];
  move: { cardId: string; version: number; columns: [string, string] };
  boardCards: number;
  workshop: { id: string; roundId: string; sessions: string[]; projectionSession: string };
};
type BoardResult = {
  database: string;
  scenario: string;
  measure: string;
  samples: number;
  p50: number;
  p95: number;
  errors: number;
  target: number;
  met: boolean;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
};

/**
 * 50 members changing their ballots at the same time. « Au rythme d'un membre » : each casts one vote per
 * second (a click on + or −), the latency a member feels — the target applies here. « Saturation » : each
 * votes again as soon as answered, the most the server absorbs (reported, no target).
 */
async function benchVotes(
  label: string,
  fixtures: Fixtures,
  actionId: string,
  pace: "member" | "saturation",
  seconds = duration,
): Promise<BoardResult> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  // Posted to the round's page, as the browser does: Next forwards an action posted to a page that does not
  // bundle it to a second request on the same server, which would measure that detour instead of the vote.
  const page = `/priorisation/scrutins/${fixtures.roundId}`;
  await Promise.all(
    fixtures.sessions.map(async (sessionToken, voter) => {
      // Spread the first votes over the first second, as members do not click in unison.
      if (pace === "member")
        await new Promise((resolve) => setTimeout(resolve, (voter * 1000) / fixtures.sessions.length));
      for (let vote = voter; Date.now() < until; vote++) {
        // 0 or 1 point on one of 10 cards: always within the budget of 10, so every answer should be a success.
        const input = {
          roundId: fixtures.roundId,
          cardId: fixtures.roundCardIds[vote % 10],
          points: (Math.floor(vote / 10) + voter) % 2,
        };
        const started = performance.now();
        const answer = await callServerAction({ base, actionId, input, sessionToken, page }).catch(() => null);
        const elapsed = performance.now() - started;
        latencies.push(elapsed);
        if (!answer?.ok) errors++;
        if (pace === "member") await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - elapsed)));
      }
    }),
  );
  const p95 = percentile(latencies, 95);
  const perSecond = Math.round(latencies.length / seconds);
  return pace === "member"
    ? {
        database: label,
        scenario: "vote-50-votants-1-par-seconde",
        measure: "temps d'un vote (ms)",
        samples: latencies.length,
        p50: percentile(latencies, 50),
        p95,
        errors,
        target: 50,
        met: p95 <= 50,
      }
    : {
        database: label,
        scenario: `vote-50-votants-saturation (${perSecond} votes/s)`,
        measure: "temps d'un vote (ms)",
        samples: latencies.length,
        p50: percentile(latencies, 50),
        p95,
        errors,
        target: Infinity,
        met: true,
      };
}

/** Server render of the whole board, one request at a time so that the figure is the render, not queueing. */
async function benchBoardRender(label: string, fixtures: Fixtures): Promise<BoardResult> {
  await autocannon({ url: `${base}/priorisation`, connections: 1, duration: 1 });
  const run = await autocannon({ url: `${base}/priorisation`, connections: 1, duration });
  const p95 = run.latency.p97_5 ?? run.latency.p99;
  return {
    database: label,
    scenario: `rendu-tableau-${fixtures.boardCards}-cartes`,
    measure: "rendu serveur (ms)",
    samples: run.requests.total,
    p50: run.latency.p50,
    p95,
    errors: run.errors + run.timeouts + run.non2xx,
    target: 150,
    met: p95 <= 150,
  };
}

/**
 * A subscriber of /api/live (a member's when given a session); `next` resolves with the first event
 * matching the predicate, `onEvent` sees every event.
 */
async function subscribeLive({
  sessionToken,
  onEvent,
}: { sessionToken?: string; onEvent?: (event: Record<string, unknown>) => void } = {}) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/live`, {
    signal: controller.signal,
    headers: sessionToken ? { Cookie: `next-auth.session-token=${sessionToken}` } : {},
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  type Waiter = {
    match: (event: Record<string, unknown>) => boolean;
    resolve: (event: Record<string, unknown>) => void;
  };
  const pending: { waiter: Waiter | null } = { waiter: null };
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes("event: ready")) ready();
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!data || block.includes("event: ")) continue;
        const event = JSON.parse(data) as Record<string, unknown>;
        onEvent?.(event);
        if (pending.waiter?.match(event)) {
          pending.waiter.resolve(event);
          pending.waiter = null;
        }
      }
    }
  })();
  await readyPromise;
  return {
    next: (match: (event: Record<string, unknown>) => boolean) =>
      new Promise<Record<string, unknown>>((resolve) => (pending.waiter = { match, resolve })),
    close: () => controller.abort(),
  };
}

/** Time from sending a move to a second member's browser receiving it (server-sent events). */
async function benchMovePropagation(label: string, fixtures: Fixtures, actionId: string): Promise<BoardResult> {
  const first = await subscribeLive();
  const second = await subscribeLive();
  const delays: number[] = [];
  let errors = 0;
  let version = fixtures.move.version;
  for (let move = 0; move < (smoke ? 3 : 30); move++) {
    const arrival = second.next((event) => event.type === "card.moved" && event.cardId === fixtures.move.cardId);
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000));
    const started = performance.now();
    const answer = await callServerAction({
      base,
      actionId,
      sessionToken: fixtures.sessions[0],
      page: "/priorisation",
      input: {
        cardId: fixtures.move.cardId,
        toColumnId: fixtures.move.columns[(move + 1) % 2],
        toIndex: 0,
        expectedVersion: version,
      },
    });
    const event = await Promise.race([arrival, timeout]);
    if (!answer.ok || !event) {
      errors++;
      break;
    }
    delays.push(performance.now() - started);
    version = event.version as number;
  }
  first.close();
  second.close();
  const p95 = percentile(delays, 95);
  return {
    database: label,
    scenario: "propagation-deplacement",
    measure: "déplacement → 2e abonné (ms)",
    samples: delays.length,
    p50: percentile(delays, 50),
    p95,
    errors,
    target: 1000,
    met: errors === 0 && p95 <= 1000,
  };
}

/**
 * 50 members on the ballot page of an open round, each page following live events as the browser does.
 * Each member votes once a second. A browser runs its server actions one at a time, so each member's
 * actions go through a queue of their own and a vote is timed from the click to the answer, waiting
 * included. Since ADR 0031 a `ballot.cast` event (one per burst of votes) carries the participation, and
 * the page reads nothing. On an older build the page reads again on each event, as those pages did:
 * GET /api/rounds/:id/participation coalesced per page (ADR 0027, lib/live/coalesce.ts), or before it
 * the getRound server action, queued in the member's action queue.
 */
async function benchLiveVotes(
  label: string,
  fixtures: Fixtures,
  castVoteId: string,
  getRoundId: string | undefined,
  seconds = duration,
): Promise<BoardResult> {
  const latencies: number[] = [];
  let errors = 0;
  let reads = 0;
  let events = 0;
  let carried = false;
  let stopped = false;
  const page = `/priorisation/scrutins/${fixtures.roundId}`;
  const cookie = (sessionToken: string) => ({ Cookie: `next-auth.session-token=${sessionToken}` });
  const members = fixtures.sessions.map((sessionToken) => {
    let queue: Promise<unknown> = Promise.resolve();
    /** The browser's server-action queue of this member's page. */
    const runAction = <T>(action: () => Promise<T>): Promise<T> => {
      const next = queue.then(action);
      queue = next.catch(() => undefined);
      return next;
    };
    const readParticipation = coalesce(async () => {
      if (stopped) return;
      reads++;
      const response = await fetch(`${base}/api/rounds/${fixtures.roundId}/participation`, {
        headers: cookie(sessionToken),
      });
      if (!response.ok) errors++;
      await response.arrayBuffer();
    });
    const onBallotCast = getRoundId
      ? () =>
          void runAction(async () => {
            if (stopped) return;
            reads++;
            await callServerAction({
              base,
              actionId: getRoundId,
              input: { roundId: fixtures.roundId },
              sessionToken,
              page,
            });
          }).catch(() => undefined)
      : readParticipation;
    return { sessionToken, runAction, onBallotCast };
  });
  const subscriptions = await Promise.all(
    members.map((member) =>
      subscribeLive({
        sessionToken: member.sessionToken,
        onEvent: (event) => {
          if (event.type !== "ballot.cast" || event.roundId !== fixtures.roundId) return;
          events++;
          // The participation comes with the event: the page shows it and reads nothing.
          if (event.participation) carried = true;
          else member.onBallotCast();
        },
      }),
    ),
  );
  const until = Date.now() + seconds * 1000;
  // At the end, reads still queued are dropped so that the last votes finish (an old build's queues grow without
  // bound).
  const stop = setTimeout(() => (stopped = true), seconds * 1000);
  await Promise.all(
    members.map(async (member, voter) => {
      await new Promise((resolve) => setTimeout(resolve, (voter * 1000) / members.length));
      for (let vote = voter; Date.now() < until; vote++) {
        const input = {
          roundId: fixtures.roundId,
          cardId: fixtures.roundCardIds[vote % 10],
          points: (Math.floor(vote / 10) + voter) % 2,
        };
        const started = performance.now();
        const answer = await member
          .runAction(() =>
            callServerAction({ base, actionId: castVoteId, input, sessionToken: member.sessionToken, page }),
          )
          .catch(() => null);
        const elapsed = performance.now() - started;
        latencies.push(elapsed);
        if (!answer?.ok) errors++;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - elapsed)));
      }
    }),
  );
  clearTimeout(stop);
  stopped = true;
  for (const subscription of subscriptions) subscription.close();
  const p95 = percentile(latencies, 95);
  const path = getRoundId ? "action getRound" : carried ? "participation dans l'événement" : "GET participation";
  const rates = `${Math.round(events / seconds)} événements reçus/s, ${Math.round(reads / seconds)} lectures/s`;
  return {
    database: label,
    scenario: `vote-50-votants-abonnes-aux-evenements (${path}, ${rates})`,
    measure: "temps d'un vote, file d'attente comprise (ms)",
    samples: latencies.length,
    p50: percentile(latencies, 50),
    p95,
    errors,
    target: 50,
    met: p95 <= 50,
  };
}

type Result = {
  database: string;
  scenario: string;
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
  non2xx: number;
  ratio?: { baseline: string; value: number; target: number; met: boolean };
  /** Against the 300-byte icon, for reference (no target). */
  ratioToSmallFile?: number;
};

const env = (database: string | undefined) => ({
  ...process.env,
  NODE_ENV: "production" as const,
  PORT: String(port),
  NEXTAUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: database ?? "",
  DEMO_MODE: "1",
  PGLITE_DATA_DIR: ".data/bench/pglite",
  AUTH_SECRET_FILE: ".data/bench/auth-secret",
});

function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("le serveur n'a pas répondu sur /api/health");
}

type TWorkshopView = { notes: { text: string }[]; vote: { voters: number } | null };

/**
 * A workshop's projection as the browser runs it: follows /api/live signed in and, on each event of the
 * workshop (or of its round), reads the workshop's state again, with one read in flight and one queued
 * (lib/workshops/refresh-workshop.ts). `onState` gets every state read.
 */
async function followWorkshop(workshop: Fixtures["workshop"], onState: (state: TWorkshopView) => void) {
  const controller = new AbortController();
  const headers = { Cookie: `next-auth.session-token=${workshop.projectionSession}` };
  const reading = { running: false, again: false };
  const read = async () => {
    if (reading.running) return void (reading.again = true);
    reading.running = true;
    try {
      do {
        reading.again = false;
        const response = await fetch(`${base}/api/ateliers/${workshop.id}`, {
          headers,
          signal: controller.signal,
        }).catch(() => null);
        if (response?.ok) onState((await response.json()) as TWorkshopView);
      } while (reading.again);
    } finally {
      reading.running = false;
    }
  };
  const live = await subscribeLive({
    sessionToken: workshop.projectionSession,
    onEvent: (event) => {
      if (
        (event.type === "workshop.changed" && event.workshopId === workshop.id) ||
        (event.type === "ballot.cast" && event.roundId === workshop.roundId)
      )
        void read();
    },
  });
  return {
    close: () => {
      live.close();
      controller.abort();
    },
  };
}

/**
 * A live workshop: 60 participants post notes from their phones (each one every 2 s, spread over the
 * first 2 s), one projection follows; the figure is the time from a note's sending to its text in the
 * projection's state. Then each participant casts a first vote (spread over the phase): the k-th vote
 * sent is counted as arrived when the projection shows at least k voters (ballots are anonymous).
 */
async function benchWorkshop(label: string, fixtures: Fixtures, actions: Map<string, string>): Promise<BoardResult[]> {
  const { workshop } = fixtures;
  const postNote = actions.get("lib/workshops/actions.ts#postWorkshopNoteAction")!;
  const castVote = actions.get("lib/rounds/actions.ts#castVoteAction")!;
  const page = `/ateliers/${workshop.id}`;
  const sentAt = new Map<string, number>();
  const noteDelays: number[] = [];
  const firstVotes: number[] = [];
  const voterSeenAt: number[] = [];
  const projection = await followWorkshop(workshop, (state) => {
    const now = performance.now();
    for (const note of state.notes) {
      const started = sentAt.get(note.text);
      if (started !== undefined) {
        noteDelays.push(now - started);
        sentAt.delete(note.text);
      }
    }
    while (voterSeenAt.length < (state.vote?.voters ?? 0)) voterSeenAt.push(now);
  });
  let noteErrors = 0;
  const until = Date.now() + duration * 1000;
  await Promise.all(
    workshop.sessions.map(async (sessionToken, participant) => {
      await new Promise((resolve) => setTimeout(resolve, (participant * 2000) / workshop.sessions.length));
      // At most 15 notes each: within the note rate limit (20 a minute) whatever BENCH_DURATION says.
      for (let note = 0; note < 15 && Date.now() < until; note++) {
        const text = `Note de charge ${participant}-${note} ${randomUUID().slice(0, 8)}`;
        const started = performance.now();
        sentAt.set(text, started);
        const answer = await callServerAction({
          base,
          actionId: postNote,
          sessionToken,
          page,
          input: { workshopId: workshop.id, idempotencyKey: randomUUID(), text },
        }).catch(() => null);
        if (!answer?.ok) {
          noteErrors++;
          sentAt.delete(text);
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2000 - (performance.now() - started))));
      }
    }),
  );
  const votePhaseMs = Math.min(duration, 5) * 1000;
  let voteErrors = 0;
  await Promise.all(
    workshop.sessions.map(async (sessionToken, participant) => {
      await new Promise((resolve) => setTimeout(resolve, (participant * votePhaseMs) / workshop.sessions.length));
      const started = performance.now();
      const answer = await callServerAction({
        base,
        actionId: castVote,
        sessionToken,
        page,
        input: { roundId: workshop.roundId, cardId: fixtures.roundCardIds[participant % 10], points: 1 },
      }).catch(() => null);
      if (answer?.ok) firstVotes.push(started);
      else voteErrors++;
    }),
  );
  // What has not arrived 5 s after the last sending is counted as lost.
  const deadline = Date.now() + 5_000;
  while ((sentAt.size > 0 || voterSeenAt.length < firstVotes.length) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  projection.close();
  firstVotes.sort((a, b) => a - b);
  const voteDelays = firstVotes
    .slice(0, voterSeenAt.length)
    .map((started, index) => Math.max(0, voterSeenAt[index] - started));
  const lostVotes = firstVotes.length - voteDelays.length;
  const result = (scenario: string, measure: string, delays: number[], errors: number): BoardResult => {
    const p95 = percentile(delays, 95);
    return {
      database: label,
      scenario,
      measure,
      samples: delays.length,
      p50: percentile(delays, 50),
      p95,
      errors,
      target: 1000,
      met: errors === 0 && p95 <= 1000,
    };
  };
  return [
    result(
      `atelier-${workshop.sessions.length}-participants-notes`,
      "note envoyée → projection (ms)",
      noteDelays,
      noteErrors + sentAt.size,
    ),
    result(
      `atelier-${workshop.sessions.length}-participants-votes`,
      "vote envoyé → participation projetée (ms)",
      voteDelays,
      voteErrors + lostVotes,
    ),
  ];
}

async function load(pathname: string, seconds: number, headers?: Record<string, string>) {
  // A slow answer is measured, not dropped: only failures count as errors.
  return autocannon({ url: `${base}${pathname}`, connections, duration: seconds, timeout: 30, headers });
}

type MemoryResult = { database: "pglite" | "postgresql"; peakRssMb: number; target: number; met: boolean };

async function runOn(database: string | undefined): Promise<{
  results: Result[];
  prefill: PrefillResult[];
  board: BoardResult[];
  lighthouse: TLighthouseResult[];
  memory: MemoryResult;
}> {
  const label = database ? "postgresql" : "pglite";
  rmSync(".data/bench", { recursive: true, force: true });
  if (database) {
    // A fresh PostgreSQL schema too, so that runs compare like with like.
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  }
  execFileSync("npx", ["tsx", "scripts/db.ts", database ? "seed" : "prepare"], {
    env: env(database),
    stdio: "inherit",
  });
  execFileSync("npx", ["tsx", "scripts/bench-fixtures.ts"], { env: env(database), stdio: "inherit" });
  const fixtures = JSON.parse(readFileSync(".data/bench/fixtures.json", "utf8")) as Fixtures;
  const actions = serverActionIds();
  // Next lists the files of public/ when it starts: the static copies are written by a first server, then served by a
  // second.
  if (!liveVotesOnly) await writeStaticCopies(database);
  const server = startServer(database);
  try {
    await waitForHealth();
    const castVote = actions.get("lib/rounds/actions.ts#castVoteAction")!;
    const liveVotes = () =>
      benchLiveVotes(label, fixtures, castVote, actions.get("lib/rounds/actions.ts#getRoundAction"));
    if (liveVotesOnly) {
      await benchVotes(label, fixtures, castVote, "saturation", 1); // warm-up
      // The same votes without subscribers first: the reference for how loaded the machine is right now.
      const board = [await benchVotes(label, fixtures, castVote, "member"), await liveVotes()];
      const peak = peakRssMb(server.pid!);
      return {
        results: [],
        prefill: [],
        board,
        lighthouse: [],
        memory: {
          database: label,
          peakRssMb: peak,
          target: MEMORY_TARGETS_MB[label],
          met: peak > 0 && peak <= MEMORY_TARGETS_MB[label],
        },
      };
    }
    const results: Result[] = [];
    for (const scenario of SCENARIOS) {
      await load(scenario.path, 1, scenario.headers); // warm-up: compile caches, JIT, connection pool
      const run = await load(scenario.path, duration, scenario.headers);
      results.push({
        database: label,
        scenario: scenario.name,
        path: scenario.path,
        requestsPerSecond: Math.round(run.requests.average),
        latencyMs: { p50: run.latency.p50, p95: run.latency.p97_5 ?? run.latency.p99, p99: run.latency.p99 },
        errors: run.errors + run.timeouts,
        non2xx: run.non2xx,
      });
    }
    const smallFile = results.find((candidate) => candidate.scenario === "static-file")!;
    for (const result of results) {
      const target = SCENARIOS.find((scenario) => scenario.name === result.scenario)?.target;
      const baseline = results.find((candidate) => candidate.scenario === target?.baseline);
      if (target && baseline) {
        const value = throughputRatio(result, baseline);
        result.ratio = { baseline: target.baseline, value, target: target.minRatio, met: value >= target.minRatio };
        result.ratioToSmallFile = throughputRatio(result, smallFile);
      }
    }
    const prefill = await benchPrefill(label);
    await benchVotes(label, fixtures, castVote, "saturation", smoke ? 1 : 3); // warm-up, as for every other scenario
    const board = [
      await benchVotes(label, fixtures, castVote, "member"),
      await benchVotes(label, fixtures, castVote, "saturation"),
      await liveVotes(),
      await benchBoardRender(label, fixtures),
      await benchMovePropagation(label, fixtures, actions.get("lib/board/actions.ts#moveCardAction")!),
      ...(await benchWorkshop(label, fixtures, actions)),
    ];
    // Page weight and scores do not depend on the database: audited once, on the embedded one.
    const auditedPages = smoke ? ["/"] : PUBLIC_PAGES;
    const lighthouse = database
      ? []
      : [
          ...(await auditPublicPages(base, auditedPages, "light")),
          ...(await auditPublicPages(base, auditedPages, "dark")),
        ];
    // VmHWM: the most this process ever had resident, whatever the scenario that caused it.
    const peak = peakRssMb(server.pid!);
    return {
      results,
      prefill,
      board,
      lighthouse,
      memory: {
        database: label,
        peakRssMb: peak,
        target: MEMORY_TARGETS_MB[label],
        met: peak > 0 && peak <= MEMORY_TARGETS_MB[label],
      },
    };
  } finally {
    await stopServer(server);
    rmSync(STATIC_COPIES_DIR, { recursive: true, force: true });
  }
}

const throughputRatio = (result: Result, baseline: Result) =>
  Math.round((result.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100;

// The production server exactly as `npm start` execs it (compiled server.ts, heap flags), in this process's Node.
const serverArgs = productionServerArgs(startScriptOf(process.cwd()));

function startServer(database: string | undefined): ChildProcess {
  return spawn(process.execPath, serverArgs, {
    env: { ...env(database), PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

async function writeStaticCopies(database: string | undefined): Promise<void> {
  const server = startServer(database);
  try {
    await waitForHealth();
    rmSync(STATIC_COPIES_DIR, { recursive: true, force: true });
    mkdirSync(STATIC_COPIES_DIR, { recursive: true });
    for (const scenario of SCENARIOS.filter((candidate) => candidate.copyOf)) {
      const response = await fetch(`${base}${scenario.copyOf}`);
      if (!response.ok) throw new Error(`${scenario.copyOf} a répondu ${response.status}`);
      writeFileSync(path.join("public", scenario.path), Buffer.from(await response.arrayBuffer()));
    }
  } finally {
    await stopServer(server);
  }
}

function printContent(content: TContentBenchResult[]) {
  console.log("\nContenus bornés, dans le processus (pire cas ; cible sur le pire temps)");
  console.table(
    content.map((entry) => ({
      scénario: entry.scenario,
      mesure: entry.measure,
      mesures: entry.samples,
      "médiane ms": entry.medianMs,
      "pire ms": entry.worstMs,
      cible: Number.isFinite(entry.target) ? `< ${entry.target} ms${entry.met ? " ✓" : " ✗"}` : "(mesure)",
    })),
  );
}

// Measured before the server starts, on an idle process.
const content = runContentBench(smoke);
if (contentOnly) {
  printContent(content);
  if (content.some((entry) => !entry.met)) process.exitCode = 1;
  process.exit();
}

// `npm run build`, as a deployment: Next's build, then the compiled server that `npm start` runs.
if (!skipBuild)
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

const benchDatabaseUrl = config().BENCH_DATABASE_URL;
// `--live-votes` with a PostgreSQL address measures there only: its target is set on PostgreSQL.
const runs = liveVotesOnly && benchDatabaseUrl ? [] : [await runOn(undefined)];
if (benchDatabaseUrl) runs.push(await runOn(benchDatabaseUrl));

const results = runs.flatMap((run) => run.results);
const prefill = runs.flatMap((run) => run.prefill);
const board = runs.flatMap((run) => run.board);
const lighthouseResults = runs.flatMap((run) => run.lighthouse);
mkdirSync("bench", { recursive: true });
const report = {
  date: new Date().toISOString(),
  smoke,
  durationSeconds: duration,
  connections,
  peakRssMb: Object.fromEntries(runs.map((run) => [run.memory.database, run.memory.peakRssMb])),
  memory: runs.map((run) => run.memory),
  results,
  prefill,
  board,
  content,
  lighthouse: { targets: TARGETS, pages: lighthouseResults },
};
if (!liveVotesOnly)
  writeFileSync(
    path.join("bench", smoke ? "results-smoke.json" : "results.json"),
    `${JSON.stringify(report, null, 2)}\n`,
  );

console.log(`\n${connections} connexions, ${duration} s par scénario`);
console.table(
  results.map((result) => ({
    base: result.database,
    scénario: result.scenario,
    "req/s": result.requestsPerSecond,
    "p50 ms": result.latencyMs.p50,
    "p95 ms": result.latencyMs.p95,
    "p99 ms": result.latencyMs.p99,
    erreurs: result.errors + result.non2xx,
    ratio: result.ratio
      ? `${result.ratio.value} (cible ≥ ${result.ratio.target}${result.ratio.met ? " ✓" : " ✗"})`
      : "",
    "ratio / icône": result.ratioToSmallFile ?? "",
  })),
);
console.log("\nPré-remplissage complet par parcours (latences par défaut des API simulées, médiane de 5)");
console.table(
  prefill.map((entry) => ({
    base: entry.database,
    parcours: entry.path,
    "total ms": entry.totalMs,
    "appel le plus lent ms": entry.slowestCallMs,
    ratio: `${entry.ratio} (cible ≤ ${entry.target}${entry.met ? " ✓" : " ✗"})`,
  })),
);
console.log("\nTableau et scrutins (cible sur le p95 ; le vote vise ≤ 50 ms sur PostgreSQL)");
console.table(
  board.map((entry) => ({
    base: entry.database,
    scénario: entry.scenario,
    mesure: entry.measure,
    mesures: entry.samples,
    "p50 ms": entry.p50,
    "p95 ms": entry.p95,
    erreurs: entry.errors,
    cible: Number.isFinite(entry.target) ? `≤ ${entry.target} ms${entry.met ? " ✓" : " ✗"}` : "(mesure)",
  })),
);
printContent(content);
console.log(
  `\nLighthouse (préréglage bureau), JavaScript et CSS au premier chargement (transférés, gzip), thèmes clair et sombre — cibles : performance ≥ ${TARGETS.performance}, accessibilité ${TARGETS.accessibility}, bonnes pratiques ≥ ${TARGETS.bestPractices}, JS ≤ ${TARGETS.scriptKb} Ko`,
);
console.table(
  lighthouseResults.map((entry) => ({
    page: entry.page,
    thème: entry.theme === "dark" ? "sombre" : "clair",
    performance: entry.performance,
    accessibilité: entry.accessibility,
    "bonnes pratiques": entry.bestPractices,
    "JS Ko": entry.scriptKb,
    "CSS Ko": entry.cssKb,
    cibles: entry.met ? "✓" : "✗",
    "audits en échec": entry.failedAudits.join(", "),
  })),
);
console.log(`\nMémoire maximale du serveur sous la charge du banc (RSS, VmHWM) — ADR 0021`);
console.table(
  runs.map(({ memory }) => ({
    base: memory.database,
    "RSS max Mo": memory.peakRssMb,
    cible: `≤ ${memory.target} Mo${memory.met ? " ✓" : " ✗"}`,
  })),
);

const failed = [
  ...results.filter((result) => result.errors + result.non2xx > 0),
  ...board.filter((entry) => entry.errors > 0 || entry.samples === 0),
];
if (failed.length) {
  console.error(`Scénarios en erreur : ${failed.map((result) => `${result.database}/${result.scenario}`).join(", ")}`);
  process.exitCode = 1;
}
