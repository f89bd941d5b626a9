import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { test, expect, signInByMagicLink, uniqueEmail, MEMBER_EMAIL } from "./fixtures.ts";
import { serverActionIds } from "../scripts/lib/server-actions.ts";
import { env } from "../lib/config/env.ts";

// Against the production server the suite starts (`npm start`'s server.ts, TRUSTED_PROXY_HOPS unset = 0). Each test
// speaks from its own loopback address (127.0.0.0/8 is all local on Linux), so that its socket address,
// the only one the server may trust, is a bucket of its own.

type TRawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string; bytesSent: number };

/** One HTTP request from `localAddress`, with headers sent exactly as given (repeated ones included). */
function rawRequest(
  base: string,
  {
    localAddress,
    method = "GET",
    path,
    headers = [],
    body,
    streamBytes,
  }: {
    localAddress: string;
    method?: string;
    path: string;
    headers?: [string, string][];
    body?: string;
    streamBytes?: number;
  },
): Promise<TRawAnswer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    // Raw header pairs (repeated names kept as sent); Node adds no Host header to those.
    const raw = [["Host", url.host], ...headers].flatMap(([name, value]) => [name, value]);
    const request = http.request({
      host: url.hostname === "localhost" ? "127.0.0.1" : url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method,
      localAddress,
      headers: raw as unknown as http.OutgoingHttpHeaders,
    });
    let bytesSent = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: text, bytesSent }),
      );
      response.on("error", reject);
    });
    // A server that stops the upload may reset the connection after answering: the answer is what counts.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    if (streamBytes === undefined) {
      if (body !== undefined) bytesSent = Buffer.byteLength(body);
      request.end(body);
      return;
    }
    // Chunked upload of `streamBytes` at most, stopped as soon as an answer arrives.
    const chunk = Buffer.alloc(16 * 1024, "a");
    const pump = () => {
      while (!answered && !request.destroyed && bytesSent < streamBytes) {
        bytesSent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", () => setTimeout(pump, 5));
      }
      if (!answered && !request.destroyed) request.end();
    };
    pump();
  });
}

const FEEDBACK = "/api/public/v1/use-cases/formation-financee/feedback";
// The honeypot field: counted by the limit, answered 201, stored nowhere (the suite's other tests see no extra
// feedback).
const honeypotFeedback = (n: number) =>
  JSON.stringify({
    section: "general",
    message: `Retour de robot numéro ${n} pour le test`,
    website: "https://robot.example",
  });

test("forged forwarding headers never give a client a fresh rate-limit bucket", async ({ baseURL }) => {
  const forged: [string, string][][] = [
    [["X-Forwarded-For", "198.51.100.1"]],
    [
      ["X-Forwarded-For", "198.51.100.2"],
      ["X-Forwarded-For", "198.51.100.3, 198.51.100.4"],
    ],
    [["X-Forwarded-For", "   2001:db8::1 ,  [2001:db8::2]:443  "]],
    [
      ["X-Forwarded-For", "n'importe quoi, <script>, 999.1.1.1"],
      ["X-Real-IP", "198.51.100.5"],
    ],
    [
      ["Forwarded", "for=198.51.100.6;proto=https"],
      ["X-Atelier-Peer-Address", "00000000-0000-4000-8000-000000000000 198.51.100.7"],
    ],
  ];
  const client = "127.0.0.41";
  for (const [index, headers] of forged.entries()) {
    const answer = await rawRequest(baseURL!, {
      localAddress: client,
      method: "POST",
      path: FEEDBACK,
      headers: [["Content-Type", "application/json"], ...headers],
      body: honeypotFeedback(index),
    });
    expect(answer.status, answer.body).toBe(201);
  }
  const sixth = await rawRequest(baseURL!, {
    localAddress: client,
    method: "POST",
    path: FEEDBACK,
    headers: [
      ["Content-Type", "application/json"],
      ["X-Forwarded-For", "203.0.113.99"],
    ],
    body: honeypotFeedback(6),
  });
  expect(sixth.status).toBe(429);
  expect(Number(sixth.headers["retry-after"])).toBeGreaterThan(3_000);
  // Another socket address is another client.
  const other = await rawRequest(baseURL!, {
    localAddress: "127.0.0.42",
    method: "POST",
    path: FEEDBACK,
    headers: [
      ["Content-Type", "application/json"],
      ["X-Forwarded-For", "198.51.100.1"],
    ],
    body: honeypotFeedback(7),
  });
  expect(other.status).toBe(201);
});

