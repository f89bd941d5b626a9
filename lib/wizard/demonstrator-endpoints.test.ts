// What the demonstrator displays is what its connectors request: every
// endpoint shown is recorded in an actual pre-fill, and every request made is shown.
import { describe, expect, it } from "vitest";
import { connectorConfigFromEnv } from "@/lib/connectors/connector-config.ts";
import { signInWithSimulatedProvider } from "@/lib/connectors/simulated-sign-in.ts";
import { endpointLabel } from "@/lib/connectors/endpoints.ts";
import { DEMO_DATA_ITEMS } from "@/lib/seed/content.ts";
import { demoPersonaChoices } from "@/lib/mock-apis/simulated-sign-in.ts";
import { inProcessMockFetch } from "@/lib/test/in-process-mock-fetch.ts";
import { DATA_ITEM_ENDPOINTS, demonstratorEndpoint } from "./demonstrator-endpoints.ts";
import { prefillPath } from "./prefill-path.ts";
import { PATH_SOURCES } from "./wizard-definition.ts";

process.env.MOCK_API_LATENCY_MS = "0";

async function everyCallOfEveryPersona() {
  const calls = new Set<string>();
  const urls: string[] = [];
  for (const persona of demoPersonaChoices()) {
    const { fetcher, attempts } = inProcessMockFetch();
    const config = { ...connectorConfigFromEnv("http://localhost:3000"), fetch: fetcher, retries: 0 };
    const identity = await signInWithSimulatedProvider(config, { path: persona.path, personaKey: persona.key });
    const result = await prefillPath({ path: persona.path, identity, consented: PATH_SOURCES[persona.path] }, config);
    for (const source of result.sources) source.calls.forEach((call) => calls.add(call));
    urls.push(...attempts);
  }
  return { calls, urls };
}

describe("endpoints displayed on the demonstrator", () => {
  it("are the ones the connectors call, and every call is displayed", async () => {
    const { calls, urls } = await everyCallOfEveryPersona();
    const displayed = new Set(Object.keys(DATA_ITEM_ENDPOINTS).map(demonstratorEndpoint));
    expect([...displayed].filter((label) => !calls.has(label!))).toEqual([]);
    expect([...calls].filter((call) => !displayed.has(call))).toEqual([]);
    // Each recorded label comes from the request's own URL: a path the template does not match would show raw.
    expect([...calls].every((call) => /^(GET|POST) \/\S+$/.test(call) && !call.includes("localhost"))).toBe(true);
    expect(urls.length).toBeGreaterThan(calls.size);
  });

  it("name data items of the catalogue, and none the demonstrator does not request", () => {
    const slugs = new Set(DEMO_DATA_ITEMS.map((item) => item.slug));
    expect(Object.keys(DATA_ITEM_ENDPOINTS).filter((slug) => !slugs.has(slug))).toEqual([]);
    expect(demonstratorEndpoint("titre-de-sejour")).toBeNull();
    expect(demonstratorEndpoint("constructor")).toBeNull();
    expect(demonstratorEndpoint("plus-haut-diplome")).toBe(endpointLabel("highestDiploma"));
    expect(demonstratorEndpoint("droit-rsa")).toBe("GET /v3/dss/revenu_solidarite_active/identite");
  });
});
