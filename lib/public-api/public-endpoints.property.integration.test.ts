// Every public endpoint fed generated hostile input (fast-check), on a real
// database: the answer is never a 500 and nothing unsafe comes back rendered.
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { controlText, hostileMarkdown, hostileSegment, UNSAFE_SNIPPETS, unsafeHtml } from "@/lib/test/hostile-input.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { Markdown } from "@/components/markdown.tsx";
import { GET as listUseCasesRoute } from "@/app/api/public/v1/use-cases/route.ts";
import { GET as sheetRoute } from "@/app/api/public/v1/use-cases/[slug]/route.ts";
import { GET as markdownRoute } from "@/app/api/public/v1/use-cases/[slug]/markdown/route.ts";
import { POST as feedbackRoute } from "@/app/api/public/v1/use-cases/[slug]/feedback/route.ts";
import { GET as prioritiesRoute } from "@/app/api/public/v1/priorities/route.ts";
import { GET as openApiRoute } from "@/app/api/public/v1/openapi.json/route.ts";
import { GET as guideMarkdownRoute } from "@/app/api/public/v1/guide/markdown/route.ts";
import { GET as openDataRoute } from "@/app/api/public/v1/open-data/[file]/route.ts";
import { OPEN_DATA_FILES } from "@/lib/open-data/get-open-data-file.ts";
import { GET as mockGet, POST as mockPost } from "@/app/api/mock/[...path]/route.ts";
import { getIrritant } from "@/lib/catalogue/get-irritant.ts";
import { getDataItem, listDataItems, ZDataItemFilters } from "@/lib/catalogue/list-data-items.ts";
import { listIrritants, ZIrritantFilters } from "@/lib/catalogue/list-irritants.ts";
import { listPublishedSheets, ZSheetFilters } from "@/lib/sheets/list-published-sheets.ts";
import { getPublishedSheet } from "@/lib/sheets/get-published-sheet.ts";
import { mockApiTokens } from "@/lib/config/app-config.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";

const PUBLISHED = "formation-financee";
const RUNS = { numRuns: 40 };
// The mock APIs answer at once here: the latency is not what is tested.
process.env.MOCK_API_LATENCY_MS = "0";

afterAll(() => stopLiveEvents());
// The demo content: published sheets, irritants, data items and closed rounds for the endpoints to read.
beforeAll(async () => {
  if (!(await db.useCase.findUnique({ where: { slug: PUBLISHED } }))) await seedDemoContent(db);
}, 120_000);

/** A hostile query string: keys and values from the hostile generators, some raw, some encoded. */
const hostileQuery = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          "q",
          "parcours",
          "acteur",
          "api",
          "categorie",
          "disponibilite",
          "page",
          "limit",
          "__proto__",
          "q[]",
        ),
        hostileSegment,
      ),
      hostileSegment,
    ),
    { maxLength: 4 },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join("&"));
