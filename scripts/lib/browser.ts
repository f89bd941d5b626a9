import { env } from "../../lib/config/env.ts";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import {
  aptCommand,
  findExecutable,
  planSystemPackage,
  probeMachine,
  runCommand,
  type TMachine,
  type TRun,
} from "./provision.ts";

/**
 * The browser of the e2e suite: CHROMIUM_PATH when set, else Playwright's own Chromium when installed, else
 * a Chromium of the machine (Debian's /usr/bin/chromium). An installed browser is used as it is; only when
 * there is none does `npm test` try Playwright's download (bounded time), then Debian's package.
 */
export type TBrowserFacts = {
  override: string | null;
  overrideExists: boolean;
  playwrightChromium: boolean;
  systemChromium: string | null;
  machine: TMachine;
};
export type TBrowserAttempts = { playwright: boolean; apt: boolean };
export type TBrowserSource = "CHROMIUM_PATH" | "playwright" | "system";
export type TBrowserStep =
  | { kind: "use"; executablePath: string | undefined; source: TBrowserSource }
  | { kind: "install-playwright"; command: string[] }
  | { kind: "install-apt"; commands: string[][] }
  | { kind: "fail"; message: string };

// Without the networking flags Chromium keeps calling home, which floods a closed network.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const PLAYWRIGHT_INSTALL = ["npx", "playwright", "install", "chromium"];

export function planBrowser(facts: TBrowserFacts, attempts: TBrowserAttempts): TBrowserStep {
  if (facts.override) {
    return facts.overrideExists
      ? { kind: "use", executablePath: facts.override, source: "CHROMIUM_PATH" }
      : {
          kind: "fail",
          message: `CHROMIUM_PATH désigne ${facts.override}, qui n'existe pas. Corrigez le chemin ou lancez : unset CHROMIUM_PATH && npm test`,
        };
  }
  // Playwright picks its own build (and its headless shell) when no path is given.
  if (facts.playwrightChromium) return { kind: "use", executablePath: undefined, source: "playwright" };
  if (facts.systemChromium) return { kind: "use", executablePath: facts.systemChromium, source: "system" };
  if (!attempts.playwright) return { kind: "install-playwright", command: PLAYWRIGHT_INSTALL };
  const system = planSystemPackage("chromium", null, facts.machine, attempts.apt);
  if (system.kind === "install") return { kind: "install-apt", commands: system.commands };
  const missing = "Aucun navigateur pour les tests de bout en bout : le téléchargement de Playwright a échoué";
  return {
    kind: "fail",
    message: facts.machine.hasApt
      ? `${missing} et Chromium n'a pas pu être installé depuis les paquets Debian. Lancez : ${aptCommand("chromium", facts.machine)}`
      : `${missing} et cette machine n'a pas apt. Installez Chromium avec son gestionnaire de paquets, puis lancez : CHROMIUM_PATH=/chemin/vers/chromium npm test`,
  };
}

const SYSTEM_CHROMIUM = ["chromium", "chromium-browser", "/usr/bin/chromium"];

export function probeBrowser(): TBrowserFacts {
  const override = env().CHROMIUM_PATH?.trim() || null;
  return {
    override,
    overrideExists: override !== null && existsSync(override),
    playwrightChromium: existsSync(chromium.executablePath()),
    systemChromium: findExecutable(SYSTEM_CHROMIUM),
    machine: probeMachine(),
  };
}

/** The path for playwright.config.ts: what is installed now, without installing anything. */
export function browserExecutablePath(): string | undefined {
  const step = planBrowser(probeBrowser(), { playwright: true, apt: true });
  return step.kind === "use" ? step.executablePath : undefined;
}

/** The browser's file itself, for tools that need one (Lighthouse): Playwright's own build resolved too. */
export function browserBinary(): string | undefined {
  const step = planBrowser(probeBrowser(), { playwright: true, apt: true });
  if (step.kind !== "use") return undefined;
  return step.source === "playwright" ? chromium.executablePath() : step.executablePath;
}

export function playwrightInstallTimeoutMs(): number {
  return env().PLAYWRIGHT_INSTALL_TIMEOUT_S * 1000;
}

/** Makes a browser available, installing one if needed; returns what the e2e suite will use, or the failure. */
export function ensureBrowser(
  run: TRun = runCommand,
  probe: () => TBrowserFacts = probeBrowser,
): Exclude<TBrowserStep, { kind: "install-playwright" | "install-apt" }> {
  const attempts: TBrowserAttempts = { playwright: false, apt: false };
  for (;;) {
    const step = planBrowser(probe(), attempts);
    if (step.kind === "use" || step.kind === "fail") return step;
    if (step.kind === "install-playwright") {
      console.log("Aucun navigateur installé : téléchargement du Chromium de Playwright…");
      attempts.playwright = true;
      run(step.command, playwrightInstallTimeoutMs());
    } else {
      console.log("Chromium de Playwright indisponible : installation du paquet Debian « chromium »…");
      attempts.apt = true;
      for (const command of step.commands) if (!run(command, 600_000)) break;
    }
  }
}
