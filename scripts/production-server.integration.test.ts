// The production defaults, tried as an operator would: one `npm run build`, then `npm start` (its prepare
// step, then the compiled server.ts) on fresh embedded databases, with and without DEMO_MODE, with a local SMTP sink.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockApiTokens } from "@/lib/config/app-config.ts";
import { resetEnvCache } from "@/lib/config/env.ts";
import { DEMO_MOCK_API_TOKEN, DEMO_RESTRICTED_MOCK_API_TOKEN } from "@/lib/config/env-schema.ts";
import { openPglite } from "@/lib/db/connection.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";
import { PERSONAS } from "@/lib/mock-apis/personas.ts";
import { DEMO_USERS } from "@/lib/seed/content.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const SECRET = "secret-de-test-de-production-0123456789";
const ADMIN_EMAIL = "premiere.admin@exemple.gouv.fr";
/** Starting a production server and signing in takes well under a minute alone, several on a loaded machine. */
const SERVER_TEST_TIMEOUT_MS = 300_000;
// Not on the PostgreSQL pass, where the suite below is skipped (and so are its hooks, which remove it).
const work = process.env.TEST_DATABASE_URL ? "" : mkdtempSync(path.join(os.tmpdir(), "atelier-production-"));

/** A clean environment: nothing of the test runner's own configuration (DEMO_MODE=1) leaks into the server. */
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1" };
const childEnv = (values: Record<string, string | undefined> = {}) =>
  ({ ...baseEnv, ...values }) as unknown as NodeJS.ProcessEnv;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type Mail = { to: string; raw: string };
const mails: Mail[] = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      for (const recipient of session.envelope.rcptTo)
        mails.push({ to: recipient.address, raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
let smtpPort = 0;

/** The text of a quoted-printable message body, enough to find a link in it. */
const decodeQuotedPrintable = (raw: string) =>
  raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Délai dépassé : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

type Server = {
  child: ChildProcess;
  url: string;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
};

function startServer(command: string[], env: Record<string, string | undefined>): Server {
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: childEnv(env),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, url: `http://localhost:${env.PORT}`, output: () => ({ stdout, stderr }), exited };
}

async function healthy(server: Server): Promise<void> {
  await waitFor(
    "le serveur répond sur /api/health",
    async () => {
      if (server.child.exitCode !== null)
        throw new Error(
          `Le serveur s'est arrêté (${server.child.exitCode}) :\n${server.output().stderr}\n${server.output().stdout}`,
        );
      const response = await fetch(`${server.url}/api/health`).catch(() => null);
      return response?.ok ? true : undefined;
    },
    180_000,
  );
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode) return;
  process.kill(-server.child.pid!, "SIGTERM");
  await server.exited;
}

async function productionEnv(values: Record<string, string | undefined> = {}) {
  const dir = mkdtempSync(path.join(work, "instance-"));
  const port = String(await freePort());
  return {
    PORT: port,
    PGLITE_DATA_DIR: path.join(dir, "pglite"),
    AUTH_SECRET_FILE: path.join(dir, "auth-secret"),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: SECRET,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MOCK_API_LATENCY_MS: "0",
    ...values,
  };
}

