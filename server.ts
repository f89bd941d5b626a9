// The production server (`npm start`): Next's request handler behind a plain
// node:http server, so that every response carries the security headers,
// including those Next or Node answer before next.config's headers and
// proxy.ts run (ADR 0020). `npm run dev` keeps `next dev`.
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { baselineHeaders, rawPlainResponse, statusOfRejectedRequest } from "./lib/security/http-headers.ts";
import { env } from "./lib/config/env.ts";

// Next and React pick their production builds from NODE_ENV when first loaded, hence the dynamic import below.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");

const port = env().PORT;
const app = next({ dev: false, dir: import.meta.dirname, port });
const handle = app.getRequestHandler();
await app.prepare();

const baseline = baselineHeaders();
const server = createServer((request, response) => {
  for (const { key, value } of baseline) response.setHeader(key, value);
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

server.listen(port, () => console.log(`Atelier EFOP prêt sur le port ${port}`));
