import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";

/**
 * Provisioning of a tool that the tests need from the machine (Chromium for the e2e suite, nginx for the
 * cluster test): found where it is, else installed from Debian's packages when the machine has apt and
 * the rights, else one French message with the exact command to run. The decisions are pure functions
 * (tested on every branch); probing and running commands stay at the edges.
 */
export type TMachine = { hasApt: boolean; isRoot: boolean; passwordlessSudo: boolean };
export type TSystemPackage = { label: string; aptPackage: string; find: () => string | null };
export type TSystemStep =
  | { kind: "found"; path: string }
  | { kind: "install"; commands: string[][] }
  | { kind: "missing"; command: string | null };

/** What to do about a Debian package that may already be there. */
export function planSystemPackage(
  aptPackage: string,
  found: string | null,
  machine: TMachine,
  installAttempted: boolean,
): TSystemStep {
  if (found) return { kind: "found", path: found };
  const prefix = machine.isRoot ? [] : ["sudo", "-n"];
  if (!installAttempted && machine.hasApt && (machine.isRoot || machine.passwordlessSudo)) {
    return {
      kind: "install",
      commands: [
        [...prefix, "apt-get", "update", "-qq"],
        [...prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", aptPackage],
      ],
    };
  }
  return { kind: "missing", command: machine.hasApt ? aptCommand(aptPackage, machine) : null };
}

/** The command a person runs by hand: with sudo unless they are root. */
export function aptCommand(aptPackage: string, machine: Pick<TMachine, "isRoot">): string {
  const sudo = machine.isRoot ? "" : "sudo ";
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${aptPackage}`;
}

export class ProvisionError extends Error {}

/** Finds the package's program, installing it with apt if needed and possible; throws ProvisionError otherwise. */
export function ensureSystemPackage(
  pkg: TSystemPackage,
  machine: TMachine = probeMachine(),
  run: TRun = runCommand,
): string {
  let attempted = false;
  for (;;) {
    const step = planSystemPackage(pkg.aptPackage, pkg.find(), machine, attempted);
    if (step.kind === "found") return step.path;
    if (step.kind === "missing") {
      throw new ProvisionError(
        step.command
          ? `${pkg.label} est introuvable sur cette machine et n'a pas pu être installé. Lancez : ${step.command}`
          : `${pkg.label} est introuvable et cette machine n'a pas apt : installez le paquet « ${pkg.aptPackage} » avec son gestionnaire de paquets.`,
      );
    }
    console.log(`${pkg.label} introuvable : installation du paquet Debian « ${pkg.aptPackage} »…`);
    attempted = true;
    for (const command of step.commands) if (!run(command, 600_000)) break;
  }
}

export type TRun = (command: string[], timeoutMs: number) => boolean;

/** Runs a command with its output shown; false when it fails or outlives its time. */
export const runCommand: TRun = (command, timeoutMs) => {
  const result = spawnSync(command[0], command.slice(1), {
    stdio: "inherit",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  return result.status === 0;
};

export function probeMachine(): TMachine {
  const isRoot = process.getuid?.() === 0;
  return {
    hasApt: findExecutable(["apt-get"]) !== null,
    isRoot,
    passwordlessSudo:
      !isRoot &&
      findExecutable(["sudo"]) !== null &&
      spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 10_000 }).status === 0,
  };
}

/** The first of these programs found: absolute paths as given, bare names on PATH and in the sbin folders. */
export function findExecutable(candidates: string[]): string | null {
  const folders = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/local/sbin", "/usr/sbin", "/sbin"].filter(
    Boolean,
  );
  for (const candidate of candidates) {
    const paths = path.isAbsolute(candidate) ? [candidate] : folders.map((folder) => path.join(folder, candidate));
    for (const file of paths) {
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // Not there: try the next place.
      }
    }
  }
  return null;
}
