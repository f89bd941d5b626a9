/**
 * Request bodies are read through here, never with `request.text()` / `json()` / `formData()`:
 * those read everything first, so a client could make the server hold any amount of memory
 * before a size check. Here the body is refused as soon as its declared length, or the bytes
 * actually received, pass the limit.
 */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Le corps de la requête dépasse ${formatLimit(limitBytes)}.`);
    this.name = "BodyTooLargeError";
  }
}

const formatLimit = (bytes: number) => (bytes >= 1024 ? `${Math.floor(bytes / 1024)} Ko` : `${bytes} octets`);

/** The body's bytes, at most `limitBytes` of them; throws BodyTooLargeError past the limit. */
export async function readBody(request: Request, limitBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(limitBytes);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      // Stops the upload: the rest of the body is never read.
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text (malformed sequences become U+FFFD, which the invalid-text check refuses). */
export async function readBodyText(request: Request, limitBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBody(request, limitBytes));
}

/** The French 413 every route answers; the connection is closed so that the client stops sending. */
export function bodyTooLargeResponse(error: BodyTooLargeError): Response {
  return Response.json(
    { error: { code: "PAYLOAD_TOO_LARGE", message: error.message } },
    { status: 413, headers: { "Cache-Control": "no-store", Connection: "close" } },
  );
}

/** The body parsed as JSON, or undefined when it is not JSON; throws BodyTooLargeError past the limit. */
export async function readJsonBody(request: Request, limitBytes: number): Promise<unknown> {
  const text = await readBodyText(request, limitBytes);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Wraps a route handler so that a body past its limit, wherever it is read, gets the French 413. */
export function answeringBodyTooLarge<TArgs extends unknown[]>(handler: (...args: TArgs) => Promise<Response>) {
  return async (...args: TArgs): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return bodyTooLargeResponse(error);
      throw error;
    }
  };
}
