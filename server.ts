// The production server (`npm start`): Next's request handler behind a plain
// node:http server, so that every response carries the security headers,
// including those Next or Node answer before next.config's headers and
// proxy.ts run (ADR 0020). `npm run dev` keeps `next dev`.
// `npm run build` compiles this file to .next/server.mjs, which `npm start` runs with plain Node: the tsx
// loader would cost about 130 MB per instance (ADR 0021). `npx tsx server.ts` still runs it from source.
import { createServer } from "node:http";
import path from "node:path";
import type { Socket } from "node:net";
import {
  baselineHeaders,
  hasDecodablePath,
  rawPlainResponse,
  statusOfRejectedRequest,
} from "./lib/security/http-headers.ts";
import { env } from "./lib/config/env.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "./lib/log/request-id.ts";
import { markServingProcess } from "./lib/lifecycle/serving-process.ts";
import type { TShutdownHooks } from "./lib/lifecycle/graceful-shutdown.ts";

// Next and React pick their production builds from NODE_ENV when first loaded, hence the dynamic import below.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");

const { PORT: port, HOSTNAME: hostname, SHUTDOWN_TIMEOUT_MS: shutdownTimeoutMs } = env();
// instrumentation.ts starts the scheduler and the live connection only in a serving process.
markServingProcess();
// The project's directory: this file's, or the parent of .next/ for the compiled copy.
const dir = path.basename(import.meta.dirname) === ".next" ? path.dirname(import.meta.dirname) : import.meta.dirname;
const app = next({ dev: false, dir, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const baseline = baselineHeaders();
let draining = false;
const server = createServer((request, response) => {
  for (const { key, value } of baseline) response.setHeader(key, value);
  // Every request gets its id here (ADR 0016), API routes and server actions included, without running proxy.ts
  // on them: a matching proxy makes Next buffer the whole request body before the route can refuse it (413).
  const incomingId = request.headers[REQUEST_ID_HEADER];
  const requestId = requestIdFrom(Array.isArray(incomingId) ? incomingId[0] : incomingId);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  // While draining, every answer ends its connection: a load balancer's pooled connection moves to another instance.
  if (draining) response.shouldKeepAlive = false;
  if (!hasDecodablePath(request.url)) {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("400 Requête invalide : adresse mal encodée.");
    return;
  }
  handle(request, response).catch((error: unknown) => {
    console.error("[serveur] requête en échec", error instanceof Error ? error.message : error);
    if (response.headersSent) return response.destroy();
    response.statusCode = 500;
    response.end();
  });
});

server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
  if (error.code === "ECONNRESET" || !socket.writable || socket.bytesWritten > 0) return socket.destroy();
  socket.end(rawPlainResponse(statusOfRejectedRequest(error.code)));
});
// No proxying and no WebSocket here (the live board uses server-sent events): refused, with the headers.
server.on("connect", (_request, socket: Socket) => socket.end(rawPlainResponse(405)));
server.on("upgrade", (_request, socket: Socket) => socket.end(rawPlainResponse(400)));

server.listen(port, hostname, () =>
  console.log(`Atelier EFOP prêt sur ${hostname ?? "toutes les interfaces"}, port ${port}`),
);

/**
 * SIGTERM (a deployment, a scale-down): readiness fails at once, event streams close with a reconnection hint,
 * no new connection is accepted, in-flight requests finish within SHUTDOWN_TIMEOUT_MS, then the database pool and
 * the LISTEN connection close and the process exits 0 (ADR 0018).
 */
// `on`, not `once`: a process group's SIGTERM may arrive twice (from the supervisor and relayed by a parent), and a
// second one must not fall back to Node's default of dying at once in the middle of the drain.
process.on("SIGTERM", () => {
  if (draining) return;
  draining = true;
  const hooks = (globalThis as { __atelierShutdownHooks?: TShutdownHooks }).__atelierShutdownHooks;
  const streams = hooks?.beginDraining() ?? 0;
  console.log(
    `[arrêt] SIGTERM : ${streams} flux d'événements fermés, requêtes en cours terminées sous ${shutdownTimeoutMs} ms.`,
  );
  let finished = false;
  const finish = async (reason: string) => {
    if (finished) return;
    finished = true;
    await hooks?.releaseResources();
    console.log(`[arrêt] ${reason} : base de données fermée, fin.`);
    process.exit(0);
  };
  server.close(() => void finish("serveur fermé"));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    void finish("délai dépassé, requêtes restantes abandonnées");
  }, shutdownTimeoutMs).unref();
});