test.describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  // A second production server of the same build, on its own embedded database, told that one proxy
  // stands in front of it; the test speaks as that proxy would (nginx's $proxy_add_x_forwarded_for).
  const port = env().E2E_APP_PORT + 1;
  const base = `http://localhost:${port}`;
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = spawn("rm -rf .data/e2e-proxy && npx tsx scripts/db.ts prepare && npx tsx server.ts", {
      shell: true,
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        PGLITE_DATA_DIR: ".data/e2e-proxy/pglite",
        AUTH_SECRET_FILE: ".data/e2e-proxy/auth-secret",
        DATABASE_URL: "",
        DEMO_MODE: "1",
        TRUSTED_PROXY_HOPS: "1",
        NEXTAUTH_URL: base,
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await expect(async () => expect((await fetch(`${base}/api/health`)).status).toBe(200)).toPass({
      timeout: 110_000,
      intervals: [500],
    });
  });
  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  test("the client is the address the proxy appended, whatever the client put left of it", async () => {
    const proxy = "127.0.0.71";
    const send = (headers: [string, string][], n: number) =>
      rawRequest(base, {
        localAddress: proxy,
        method: "POST",
        path: FEEDBACK,
        headers: [["Content-Type", "application/json"], ...headers],
        body: honeypotFeedback(n),
      });
    const variants: [string, string][][] = [
      [["X-Forwarded-For", "198.51.100.20"]],
      [["X-Forwarded-For", "6.6.6.6, 198.51.100.20"]],
      [
        ["X-Forwarded-For", "6.6.6.6"],
        ["X-Forwarded-For", " 7.7.7.7 ,198.51.100.20 "],
      ],
      [
        ["X-Forwarded-For", "n'importe quoi, 198.51.100.20"],
        ["X-Real-IP", "8.8.8.8"],
      ],
      [
        ["X-Forwarded-For", "2001:db8::66, 198.51.100.20"],
        ["Forwarded", "for=9.9.9.9"],
      ],
    ];
    for (const [index, headers] of variants.entries()) expect((await send(headers, index)).status).toBe(201);
    const sixth = await send([["X-Forwarded-For", "1.2.3.4, 198.51.100.20"]], 6);
    expect(sixth.status).toBe(429);
    // Another client behind the same proxy has its own bucket; IPv6 clients are counted per /64.
    expect((await send([["X-Forwarded-For", "198.51.100.21"]], 7)).status).toBe(201);
    for (let n = 0; n < 5; n++)
      expect((await send([["X-Forwarded-For", `2001:db8:0:7::${n + 1}`]], 8 + n)).status).toBe(201);
    expect((await send([["X-Forwarded-For", "2001:db8:0:7:ffff::1"]], 13)).status).toBe(429);
  });
});

test("the anonymous demo runs are rate-limited per client", async ({ baseURL }) => {
  const actionId = serverActionIds().get("lib/wizard/actions.ts#recordWizardRunAction")!;
  const run = JSON.stringify([
    {
      path: "EMPLOYEUR",
      personaKey: "employeur-pme",
      fieldsPrefilled: 1,
      fieldsTyped: 1,
      fieldsCorrected: 0,
      documentsAvoided: 0,
      apiFailures: 0,
      secondsSaved: 60,
    },
  ]);
  const call = (n: number) =>
    rawRequest(baseURL!, {
      localAddress: "127.0.0.43",
      method: "POST",
      path: "/",
      body: run,
      headers: [
        ["Accept", "text/x-component"],
        ["Content-Type", "text/plain;charset=UTF-8"],
        ["Next-Action", actionId],
        ["Origin", new URL(baseURL!).origin],
        ["X-Forwarded-For", `198.51.100.${n}`],
      ],
    });
  const answers = [];
  for (let n = 0; n < 31; n++) answers.push(await call(n));
  expect(answers.slice(0, 30).filter((answer) => answer.body.includes("RATE_LIMITED"))).toHaveLength(0);
  expect(answers[30].body).toContain('"code":"RATE_LIMITED"');
  expect(answers[30].body).toMatch(/réessayez dans \d+ minutes?/);
});

