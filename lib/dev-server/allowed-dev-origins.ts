import { env } from "../config/env.ts";
import { hostname, networkInterfaces, type NetworkInterfaceInfo } from "node:os";

type TInterfaces = Record<string, NetworkInterfaceInfo[] | undefined>;

/**
 * The hosts from which `next dev` serves its development resources (HMR socket, dev chunks): without them a
 * page opened at http://127.0.0.1:3000 or from another machine of the network renders but never hydrates.
 * Loopback, this machine's addresses and name, and the hosts of DEV_ALLOWED_ORIGINS. Development only:
 * `next start` ignores the setting.
 */
export function allowedDevOrigins({
  interfaces = networkInterfaces(),
  machineName = hostname(),
  extra = devAllowedOriginsVariable(),
}: { interfaces?: TInterfaces; machineName?: string; extra?: string } = {}): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .map((entry) => (entry.family === "IPv6" ? `[${entry.address.split("%")[0]}]` : entry.address));
  const configured = (extra ?? "")
    .split(",")
    .map((value) => hostOf(value.trim()))
    .filter((host): host is string => Boolean(host));
  return [
    ...new Set(["localhost", "127.0.0.1", "[::1]", ...addresses, machineName.toLowerCase(), ...configured]),
  ].filter(Boolean);
}

export function devAllowedOriginsVariable(): string | undefined {
  return env().DEV_ALLOWED_ORIGINS;
}

/** A bare host or wildcard pattern as given, or the host of a URL; the port never matters to Next's check. */
function hostOf(value: string): string | null {
  if (!value) return null;
  if (value.includes("://")) {
    try {
      return new URL(value).hostname.toLowerCase();
    } catch {
      return null;
    }
  }
  return value.toLowerCase().replace(/:\d+$/, "");
}
