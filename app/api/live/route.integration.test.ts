import { afterAll, describe, expect, it } from "vitest";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { markShuttingDown } from "@/lib/lifecycle/shutdown-state.ts";
import { resetEnvCache } from "@/lib/config/env.ts";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/security/peer-address.ts";
import { GET } from "./route.ts";

afterAll(() => stopLiveEvents());

const open = (address: string) => {
  const controller = new AbortController();
  // The socket's address as the server stamps it (lib/security/peer-address.ts); a forwarded header is ignored.
  const headers = {
    [PEER_ADDRESS_HEADER]: peerAddressStamp(address),
    "X-Forwarded-For": `198.51.100.${Math.floor(Math.random() * 250)}`,
  };
  const response = GET(new Request("http://localhost/api/live", { headers, signal: controller.signal }));
  return { response, close: () => controller.abort() };
};

describe("GET /api/live", () => {
  it("caps the streams open at once per client address (429 in French beyond), and frees a slot on close", async () => {
    process.env.LIVE_MAX_STREAMS_PER_ADDRESS = "3";
    resetEnvCache();
    const streams = ["192.0.2.9", "192.0.2.9", "192.0.2.9"].map(open);
    for (const stream of streams) expect((await stream.response).status).toBe(200);
    const refused = await open("192.0.2.9").response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect((await refused.json()).error.message).toMatch(/Trop de flux/);
    // Another address is counted apart.
    const other = open("192.0.2.10");
    expect((await other.response).status).toBe(200);
    streams[0].close();
    await expect
      .poll(
        async () => {
          const retry = open("192.0.2.9");
          const status = (await retry.response).status;
          retry.close();
          return status;
        },
        { timeout: 5_000 },
      )
      .toBe(200);
    for (const stream of [...streams, other]) stream.close();
    delete process.env.LIVE_MAX_STREAMS_PER_ADDRESS;
    resetEnvCache();
  });

  it("sends new subscribers elsewhere once the instance drains (503, French reason)", async () => {
    markShuttingDown();
    const response = await open("192.0.2.11").response;
    expect(response.status).toBe(503);
    expect((await response.json()).error.message).toMatch(/arrêt/);
  });
});
