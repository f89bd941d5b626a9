import { isIPv4, isIPv6 } from "node:net";
import { env } from "@/lib/config/env.ts";
import { readPeerAddress } from "./peer-address.ts";

/** Key of every request whose address cannot be established (start-up window, direct calls): one shared bucket. */
export const UNKNOWN_CLIENT = "inconnue";

export function trustedProxyHops(): number {
  return env().TRUSTED_PROXY_HOPS;
}

/**
 * One entry of X-Forwarded-For (or the socket's address) as a canonical IP, or null when it is not one.
 * Accepts what proxies write: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]:443`, zone ids,
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`, which is how a dual-stack socket reports an IPv4 client).
 */
export function parseAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%[\w.-]+$/, "");
  if (isIPv4(value)) return value;
  if (!isIPv6(value)) return null;
  const groups = expandIPv6(value);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join(".");
  return groups.map((group) => group.toString(16)).join(":");
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` and a trailing dotted IPv4 expanded). */
function expandIPv6(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split(".").map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === null ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}

/**
 * The client's address, for rate limits only (never stored in clear).
 *
 * The chain is X-Forwarded-For (every header, in order) followed by the socket's address. With
 * TRUSTED_PROXY_HOPS = N, the N right-most entries are our proxies (the socket's peer being the last
 * of them), so the client is the entry just left of them: each entry from there to the right was
 * written by a proxy we trust, everything further left is whatever the client chose to send. Walking
 * from the right, an entry that is not an address stops the walk at the last trusted one, so that
 * garbage never becomes a bucket of its own.
 */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string {
  const peer = readPeerAddress(headers);
  const socketAddress = peer === null ? null : parseAddress(peer);
  if (socketAddress === null) return UNKNOWN_CLIENT;
  const forwarded =
    hops === 0 ? [] : (headers.get("x-forwarded-for") ?? "").split(",").filter((entry) => entry.trim() !== "");
  const chain = [...forwarded, socketAddress];
  const clientIndex = Math.max(0, chain.length - 1 - hops);
  let client = socketAddress;
  for (let index = chain.length - 2; index >= clientIndex; index--) {
    const address = parseAddress(chain[index]);
    if (address === null) break;
    client = address;
  }
  return client;
}

/**
 * The rate-limit bucket of an address: the address itself for IPv4, its /64 network for IPv6 (one
 * subscriber usually holds a whole /64 and could otherwise take a new address for each request).
 */
export function clientBucket(address: string): string {
  if (!address.includes(":")) return address;
  return `${expandIPv6(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** Rate-limit key of a request: its client's bucket. */
export function clientKey(headers: Headers): string {
  const address = clientAddress(headers);
  return address === UNKNOWN_CLIENT ? address : clientBucket(address);
}
