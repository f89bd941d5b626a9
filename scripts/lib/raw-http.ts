// A bare HTTP/1.1 client over a socket: sends the request target byte for byte
// (control characters, broken %-encodings, any method), which fetch, undici
// and node:http refuse or normalise before sending. Used to probe what a real
// server answers to what browsers and scanners actually send.
import net from "node:net";

export type TRawResponse = {
  status: number;
  headers: Map<string, string[]>;
  header: (name: string) => string | undefined;
};

export function rawRequest({
  port,
  host = "127.0.0.1",
  method,
  target,
  headers = {},
  body,
}: {
  port: number;
  host?: string;
  method: string;
  target: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    let received = Buffer.alloc(0);
    const finish = () => {
      const text = received.toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      const [statusLine, ...lines] = text.slice(0, end === -1 ? text.length : end).split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
      if (!status)
        return reject(
          new Error(`réponse illisible à ${method} ${JSON.stringify(target)} : ${JSON.stringify(statusLine)}`),
        );
      const parsed = new Map<string, string[]>();
      for (const line of lines) {
        const colon = line.indexOf(":");
        const name = line.slice(0, colon).trim().toLowerCase();
        parsed.set(name, [...(parsed.get(name) ?? []), line.slice(colon + 1).trim()]);
      }
      resolve({ status, headers: parsed, header: (name) => parsed.get(name.toLowerCase())?.join(", ") });
    };
    socket.setTimeout(20_000, () => socket.destroy(new Error(`pas de réponse à ${method} ${JSON.stringify(target)}`)));
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      // Headers are all we need: stop reading once they are in (HEAD, streams and large pages alike).
      if (received.includes("\r\n\r\n")) socket.destroy();
    });
    socket.on("close", finish);
    socket.on("error", (error) => (received.length > 0 ? finish() : reject(error)));
    const payload = body ?? "";
    const head = [
      `${method} ${target} HTTP/1.1`,
      `Host: ${host}:${port}`,
      "Connection: close",
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    if (payload || ["POST", "PUT", "PATCH"].includes(method))
      head.push(`Content-Length: ${Buffer.byteLength(payload)}`);
    socket.write(Buffer.from(`${head.join("\r\n")}\r\n\r\n${payload}`, "latin1"));
  });
}
