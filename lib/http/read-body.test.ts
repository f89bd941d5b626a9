import { describe, expect, it } from "vitest";
import { BodyTooLargeError, bodyTooLargeResponse, readBody, readBodyText } from "./read-body.ts";

/** A body that would never end: counts what the reader pulled and whether it was cancelled. */
function endlessBody(chunkBytes = 1024) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulled += chunkBytes;
        controller.enqueue(new Uint8Array(chunkBytes).fill(120));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBody", () => {
  it("returns bodies within the limit, whole", async () => {
    expect(await readBodyText(post("é".repeat(8)), 16)).toBe("é".repeat(8));
    expect((await readBody(post(null), 16)).byteLength).toBe(0);
    expect(await readBodyText(post("abc", { "content-length": "3" }), 3)).toBe("abc");
  });

  it("stops reading an endless body (no Content-Length) right past the limit and cancels the upload", async () => {
    const { stream, state } = endlessBody();
    await expect(readBody(post(stream), 16 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(17 * 1024 + 1024);
  });

  it("refuses a declared length past the limit without reading anything", async () => {
    const { stream, state } = endlessBody();
    await expect(readBody(post(stream, { "content-length": String(10 * 1024 * 1024) }), 16 * 1024)).rejects.toThrow(
      "Le corps de la requête dépasse 16 Ko.",
    );
    expect(state.pulled).toBeLessThanOrEqual(1024);
  });

  it("does not trust a Content-Length that understates the body", async () => {
    const { stream } = endlessBody();
    await expect(readBody(post(stream, { "content-length": "10" }), 16 * 1024)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    await expect(readBody(post("x".repeat(17), { "content-length": "1" }), 16)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
  });

  it("answers a French 413", async () => {
    const response = bodyTooLargeResponse(new BodyTooLargeError(65_536));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: "PAYLOAD_TOO_LARGE", message: "Le corps de la requête dépasse 64 Ko." },
    });
  });
});