/** Headers a client controls, with hostile values (only the characters HTTP allows in a header). */
const hostileHeaders = fc
  .record(
    {
      "if-none-match": fc.oneof(fc.constant("*"), fc.string({ maxLength: 80 })),
      accept: fc.constantFrom("*/*", "text/html", "application/json;q=0.1, */*;q=0", "\u00ff"),
      "accept-language": fc.string({ maxLength: 40 }),
      "x-forwarded-for": fc.constantFrom("1.2.3.4", "::1, 10.0.0.1", "garbage", "", "1.2.3.4".repeat(200)),
    },
    { requiredKeys: [] },
  )
  .map((headers) =>
    Object.fromEntries(Object.entries(headers).filter(([, value]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(value))),
  );

const url = (pathname: string, query = "") => `http://localhost${pathname}${query ? `?${query}` : ""}`;
/** A route param as Next.js hands it over: percent-decoded when that is possible, raw otherwise. */
const asParam = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function expectNo500(response: Response, what: string) {
  expect(response.status, what).toBeLessThan(500);
  const type = response.headers.get("content-type") ?? "";
  const body = await response.text();
  // JSON and Markdown are data, not pages: nothing in them may be served as HTML.
  if (body) expect(type, what).not.toContain("text/html");
  return body;
}

describe("public API under hostile input", () => {
  it("lists, reads and describes without a 500 whatever the query string, headers and slug", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileQuery,
        hostileHeaders,
        hostileSegment,
        fc.constantFrom(...OPEN_DATA_FILES),
        async (query, headers, slug, knownFile) => {
          await expectNo500(
            await listUseCasesRoute(new Request(url("/api/public/v1/use-cases", query), { headers })),
            `list ?${query}`,
          );
          await expectNo500(
            await prioritiesRoute(new Request(url("/api/public/v1/priorities", query), { headers })),
            `priorities ?${query}`,
          );
          await expectNo500(
            await openApiRoute(new Request(url("/api/public/v1/openapi.json", query), { headers })),
            `openapi ?${query}`,
          );
          await expectNo500(
            await guideMarkdownRoute(new Request(url("/api/public/v1/guide/markdown", query), { headers })),
            `guide ?${query}`,
          );
          const known = await sheetRoute(
            new Request(url(`/api/public/v1/use-cases/${PUBLISHED}`, query), { headers }),
            params({ slug: PUBLISHED }),
          );
          expect([200, 304]).toContain(known.status);
          for (const candidate of [slug, `${PUBLISHED}${slug}`]) {
            const param = asParam(candidate);
            const read = await sheetRoute(
              new Request(url(`/api/public/v1/use-cases/${candidate}`, query), { headers }),
              params({ slug: param }),
            );
            await expectNo500(read, `use case ${JSON.stringify(param)}`);
            await expectNo500(
              await markdownRoute(
                new Request(url(`/api/public/v1/use-cases/${candidate}/markdown`, query), { headers }),
                params({ slug: param }),
              ),
              `markdown ${JSON.stringify(param)}`,
            );
          }
          // Open-data files: a known one always answers, anything else (even a known name with a hostile suffix) is a
          // 404.
          for (const candidate of [knownFile, slug, `${knownFile}${slug}`, `irritants.${slug}`]) {
            const file = asParam(candidate);
            const answer = await openDataRoute(
              new Request(url(`/api/public/v1/open-data/${candidate}`, query), { headers }),
              params({ file }),
            );
            await expectNo500(answer, `open data ${JSON.stringify(file)}`);
            expect(answer.status, JSON.stringify(file)).toBe(
              OPEN_DATA_FILES.has(file) ? (answer.status === 304 ? 304 : 200) : 404,
            );
          }
        },
      ),
      RUNS,
    );
  }, 300_000);

  it("answers every hostile feedback with a 4xx or a 201, never a 500, and what it stores renders safely", async () => {
    const body = fc.oneof(
      fc
        .record(
          {
            section: fc.oneof(fc.constantFrom("general", "problem", "context"), controlText),
            message: fc.oneof(
              hostileMarkdown(2_500),
              fc.constantFrom(...UNSAFE_SNIPPETS).map((snippet) => `Retour : ${snippet}`),
            ),
            authorName: fc.oneof(
              fc.constant(undefined),
              controlText,
              fc.constantFrom("<script>alert(1)</script>", '=HYPERLINK("x")'),
            ),
            authorEmail: fc.oneof(
              fc.constant(undefined),
              fc.constantFrom("", "a@b.fr", "<a@b.fr>", "a@b.fr\r\nBcc: x@y.fr", "\u0000@b.fr"),
            ),
            website: fc.constantFrom(undefined, "", "http://spam.example"),
          },
          { requiredKeys: ["message"] },
        )
        .map((value) => JSON.stringify(value)),
      fc.constantFrom(
        "",
        "null",
        "[]",
        '"texte"',
        "{",
        '{"message": 12}',
        '{"message": {"$gt": ""}}',
        '{"__proto__": {"admin": true}, "message": "0123456789 ok", "section": "general"}',
      ),
      controlText,
      fc.constant(JSON.stringify({ section: "general", message: "x".repeat(20_000) })),
    );
    // A valid feedback made of every unsafe snippet, to a published sheet and to a slug with a NUL character.
    const valid = JSON.stringify({
      section: "general",
      message: `Retour hostile : ${UNSAFE_SNIPPETS.join("\n\n")}`.slice(0, 5_000),
    });
    const post = (slug: string) =>
      feedbackRoute(
        new Request(url(`/api/public/v1/use-cases/${PUBLISHED}/feedback`), {
          method: "POST",
          body: valid,
          headers: { "content-type": "application/json" },
        }),
        params({ slug }),
      );
    expect([201, 429]).toContain((await post(PUBLISHED)).status);
    expect((await post("formation\u0000financee")).status).toBe(404);
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.oneof(fc.constant(PUBLISHED), hostileSegment),
        fc.constantFrom(undefined, "http://localhost", "https://malveillant.example", "null"),
        async (text, slug, origin) => {
          const response = await feedbackRoute(
            new Request(url(`/api/public/v1/use-cases/${PUBLISHED}/feedback`), {
              method: "POST",
              body: text,
              headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
            }),
            params({ slug: slug === PUBLISHED ? slug : asParam(slug) }),
          );
          statuses.add(response.status);
          await expectNo500(response, `feedback ${text.slice(0, 120)}`);
        },
      ),
      { numRuns: 60 },
    );
    // The generated input reached validation and the database, not only the first checks.
    expect(statuses.has(400)).toBe(true);
    const stored = await db.feedback.findMany({ select: { message: true, authorName: true } });
    for (const feedback of stored) {
      const html = renderToStaticMarkup(createElement(Markdown, { source: feedback.message, fromPublic: true }));
      expect(unsafeHtml(html), feedback.message.slice(0, 120)).toEqual([]);
    }
  }, 300_000);
});

