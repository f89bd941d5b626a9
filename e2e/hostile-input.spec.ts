import fc from "fast-check";
import { hostileSegment } from "../lib/test/hostile-input.ts";
import { test, expect } from "./fixtures.ts";
import { env } from "../lib/config/env.ts";

// A bounded number of HTTP runs against the built server: the route handlers and
// queries are fuzzed at length in lib/public-api/public-endpoints.property.integration.test.ts;
// here the whole stack (routing, decoding, rendering, headers) gets the same input.
const RUNS = { numRuns: 12, seed: env().FAST_CHECK_SEED ?? Date.now() % 1_000_000 };
const REFLECTED = ["<script>alert(1)", 'onerror="alert(1)"', "<iframe src=https://exemple.fr", 'href="javascript:'];

const hostileQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom("q", "parcours", "acteur", "api", "categorie", "disponibilite", "de", "a", "page"),
      hostileSegment,
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join("&"));

const TEMPLATES: { name: string; url: (segment: string, query: string) => string }[] = [
  { name: "accueil", url: (_, query) => `/?${query}` },
  { name: "liste des cas d'usage", url: (_, query) => `/cas-usage?${query}` },
  { name: "cas d'usage", url: (segment, query) => `/cas-usage/${segment}?${query}` },
  { name: "cas d'usage publié", url: (_, query) => `/cas-usage/formation-financee?${query}` },
  { name: "irritants", url: (_, query) => `/irritants?${query}` },
  { name: "irritant", url: (segment) => `/irritants/${segment}` },
  { name: "données", url: (_, query) => `/donnees?${query}` },
  { name: "donnée", url: (segment) => `/donnees/${segment}` },
  { name: "API publique", url: (segment, query) => `/api/public/v1/use-cases/${segment}?${query}` },
  { name: "API publique (Markdown)", url: (segment) => `/api/public/v1/use-cases/${segment}/markdown` },
  { name: "API publique (priorités)", url: (_, query) => `/api/public/v1/priorities?${query}` },
  { name: "API simulée", url: (segment, query) => `/api/mock/api-particulier/v3/dss/${segment}/identite?${query}` },
  { name: "chemin inconnu", url: (segment) => `/inconnu-${segment}/${segment}` },
];

for (const template of TEMPLATES) {
  test(`${template.name} never answers 500 nor reflects hostile input, whatever the path segment and query string`, async ({
    request,
  }) => {
    await fc.assert(
      fc.asyncProperty(hostileSegment, hostileQuery, async (segment, query) => {
        const url = template.url(segment, query);
        const response = await request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBeLessThan(500);
        const body = await response.text();
        for (const marker of REFLECTED) expect(body.includes(marker), `${url} renvoie ${marker}`).toBe(false);
      }),
      RUNS,
    );
  });
}

test("a path whose percent-encoding does not decode gets 400 from the production server, never Next's 500", async ({
  request,
}) => {
  // Next.js 16 itself answers 500 there, before proxy.ts or any route (its matcher throws): server.ts refuses first.
  for (const url of [
    "/irritants/%zz",
    "/cas-usage/%",
    "/cas-usage/%ff",
    "/api/public/v1/use-cases/%C0%AF",
    "/donnees/%E0%A4%A",
    "/%",
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    expect(response.headers()["content-security-policy"], url).toContain("default-src 'none'");
  }
});

test("public feedback with hostile bodies never answers 500", async ({ request }) => {
  // An unknown sheet: the bodies are validated, nothing is stored, no rate-limit slot is used.
  const bodies = fc.oneof(
    fc.constantFrom(
      "",
      "{",
      "null",
      "[]",
      "\u0000",
      JSON.stringify({ section: "general", message: "\u0000".repeat(20) }),
      JSON.stringify({ section: "general", message: "x".repeat(30_000) }),
    ),
    fc
      .record({ section: fc.string({ maxLength: 20 }), message: fc.string({ maxLength: 300 }) })
      .map((value) => JSON.stringify(value)),
  );
  await fc.assert(
    fc.asyncProperty(bodies, hostileSegment, async (body, segment) => {
      const response = await request.post(`/api/public/v1/use-cases/fiche-inconnue-${segment}/feedback`, {
        data: body,
        headers: { "content-type": "application/json" },
      });
      expect(response.status(), `${segment} ${body.slice(0, 80)}`).toBeLessThan(500);
    }),
    RUNS,
  );
});
