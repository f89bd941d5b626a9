import { describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/config/env.ts";
import { connectorConfigFromEnv } from "@/lib/connectors/connector-config.ts";
import { signInWithSimulatedProvider } from "@/lib/connectors/simulated-sign-in.ts";
import type { TPathKind } from "@/lib/sheets/sheet-content.ts";
import { inProcessMockFetch } from "@/lib/test/in-process-mock-fetch.ts";
import { prefillPath } from "./prefill-path.ts";
import { PATH_SOURCES } from "./wizard-definition.ts";

process.env.MOCK_API_LATENCY_MS = "0";
const config = () => ({ ...connectorConfigFromEnv("http://localhost:3000"), fetch: inProcessMockFetch().fetcher });
/** The wizard's second step: the simulated provider answers the identity the next steps use. */
const signedIn = (path: TPathKind, personaKey: string) =>
  signInWithSimulatedProvider(
    { ...connectorConfigFromEnv("http://localhost:3000"), fetch: inProcessMockFetch().fetcher },
    { path, personaKey },
  );
const value = (result: Awaited<ReturnType<typeof prefillPath>>, key: string) =>
  result.fields.find((field) => field.key === key);

describe("prefillPath", () => {
  it("fills the PTP request of an employee from every consented source", async () => {
    const result = await prefillPath(
      {
        path: "PARTICULIER",
        identity: await signedIn("PARTICULIER", "salariee-ptp"),
        consented: PATH_SOURCES.PARTICULIER,
      },
      config(),
    );
    expect(value(result, "nom")).toMatchObject({ value: "MARTIN", source: "franceconnect" });
    expect(value(result, "salaireBrut")).toMatchObject({ value: expect.stringMatching(/^27\s720$/), source: "dsn" });
    expect(value(result, "revenuFiscal")).toMatchObject({ value: "24380", source: "dgfip" });
    expect(value(result, "verificationIban")?.value).toMatch(/^Concordant/);
    expect(value(result, "intituleFormation")?.source).toBe("catalogue-cpf");
    expect(result.sources.find((source) => source.key === "france-travail")).toMatchObject({
      status: "not_found",
      message: expect.stringContaining("à saisir"),
    });
  });

  it("calls nothing the person did not consent to", async () => {
    const { fetcher, attempts } = inProcessMockFetch();
    const result = await prefillPath(
      {
        path: "PARTICULIER",
        identity: await signedIn("PARTICULIER", "demandeur-are"),
        consented: ["franceconnect", "france-travail"],
      },
      { ...connectorConfigFromEnv("http://localhost:3000"), fetch: fetcher },
    );
    expect(attempts.every((url) => url.includes("france_travail"))).toBe(true);
    expect(value(result, "dernierPaiementAre")?.value).toMatch(/^1\s177,4 /);
    expect(result.sources.find((source) => source.key === "dgfip")?.status).toBe("not_consented");
    expect(value(result, "revenuFiscal")).toMatchObject({ value: "", source: null });
  });

  it("goes on when a source fails and says so plainly", async () => {
    const result = await prefillPath(
      {
        path: "EMPLOYEUR",
        identity: await signedIn("EMPLOYEUR", "employeur-pme"),
        consented: PATH_SOURCES.EMPLOYEUR,
        failures: { urssaf: "502" },
      },
      { ...config(), retries: 0 },
    );
    expect(result.sources.find((source) => source.key === "urssaf")).toMatchObject({
      status: "failed",
      message: expect.stringContaining("URSSAF"),
    });
    expect(value(result, "vigilance")).toMatchObject({ value: "", source: null });
    expect(value(result, "raisonSociale")).toMatchObject({ value: "MENUISERIE DURAND ET FILS", source: "insee" });
    expect(value(result, "qualiopi")?.value).toBe("Certifié (actions de formation)");
  });

  it("shows a lapsed certification for the training organisation", async () => {
    const result = await prefillPath(
      {
        path: "ORGANISME_FORMATION",
        identity: await signedIn("ORGANISME_FORMATION", "organisme-certification-echue"),
        consented: PATH_SOURCES.ORGANISME_FORMATION,
      },
      config(),
    );
    expect(value(result, "qualiopi")?.value).toBe("Non certifié ou certification échue");
    expect(value(result, "nda")?.value).toContain("(inactif)");
  });

  it("makes the calls in parallel", async () => {
    process.env.MOCK_API_LATENCY_MS = "150";
    resetEnvCache();
    try {
      const result = await prefillPath(
        {
          path: "PARTICULIER",
          identity: await signedIn("PARTICULIER", "salariee-ptp"),
          consented: PATH_SOURCES.PARTICULIER,
        },
        config(),
      );
      const slowest = Math.max(...result.sources.map((source) => source.durationMs));
      expect(result.totalMs).toBeLessThan(slowest * 1.5 + 50);
      expect(result.totalMs).toBeLessThan(7 * 150);
    } finally {
      process.env.MOCK_API_LATENCY_MS = "0";
      resetEnvCache();
    }
  });
});