/** Reads the embedded database of a stopped server. */
async function inDatabase<T>(
  dataDir: string,
  read: (db: ReturnType<typeof createPrismaClient>) => Promise<T>,
): Promise<T> {
  const database = await openPglite(dataDir);
  const db = createPrismaClient(database.adapterFactory);
  try {
    return await read(db);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

const employer = PERSONAS.find((persona) => persona.key === "employeur-pme")!.company!;
const mockCall = (server: Server, token: string) =>
  fetch(
    `${server.url}/api/mock/api-entreprise/v3/insee/sirene/etablissements/${employer.siret}?recipient=13002526500013&context=test&object=test`,
    {
      headers: { Authorization: `Bearer ${token}` },
    },
  );

/** The token a production instance with this secret expects: computed by the app's own rule, in this process. */
function productionMockTokens(secret: string) {
  const saved = { DEMO_MODE: process.env.DEMO_MODE, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET };
  Object.assign(process.env, { DEMO_MODE: "0", NEXTAUTH_SECRET: secret });
  resetEnvCache();
  try {
    return mockApiTokens();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
    resetEnvCache();
  }
}

class CookieJar {
  private cookies = new Map<string, string>();
  store(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair.indexOf("=");
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Signs in by e-mail as a browser would: CSRF token, link request, link from the SMTP sink. */
async function signInByEmail(server: Server, email: string) {
  const jar = new CookieJar();
  const csrf = await fetch(`${server.url}/api/auth/csrf`);
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const before = mails.filter((mail) => mail.to === email).length;
  const request = await fetch(`${server.url}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${server.url}/`, json: "true" }),
    redirect: "manual",
  });
  expect(request.status).toBeLessThan(400);
  const mail = await waitFor(
    "le lien de connexion arrive",
    () => mails.filter((candidate) => candidate.to === email)[before],
  );
  const link = decodeQuotedPrintable(mail.raw).match(
    /http:\/\/localhost:\d+\/api\/auth\/callback\/email\?[^\s"<>]+/,
  )?.[0];
  expect(link).toBeTruthy();
  const callback = await fetch(link!.replace(/&amp;/g, "&"), { headers: { cookie: jar.header() }, redirect: "manual" });
  jar.store(callback);
  const session = await fetch(`${server.url}/api/auth/session`, { headers: { cookie: jar.header() } });
  return (await session.json()) as { user?: { email: string; name: string | null; role: string } };
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("a production server (npm run build && npm start)", () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
    smtpPort = (sink.server.address() as { port: number }).port;
    // One production build for the whole file; every server below starts from it.
    await run("npm", ["run", "build"], { cwd: ROOT, env: childEnv(), maxBuffer: 64 * 1024 * 1024 });
  }, 900_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => sink.close(() => resolve()));
    rmSync(work, { recursive: true, force: true });
  });

  it(
    "without DEMO_MODE: no demo content, no demo mailbox, no demo token; the first administrator comes from npm run admin:invite",
    async () => {
      const env = await productionEnv();

      const invite = await run("npm", ["run", "-s", "admin:invite", "--", ADMIN_EMAIL, "--nom", "Première Admin"], {
        cwd: ROOT,
        env: childEnv(env),
      });
      expect(invite.stdout).toMatch(/Invitation envoyée : rôle administrateur/);
      expect(invite.stdout).not.toContain(ADMIN_EMAIL);
      const invitationMail = await waitFor("l'invitation arrive", () => mails.find((mail) => mail.to === ADMIN_EMAIL));
      expect(decodeQuotedPrintable(invitationMail.raw)).toContain(`${env.NEXTAUTH_URL}/connexion`);
      const invitations = await inDatabase(env.PGLITE_DATA_DIR, (db) =>
        db.invitation.findMany({ select: { email: true, name: true, role: true, invitedById: true } }),
      );
      expect(invitations).toEqual([{ email: ADMIN_EMAIL, name: "Première Admin", role: "ADMIN", invitedById: null }]);

      const server = startServer(["npm", "start"], env);
      try {
        await healthy(server);
        expect((await fetch(`${server.url}/api/dev/mailbox`)).status).toBe(404);
        expect((await fetch(`${server.url}/dev/mailbox`)).status).toBe(404);
        const signInPage = await (await fetch(`${server.url}/connexion`)).text();
        expect(signInPage).toContain("Recevoir un lien de connexion");
        expect(signInPage).not.toContain("Comptes de démonstration");
        for (const user of DEMO_USERS) expect(signInPage).not.toContain(user.name);
        expect(await (await fetch(`${server.url}/`)).text()).not.toContain("Mode démonstration");

        for (const token of [DEMO_MOCK_API_TOKEN, DEMO_RESTRICTED_MOCK_API_TOKEN])
          expect((await mockCall(server, token)).status).toBe(401);
        const tokens = productionMockTokens(SECRET);
        expect((await mockCall(server, tokens.full)).status).toBe(200);
        expect((await mockCall(server, tokens.restricted)).status).toBe(200);

        // The embedded directory belongs to the server: the command refuses instead of corrupting it.
        const busy = await run("npm", ["run", "-s", "admin:invite", "--", "autre.admin@exemple.gouv.fr"], {
          cwd: ROOT,
          env: childEnv(env),
        }).catch((error: { code: number; stderr: string }) => error);
        expect(busy).toMatchObject({ code: 1, stderr: expect.stringMatching(/déjà ouverte par le processus \d+/) });

        const session = await signInByEmail(server, ADMIN_EMAIL);
        expect(session.user).toMatchObject({ email: ADMIN_EMAIL, name: "Première Admin", role: "ADMIN" });
        expect(server.output().stderr).not.toMatch(/MODE DÉMONSTRATION/);
      } finally {
        await stop(server);
      }

      const stored = await inDatabase(env.PGLITE_DATA_DIR, async (db) => ({
        demoUsers: await db.user.count({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } }),
        users: await db.user.findMany({ select: { email: true, role: true } }),
        organisations: await db.organisation.count(),
        demoMails: await db.devMail.count(),
        audit: await db.auditEvent.findMany({
          where: { action: "invitation.create" },
          select: { actorId: true, actorLabel: true },
        }),
      }));
      expect(stored).toEqual({
        demoUsers: 0,
        users: [{ email: ADMIN_EMAIL, role: "ADMIN" }],
        organisations: 1,
        demoMails: 0,
        audit: [{ actorId: null, actorLabel: "système" }],
      });
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it(
    "with DEMO_MODE=1: demo content and mailbox, and a loud warning on stderr and in the banner",
    async () => {
      const env = await productionEnv({
        DEMO_MODE: "1",
        NEXTAUTH_SECRET: undefined,
        NEXTAUTH_URL: undefined,
        SMTP_URL: undefined,
      });
      const server = startServer(["npm", "start"], env);
      try {
        await healthy(server);
        expect(server.output().stderr).toMatch(
          /MODE DÉMONSTRATION SUR UN SERVEUR DE PRODUCTION[\s\S]*\/dev\/mailbox[\s\S]*comptes de démonstration/,
        );
        expect(await (await fetch(`${server.url}/`)).text()).toContain(
          "Mode démonstration sur un serveur de production",
        );
        expect((await fetch(`${server.url}/api/dev/mailbox`)).status).toBe(200);
        expect(await (await fetch(`${server.url}/connexion`)).text()).toContain("Comptes de démonstration");
        expect((await mockCall(server, DEMO_MOCK_API_TOKEN)).status).toBe(200);
      } finally {
        await stop(server);
      }
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it.each([
    ["NEXTAUTH_SECRET missing", { NEXTAUTH_SECRET: undefined }, "NEXTAUTH_SECRET"],
    ["NEXTAUTH_SECRET too short", { NEXTAUTH_SECRET: "trop-court" }, "NEXTAUTH_SECRET"],
    ["NEXTAUTH_URL not absolute", { NEXTAUTH_URL: "atelier.exemple.gouv.fr" }, "NEXTAUTH_URL"],
    ["SMTP_URL missing with e-mail sign-in", { SMTP_URL: undefined }, "SMTP_URL"],
    ["no sign-in method", { EMAIL_SIGN_IN: "0" }, "EMAIL_SIGN_IN"],
    ["the published mock token", { MOCK_API_TOKEN: DEMO_MOCK_API_TOKEN }, "MOCK_API_TOKEN"],
  ])(
    "npm start refuses to start: %s",
    async (_label, values, variable) => {
      const server = startServer(["npm", "start"], await productionEnv(values));
      const code = await server.exited;
      expect(code).not.toBe(0);
      expect(server.output().stderr).toMatch(new RegExp(`Configuration invalide[\\s\\S]*- ${variable} : `));
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it(
    "next start alone (without npm start's prepare step) refuses too",
    async () => {
      const env = await productionEnv({ NEXTAUTH_SECRET: undefined });
      const server = startServer(["npx", "next", "start"], env);
      const code = await Promise.race([
        server.exited,
        new Promise((resolve) => setTimeout(() => resolve("running"), 120_000)),
      ]);
      await stop(server);
      expect(code).not.toBe(0);
      expect(server.output().stderr).toMatch(
        /Configuration invalide[\s\S]*- NEXTAUTH_SECRET : obligatoire hors mode démonstration/,
      );
    },
    SERVER_TEST_TIMEOUT_MS,
  );
});
