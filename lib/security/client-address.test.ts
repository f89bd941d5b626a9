import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clientAddress, clientBucket, clientKey, parseAddress, UNKNOWN_CLIENT } from "./client-address.ts";
import { PEER_ADDRESS_HEADER, peerAddressStamp, readPeerAddress } from "./peer-address.ts";

const request = (socket: string | null, extra: Record<string, string> | [string, string][] = {}) => {
  const headers = new Headers(extra);
  if (socket !== null) headers.set(PEER_ADDRESS_HEADER, peerAddressStamp(socket));
  return headers;
};

describe("parseAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7 ", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["2001:DB8::1", "2001:db8:0:0:0:0:0:1"],
    ["[2001:db8::1]:443", "2001:db8:0:0:0:0:0:1"],
    ["[2001:db8::1]", "2001:db8:0:0:0:0:0:1"],
    ["fe80::1%eth0", "fe80:0:0:0:0:0:0:1"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["::FFFF:cb00:7107", "203.0.113.7"],
    ["::1", "0:0:0:0:0:0:0:1"],
    ["64:ff9b::198.51.100.1", "64:ff9b:0:0:0:0:c633:6401"],
  ])("%s → %s", (raw, expected) => {
    expect(parseAddress(raw)).toBe(expected);
  });

  it.each([
    "",
    "unknown",
    "inconnue",
    "evil.example",
    "999.1.1.1",
    "1.2.3",
    "1.2.3.4.5",
    "2001:db8::1::2",
    "<script>",
    "1.2.3.4 5.6.7.8",
    "_hidden",
    "for=1.2.3.4",
  ])("%j is not an address", (raw) => expect(parseAddress(raw)).toBeNull());
});

describe("clientAddress", () => {
  it("is the socket's address when no proxy is trusted, whatever forwarding headers say", () => {
    const forged: [string, string][][] = [
      [["x-forwarded-for", "1.1.1.1"]],
      [
        ["x-forwarded-for", "1.1.1.1, 2.2.2.2"],
        ["x-forwarded-for", "3.3.3.3"],
      ],
      [["x-forwarded-for", "  2001:db8::1  "]],
      [["x-forwarded-for", "garbage"]],
      [["x-real-ip", "4.4.4.4"]],
      [["forwarded", "for=5.5.5.5;proto=https"]],
      [["x-forwarded-for", ""]],
    ];
    for (const headers of forged) expect(clientAddress(request("192.0.2.10", headers), 0)).toBe("192.0.2.10");
  });

  it("takes the entry left of the trusted proxies, right to left", () => {
    // nginx appends the client it saw; the socket's peer is nginx itself.
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "198.51.100.9" }), 1)).toBe("198.51.100.9");
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.9" }), 1)).toBe("198.51.100.9");
    expect(
      clientAddress(
        request("10.0.0.2", [
          ["x-forwarded-for", "6.6.6.6"],
          ["x-forwarded-for", "198.51.100.9"],
        ]),
        1,
      ),
    ).toBe("198.51.100.9");
    // CDN then nginx: two hops.
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.9, 10.0.0.1" }), 2)).toBe(
      "198.51.100.9",
    );
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "6.6.6.6,198.51.100.9 ,10.0.0.1" }), 2)).toBe(
      "198.51.100.9",
    );
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "[2001:db8::5]:4711" }), 1)).toBe(
      "2001:db8:0:0:0:0:0:5",
    );
  });

  it("never turns garbage into an address of its own: the walk stops at the last trusted entry", () => {
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "6.6.6.6, not-an-ip" }), 1)).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "junk, 198.51.100.9, 10.0.0.1" }), 3)).toBe(
      "198.51.100.9",
    );
    expect(clientAddress(request("10.0.0.2", {}), 1)).toBe("10.0.0.2");
  });

  it("is unknown (one shared bucket) when the request was not stamped by this process", () => {
    expect(clientAddress(request(null, { "x-forwarded-for": "1.1.1.1" }), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "192.0.2.1", "x-forwarded-for": "1.1.1.1" }), 1)).toBe(
      UNKNOWN_CLIENT,
    );
    expect(
      clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "00000000-0000-4000-8000-000000000000 192.0.2.1" }), 0),
    ).toBe(UNKNOWN_CLIENT);
    expect(readPeerAddress(new Headers({ [PEER_ADDRESS_HEADER]: "forged" }))).toBeNull();
  });

  it("with hops = 0 gives the same key for any forwarding headers a client can invent (property)", () => {
    const header = fc.string({ maxLength: 80 }).filter((value) => !/[\r\n\0]/.test(value) && value === value.trim());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("x-forwarded-for", "x-real-ip", "forwarded", "x-client-ip"), header), {
          maxLength: 5,
        }),
        (pairs) => {
          const headers = request("192.0.2.10");
          for (const [name, value] of pairs) headers.append(name, value);
          expect(clientKey(headers)).toBe("192.0.2.10");
        },
      ),
    );
  });
});

describe("clientBucket", () => {
  it("groups an IPv6 /64, keeps IPv4 addresses apart", () => {
    expect(clientBucket("2001:db8:0:1:aaaa:0:0:1")).toBe("2001:db8:0:1::/64");
    expect(clientBucket(parseAddress("2001:db8:0:1::ffff")!)).toBe("2001:db8:0:1::/64");
    expect(clientBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey(request("2001:db8:0:1::2"))).toBe(clientKey(request("2001:db8:0:1:ffff::9")));
    expect(clientKey(request("2001:db8:0:2::2"))).not.toBe(clientKey(request("2001:db8:0:1::2")));
  });
});
