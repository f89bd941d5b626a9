import Ajv from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { openApiDocument } from "./openapi-document.ts";
import { GET as listRoute } from "@/app/api/public/v1/use-cases/route.ts";
import { GET as sheetRoute } from "@/app/api/public/v1/use-cases/[slug]/route.ts";
import { GET as markdownRoute } from "@/app/api/public/v1/use-cases/[slug]/markdown/route.ts";
import { GET as openApiRoute } from "@/app/api/public/v1/openapi.json/route.ts";
import { GET as prioritiesRoute } from "@/app/api/public/v1/priorities/route.ts";
import { GET as guideMarkdownRoute } from "@/app/api/public/v1/guide/markdown/route.ts";
import { GET as openDataRoute } from "@/app/api/public/v1/open-data/[file]/route.ts";
import { DEMO_CLOSED_ROUND, DEMO_OPEN_ROUND } from "@/lib/seed/seed-rounds.ts";
import { readdirSync } from "node:fs";
import path from "node:path";

const document = openApiDocument("http://localhost:3000");
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: document.components }, "openapi");
type Operation = { responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> };
const validator = (path: keyof typeof document.paths, status: string, method: "get" | "post" = "get") => {
  const response = (document.paths[path] as unknown as Record<string, Operation>)[method].responses[status];
  return ajv.compile({ $ref: `openapi${response.content["application/json"].schema.$ref}` });
};
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000/api/public/v1${path}`, { headers });

beforeAll(async () => {
  if (!(await db.useCase.findUnique({ where: { slug: "formation-financee" } }))) await seedDemoContent(db);
});

describe("public API against its OpenAPI document", () => {
  it("lists published sheets as described", async () => {
    const response = await listRoute(request("/use-cases"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("max-age=");
    const body = await response.json();
    const validate = validator("/use-cases", "200");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.data.map((item: { slug: string }) => item.slug)).toContain("formation-financee");
  });

  it("returns a full sheet as described, and 304 when the client has it", async () => {
    const response = await sheetRoute(request("/use-cases/formation-financee"), params("formation-financee"));
    const body = await response.json();
    const validate = validator("/use-cases/{slug}", "200");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.content.paths).toHaveLength(3);
    const again = await sheetRoute(
      request("/use-cases/formation-financee", { "if-none-match": response.headers.get("etag")! }),
      params("formation-financee"),
    );
    expect(again.status).toBe(304);
  });

  it("answers 404 JSON as described for unknown and unpublished slugs", async () => {
    // A sheet in review is not public either (the demo content has none left: make one).
    const inReview = await db.useCase.create({ data: { slug: `en-relecture-${Date.now()}`, state: "IN_REVIEW" } });
    for (const slug of ["n-existe-pas", "dossier-formation-partage-financeurs", inReview.slug]) {
      const response = await sheetRoute(request(`/use-cases/${slug}`), params(slug));
      expect(response.status).toBe(404);
      const validate = validator("/use-cases/{slug}", "404");
      expect(validate(await response.json())).toBe(true);
      expect((await markdownRoute(request(`/use-cases/${slug}/markdown`), params(slug))).status).toBe(404);
    }
  });

  it("serves Markdown with a front matter", async () => {
    const response = await markdownRoute(
      request("/use-cases/formation-financee/markdown"),
      params("formation-financee"),
    );
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await response.text()).toMatch(/^---\ndescription: /);
  });

  it("publishes the results of closed rounds as described, without any ballot", async () => {
    const response = await prioritiesRoute(request("/priorities"));
    expect(response.status).toBe(200);
    const body = await response.json();
    const validate = validator("/priorities", "200");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    const titles = body.data.map((round: { title: string }) => round.title);
    expect(titles).toContain(DEMO_CLOSED_ROUND);
    expect(titles).not.toContain(DEMO_OPEN_ROUND);
    const closed = body.data.find((round: { title: string }) => round.title === DEMO_CLOSED_ROUND);
    expect(closed.ranking[0]).toMatchObject({ rank: 1, points: expect.any(Number) });
    // The seeded round's ballots are fictional: the API says so, and the schema requires the field.
    expect(closed.demonstration).toBe(true);
    expect(
      validate({
        ...body,
        data: body.data.map(({ demonstration: _omitted, ...round }: { demonstration: boolean }) => round),
      }),
    ).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/@|userId|ballot/i);
  });

  it("publishes a valid OpenAPI 3.0 document", async () => {
    const published = await (await openApiRoute(request("/openapi.json"))).json();
    expect(published.openapi).toBe("3.0.3");
    expect(Object.keys(published.paths)).toEqual([
      "/use-cases",
      "/use-cases/{slug}",
      "/use-cases/{slug}/markdown",
      "/use-cases/{slug}/feedback",
      "/priorities",
      "/guide/markdown",
      "/open-data/datapackage.json",
      "/open-data/{resource}.csv",
      "/open-data/{resource}.json",
      "/open-data/{resource}.schema.json",
    ]);
    expect(Object.keys(published.components.schemas)).toContain("FeedbackInput");
    expect(Object.keys(published.components.schemas)).toEqual(
      expect.arrayContaining(["UseCase", "UseCaseSummary", "UseCaseList", "Error"]),
    );
  });

  it("documents every public route, and every documented route answers as described", async () => {
    // Each route file under app/api/public/v1 is one documented path ([file] serves the open-data files).
    const root = path.join(import.meta.dirname, "../../app/api/public/v1");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts"))
      .map((file) => `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}"));
    const documented = Object.keys(document.paths);
    for (const route of routes.filter((route) => route !== "/openapi.json")) {
      const covers =
        route === "/open-data/{file}"
          ? documented.filter((documentedPath) => documentedPath.startsWith("/open-data/"))
          : documented.filter((documentedPath) => documentedPath === route);
      expect(covers.length, route).toBeGreaterThan(0);
    }

    const guide = await guideMarkdownRoute(request("/guide/markdown"));
    expect(guide.status).toBe(200);
    expect(guide.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await guide.text()).toMatch(/^# Guide des bonnes pratiques et des bonnes données\n/);

    const file = (name: string) =>
      openDataRoute(request(`/open-data/${name}`), { params: Promise.resolve({ file: name }) });
    const validatePackage = ajv.compile(
      (
        document.paths["/open-data/datapackage.json"].get.responses["200"].content["application/json"] as {
          schema: object;
        }
      ).schema,
    );
    const dataPackage = await (await file("datapackage.json")).json();
    expect(validatePackage(dataPackage), JSON.stringify(validatePackage.errors)).toBe(true);
    const resources = (document.paths["/open-data/{resource}.csv"].get.parameters[0].schema as { enum: string[] }).enum;
    for (const resource of resources) {
      for (const [suffix, type] of [
        ["csv", "text/csv; charset=utf-8"],
        ["json", "application/json; charset=utf-8"],
        ["schema.json", "application/json; charset=utf-8"],
      ]) {
        const response = await file(`${resource}.${suffix}`);
        expect(response.status, `${resource}.${suffix}`).toBe(200);
        expect(response.headers.get("content-type")).toBe(type);
      }
    }
    const unknown = await file("inconnue.csv");
    expect(unknown.status).toBe(404);
    expect(validator("/use-cases/{slug}", "404")(await unknown.json())).toBe(true);
  });
});