const LIMITED_BODIES: [string, string, number][] = [
  ["retour public", FEEDBACK, 16],
  ["API simulée", "/api/mock/catalogue-cpf/v1/actions", 64],
  ["connexion", "/api/auth/signin/email", 16],
];

for (const [label, path, kilobytes] of LIMITED_BODIES) {
  test(`a ${label} body is refused while it is being sent: chunked, or with a Content-Length that lies`, async ({
    baseURL,
  }) => {
    const contentType: [string, string] = [
      "Content-Type",
      path.includes("signin") ? "application/x-www-form-urlencoded" : "application/json",
    ];
    // No Content-Length: an upload of up to 32 MB, stopped by the server just past the limit.
    const streamed = await rawRequest(baseURL!, {
      localAddress: "127.0.0.44",
      method: "POST",
      path,
      headers: [contentType, ["Transfer-Encoding", "chunked"]],
      streamBytes: 32 * 1024 * 1024,
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toEqual({
      error: { code: "PAYLOAD_TOO_LARGE", message: `Le corps de la requête dépasse ${kilobytes} Ko.` },
    });
    expect(streamed.bytesSent).toBeLessThan(4 * 1024 * 1024);

    // A declared 1 GB that never comes: answered at once, without waiting for the body.
    const declared = await rawRequest(baseURL!, {
      localAddress: "127.0.0.44",
      method: "POST",
      path,
      headers: [contentType, ["Content-Length", String(1 << 30)]],
      streamBytes: 16 * 1024,
    });
    expect(declared.status).toBe(413);

    // A Content-Length that understates the body: the server reads no more than declared, and answers without error.
    const understated = await rawRequest(baseURL!, {
      localAddress: "127.0.0.44",
      method: "POST",
      path,
      headers: [contentType, ["Content-Length", "20"]],
      body: `{"message":"${"x".repeat(100_000)}"}`,
    });
    expect(understated.status).toBeLessThan(500);
    expect(understated.status).not.toBe(413);
  });
}

test("sign-in answers the same for a member and a stranger", async ({ page, baseURL }) => {
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const ask = async (email: string) => {
    const response = await page.request.post("/api/auth/signin/email", {
      form: { email, csrfToken: csrf.csrfToken, callbackUrl: `${baseURL}/`, json: "true" },
    });
    return { status: response.status(), body: await response.json() };
  };
  const member = await ask(MEMBER_EMAIL);
  expect(member).toEqual({
    status: 200,
    body: { url: `${baseURL}/api/auth/verify-request?provider=email&type=email` },
  });
  for (const other of [
    uniqueEmail("inconnu"),
    `  ${MEMBER_EMAIL.toUpperCase()}.`,
    `${uniqueEmail("x")},${MEMBER_EMAIL}`,
  ])
    expect(await ask(other)).toEqual(member);
});

const HOSTILE_CALLBACKS = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\u0000//evil.example",
  "/\\evil.example",
  "//evil.example",
  "https://evil.example/",
  "/.//evil.example",
  " //evil.example",
  "\\/evil.example",
];

test("the sign-in page never sends anyone to another site, whatever the callbackUrl", async ({ page, baseURL }) => {
  const offSite: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).hostname !== new URL(baseURL!).hostname) offSite.push(request.url());
  });
  await signInByMagicLink(page, MEMBER_EMAIL);
  for (const callbackUrl of HOSTILE_CALLBACKS) {
    await page.goto(`/connexion?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.waitForLoadState("load");
    expect(new URL(page.url()).origin, JSON.stringify(callbackUrl)).toBe(new URL(baseURL!).origin);
  }
  // Signed out, the link's own redirect follows the same rule.
  await page.context().clearCookies();
  await page.goto(`/connexion?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
  await page.getByLabel("Adresse e-mail").fill(MEMBER_EMAIL);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  expect(offSite).toEqual([]);
});
