import { resetEnvCache } from "../../lib/config/env.ts";
import { describe, expect, it } from "vitest";
import { afterEach, vi } from "vitest";
import {
  ensureBrowser,
  planBrowser,
  PLAYWRIGHT_INSTALL,
  playwrightInstallTimeoutMs,
  type TBrowserFacts,
} from "./browser.ts";
import type { TMachine } from "./provision.ts";

const root: TMachine = { hasApt: true, isRoot: true, passwordlessSudo: false };
const noRights: TMachine = { hasApt: true, isRoot: false, passwordlessSudo: false };
const noApt: TMachine = { hasApt: false, isRoot: false, passwordlessSudo: false };
const bare: TBrowserFacts = {
  override: null,
  overrideExists: false,
  playwrightChromium: false,
  systemChromium: null,
  machine: root,
};
const none = { playwright: false, apt: false };
const both = { playwright: true, apt: true };

describe("planBrowser", () => {
  it("CHROMIUM_PATH wins over every installed browser, and fails clearly when it points nowhere", () => {
    const installed = { ...bare, playwrightChromium: true, systemChromium: "/usr/bin/chromium" };
    expect(planBrowser({ ...installed, override: "/opt/chrome", overrideExists: true }, none)).toEqual({
      kind: "use",
      executablePath: "/opt/chrome",
      source: "CHROMIUM_PATH",
    });
    const wrong = planBrowser({ ...installed, override: "/opt/nope", overrideExists: false }, none);
    expect(wrong).toMatchObject({ kind: "fail", message: expect.stringContaining("CHROMIUM_PATH désigne /opt/nope") });
  });

  it("uses Playwright's own Chromium when installed, else the machine's", () => {
    expect(planBrowser({ ...bare, playwrightChromium: true, systemChromium: "/usr/bin/chromium" }, none)).toEqual({
      kind: "use",
      executablePath: undefined,
      source: "playwright",
    });
    expect(planBrowser({ ...bare, systemChromium: "/usr/bin/chromium" }, none)).toEqual({
      kind: "use",
      executablePath: "/usr/bin/chromium",
      source: "system",
    });
  });

  it("with no browser: Playwright's download first, then Debian's package, then one French message", () => {
    expect(planBrowser(bare, none)).toEqual({ kind: "install-playwright", command: PLAYWRIGHT_INSTALL });
    expect(planBrowser(bare, { playwright: true, apt: false })).toMatchObject({
      kind: "install-apt",
      commands: [["apt-get", "update", "-qq"], expect.arrayContaining(["install", "chromium"])],
    });
    expect(planBrowser(bare, both)).toEqual({
      kind: "fail",
      message: expect.stringMatching(/Lancez : apt-get update && apt-get install -y chromium$/),
    });
  });

  it("without the rights to use apt, or without apt, says which command to run", () => {
    expect(planBrowser({ ...bare, machine: noRights }, { playwright: true, apt: false })).toEqual({
      kind: "fail",
      message:
        "Aucun navigateur pour les tests de bout en bout : le téléchargement de Playwright a échoué et Chromium n'a pas pu être installé depuis les paquets Debian. Lancez : sudo apt-get update && sudo apt-get install -y chromium",
    });
    expect(planBrowser({ ...bare, machine: noApt }, { playwright: true, apt: false })).toEqual({
      kind: "fail",
      message: expect.stringContaining(
        "Installez Chromium avec son gestionnaire de paquets, puis lancez : CHROMIUM_PATH=/chemin/vers/chromium npm test",
      ),
    });
  });
});

describe("ensureBrowser", () => {
  function machineWhere(outcome: { playwright: boolean; apt: boolean }, machine: TMachine = root) {
    const state = { ...bare, machine };
    const ran: string[] = [];
    const run = (command: string[]) => {
      ran.push(command.join(" "));
      if (command.join(" ") === PLAYWRIGHT_INSTALL.join(" ") && outcome.playwright) state.playwrightChromium = true;
      if (command.includes("install") && command.includes("chromium") && command.includes("apt-get") && outcome.apt)
        state.systemChromium = "/usr/bin/chromium";
      return command.join(" ") === PLAYWRIGHT_INSTALL.join(" ") ? outcome.playwright : outcome.apt;
    };
    return { result: ensureBrowser(run, () => ({ ...state })), ran };
  }

  it("where the download works, uses Playwright's browser and never calls apt", () => {
    const { result, ran } = machineWhere({ playwright: true, apt: true });
    expect(result).toEqual({ kind: "use", executablePath: undefined, source: "playwright" });
    expect(ran).toEqual(["npx playwright install chromium"]);
  });

  it("where the download is blocked (this machine), installs Debian's chromium", () => {
    const { result, ran } = machineWhere({ playwright: false, apt: true });
    expect(result).toEqual({ kind: "use", executablePath: "/usr/bin/chromium", source: "system" });
    expect(ran).toEqual([
      "npx playwright install chromium",
      "apt-get update -qq",
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
    ]);
  });

  it("where nothing works, fails once with the message and runs nothing more", () => {
    const { result, ran } = machineWhere({ playwright: false, apt: false });
    expect(result).toMatchObject({ kind: "fail" });
    expect(ran).toEqual(["npx playwright install chromium", "apt-get update -qq"]);
    const withoutRights = machineWhere({ playwright: false, apt: false }, noRights);
    expect(withoutRights.ran).toEqual(["npx playwright install chromium"]);
  });
});

describe("playwrightInstallTimeoutMs", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCache();
  });
  it("bounds the download to 120 s unless PLAYWRIGHT_INSTALL_TIMEOUT_S says otherwise; a malformed value is refused", () => {
    resetEnvCache();
    expect(playwrightInstallTimeoutMs()).toBe(120_000);
    vi.stubEnv("PLAYWRIGHT_INSTALL_TIMEOUT_S", "30");
    resetEnvCache();
    expect(playwrightInstallTimeoutMs()).toBe(30_000);
    for (const wrong of ["0", "-5", "vite"]) {
      vi.stubEnv("PLAYWRIGHT_INSTALL_TIMEOUT_S", wrong);
      resetEnvCache();
      expect(() => playwrightInstallTimeoutMs()).toThrow(/PLAYWRIGHT_INSTALL_TIMEOUT_S/);
    }
  });
});