describe("public pages' queries under hostile input", () => {
  const firstValues = (query: string) => Object.fromEntries(new URLSearchParams(query));

  it("filter the lists and find by slug without a 500, whatever the query string or path segment", async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, hostileSegment, async (query, segment) => {
        await listPublishedSheets(ZSheetFilters.parse(firstValues(query)));
        await listIrritants(ZIrritantFilters.parse(firstValues(query)));
        await listDataItems(ZDataItemFilters.parse(firstValues(query)));
        const slug = asParam(segment);
        expect(await getPublishedSheet({ slug })).toBeNull();
        expect(await getIrritant({ slug })).toBeNull();
        expect(await getDataItem({ slug })).toBeNull();
      }),
      RUNS,
    );
  }, 300_000);
});

describe("mock APIs under hostile input", () => {
  const APIS = ["api-particulier", "api-entreprise", "impot-particulier", "hypothetique", "catalogue-cpf", "inconnue"];
  const KNOWN_PATHS = [
    "v3/dss/quotient_familial/identite",
    "v3/dss/revenu_solidarite_active/identite",
    "v3/france_travail/statut/identifiant",
    "v3/insee/sirene/etablissements/41816609600069",
    "situations/ir/assiettes/annrev/2025",
    "diplomes/v1/plus-haut-diplome",
    "verification-iban/v1/verifications",
    "donnees-paie/v1/salaries/1/remunerations",
    "v1/actions",
  ];

  beforeAll(() => {
    process.env.MOCK_API_LATENCY_MS = "0";
  });

  it("answer GET and POST without a 500, whatever the path, query string, token and body", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...APIS),
        fc.oneof(
          fc.constantFrom(...KNOWN_PATHS),
          fc.array(hostileSegment, { minLength: 1, maxLength: 4 }).map((segments) => segments.join("/")),
        ),
        hostileQuery,
        fc.constantFrom(
          undefined,
          "Bearer " + mockApiTokens().full,
          "Bearer ",
          "Bearer x".repeat(500),
          "Basic YTpi",
          "bearer\t" + mockApiTokens().full,
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.constantFrom("", "{", "null", "[]", '{"iban": {"$ne": null}}'),
          controlText,
        ),
        async (api, pathname, query, authorization, body) => {
          const segments = [api, ...pathname.split("/").filter(Boolean).map(asParam)];
          const headers = { ...(authorization ? { authorization } : {}), "content-type": "application/json" };
          const target = url(`/api/mock/${api}/${pathname}`, query);
          await expectNo500(
            await mockGet(new Request(target, { headers }), params({ path: segments })),
            `GET ${target}`,
          );
          await expectNo500(
            await mockPost(
              new Request(target, { method: "POST", headers, body: body ?? "" }),
              params({ path: segments }),
            ),
            `POST ${target}`,
          );
        },
      ),
      { numRuns: 80 },
    );
  }, 300_000);
});
