import { describe, expect, it } from "vitest";
import {
  aptCommand,
  ensureSystemPackage,
  findExecutable,
  planSystemPackage,
  ProvisionError,
  type TMachine,
} from "./provision.ts";

const root: TMachine = { hasApt: true, isRoot: true, passwordlessSudo: false };
const sudoer: TMachine = { hasApt: true, isRoot: false, passwordlessSudo: true };
const noRights: TMachine = { hasApt: true, isRoot: false, passwordlessSudo: false };
const noApt: TMachine = { hasApt: false, isRoot: true, passwordlessSudo: false };

describe("planSystemPackage", () => {
  it("uses the program when it is there, whatever the machine", () => {
    for (const machine of [root, sudoer, noRights, noApt]) {
      expect(planSystemPackage("nginx", "/usr/sbin/nginx", machine, false)).toEqual({
        kind: "found",
        path: "/usr/sbin/nginx",
      });
    }
  });

  it("installs with apt as root, or through passwordless sudo", () => {
    expect(planSystemPackage("nginx", null, root, false)).toEqual({
      kind: "install",
      commands: [
        ["apt-get", "update", "-qq"],
        ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "nginx"],
      ],
    });
    expect(planSystemPackage("chromium", null, sudoer, false)).toEqual({
      kind: "install",
      commands: [
        ["sudo", "-n", "apt-get", "update", "-qq"],
        ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "chromium"],
      ],
    });
  });

  it("names the command to run when it cannot install, or after an install that failed", () => {
    expect(planSystemPackage("nginx", null, noRights, false)).toEqual({
      kind: "missing",
      command: "sudo apt-get update && sudo apt-get install -y nginx",
    });
    expect(planSystemPackage("nginx", null, root, true)).toEqual({
      kind: "missing",
      command: "apt-get update && apt-get install -y nginx",
    });
    expect(planSystemPackage("nginx", null, sudoer, true)).toEqual({
      kind: "missing",
      command: "sudo apt-get update && sudo apt-get install -y nginx",
    });
    expect(planSystemPackage("nginx", null, noApt, false)).toEqual({ kind: "missing", command: null });
  });

  it("writes the command with sudo unless root", () => {
    expect(aptCommand("chromium", { isRoot: false })).toBe("sudo apt-get update && sudo apt-get install -y chromium");
    expect(aptCommand("chromium", { isRoot: true })).toBe("apt-get update && apt-get install -y chromium");
  });
});

describe("ensureSystemPackage", () => {
  it("installs once, then finds the program", () => {
    let installed = false;
    const commands: string[][] = [];
    const found = ensureSystemPackage(
      { label: "nginx", aptPackage: "nginx", find: () => (installed ? "/usr/sbin/nginx" : null) },
      root,
      (command) => {
        commands.push(command);
        if (command.includes("install")) installed = true;
        return true;
      },
    );
    expect(found).toBe("/usr/sbin/nginx");
    expect(commands.map((command) => command.join(" "))).toEqual([
      "apt-get update -qq",
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx",
    ]);
  });

  it("stops with the French command to run when the install fails or is impossible", () => {
    const never = { label: "nginx", aptPackage: "nginx", find: () => null };
    expect(() => ensureSystemPackage(never, root, () => false)).toThrow(
      new ProvisionError(
        "nginx est introuvable sur cette machine et n'a pas pu être installé. Lancez : apt-get update && apt-get install -y nginx",
      ),
    );
    expect(() =>
      ensureSystemPackage(never, noRights, () => {
        throw new Error("must not run");
      }),
    ).toThrow("Lancez : sudo apt-get update && sudo apt-get install -y nginx");
    expect(() =>
      ensureSystemPackage(never, noApt, () => {
        throw new Error("must not run");
      }),
    ).toThrow("cette machine n'a pas apt");
  });
});

describe("findExecutable", () => {
  it("finds a program on PATH or by absolute path, and nothing for an unknown name", () => {
    expect(findExecutable(["node"])).toMatch(/\/node$/);
    expect(findExecutable([process.execPath])).toBe(process.execPath);
    expect(findExecutable(["atelier-efop-no-such-program", "/nonexistent/bin/x"])).toBeNull();
    expect(findExecutable(["atelier-efop-no-such-program", "node"])).toMatch(/\/node$/);
  });
});
