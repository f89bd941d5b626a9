import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { allowedDevOrigins } from "./allowed-dev-origins.ts";

const entry = (address: string, family: "IPv4" | "IPv6", internal = false) =>
  ({ address, family, internal }) as NetworkInterfaceInfo;
const interfaces = {
  lo: [entry("127.0.0.1", "IPv4", true), entry("::1", "IPv6", true)],
  eth0: [entry("192.168.1.20", "IPv4"), entry("fd00::2", "IPv6"), entry("fe80::1%eth0", "IPv6")],
  wlan0: [entry("10.0.0.7", "IPv4")],
};

describe("allowedDevOrigins", () => {
  it("allows loopback, every address of the machine (IPv6 in brackets, as browsers send it) and its name", () => {
    expect(allowedDevOrigins({ interfaces, machineName: "Poste-Atelier", extra: undefined })).toEqual([
      "localhost",
      "127.0.0.1",
      "[::1]",
      "192.168.1.20",
      "[fd00::2]",
      "[fe80::1]",
      "10.0.0.7",
      "poste-atelier",
    ]);
  });

  it("adds the hosts of DEV_ALLOWED_ORIGINS, given as hosts, host:port, URLs or wildcards", () => {
    const origins = allowedDevOrigins({
      interfaces: {},
      machineName: "poste",
      extra: " atelier.local, https://Demo.Example.fr:3000 ,presentation.lan:3000,*.salle.lan,, pas une url://",
    });
    expect(origins).toEqual([
      "localhost",
      "127.0.0.1",
      "[::1]",
      "poste",
      "atelier.local",
      "demo.example.fr",
      "presentation.lan",
      "*.salle.lan",
    ]);
  });

  it("matches the host names that browsers put in the Origin header", () => {
    const origins = allowedDevOrigins({ interfaces, machineName: "poste", extra: undefined });
    for (const origin of [
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
      "http://192.168.1.20:3000",
      "http://[fd00::2]:3000",
      "http://poste:3000",
    ]) {
      expect(origins).toContain(new URL(origin).hostname);
    }
  });
});
