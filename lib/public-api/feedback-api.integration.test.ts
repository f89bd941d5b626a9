import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { POST } from "@/app/api/public/v1/use-cases/[slug]/feedback/route.ts";
import Ajv from "ajv";
import { openApiDocument } from "./openapi-document.ts";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/security/peer-address.ts";

const ajv = new Ajv({ strict: false });
ajv.addSchema({ components: openApiDocument("http://localhost:3000").components }, "openapi");

const SLUG = "formation-financee";
const post = (body: unknown, headers: Record<string, string>, slug = SLUG) =>
  POST(
    new Request(`http://localhost:3000/api/public/v1/use-cases/${slug}/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
// A marker per run: on a shared PostgreSQL database other test files write feedback at the same time.
const MARKER = randomUUID();
const valid = { section: "general", message: `Les bulletins de salaire sont demandés deux fois. ${MARKER}` };
const stored = () => db.feedback.count({ where: { message: { contains: MARKER } } });
// The socket's address as the server stamps it (lib/security/peer-address.ts); a fresh /64 per call.
const hex = () => Math.floor(Math.random() * 0xffff).toString(16);
const fromSocket = () => ({ [PEER_ADDRESS_HEADER]: peerAddressStamp(`2001:db8:${hex()}:${hex()}::1`) });

beforeAll(async () => {
  if (!(await db.useCase.findUnique({ where: { slug: SLUG } }))) await seedDemoContent(db);
});

describe("POST /api/public/v1/use-cases/{slug}/feedback", () => {
  it("stores a pending feedback, then answers 429 with Retry-After after five per hour from one address", async () => {
    const address = fromSocket();
    const before = await stored();
    // Forwarding headers a client invents never make a new bucket (no trusted proxy by default).
    const forged: Record<string, string>[] = [
      { "x-forwarded-for": "198.51.100.1" },
      { "x-forwarded-for": "198.51.100.2, 198.51.100.3" },
      { "x-real-ip": "198.51.100.4" },
      { forwarded: "for=198.51.100.5" },
      { "x-forwarded-for": "n'importe quoi" },
    ];
    for (const [index, headers] of forged.entries())
      expect(
        (await post({ ...valid, message: `${valid.message} (${index})` }, { ...address, ...headers })).status,
      ).toBe(201);
    expect(await stored()).toBe(before + 5);
    const limited = await post(valid, address);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(3000);
    const body = await limited.json();
    expect(body.error.message).toMatch(/réessayez dans \d+ minute/);
    const validate = ajv.compile({ $ref: "openapi#/components/schemas/Error" });
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(await stored()).toBe(before + 5);
  });

  it("refuses bad bodies in French, other sites' browsers and unknown sheets, storing nothing", async () => {
    const address = fromSocket();
    const before = await stored();
    const cases: [unknown, Record<string, string>, number, RegExp][] = [
      ["pas du json", address, 400, /objet JSON/],
      [{ section: "general", message: 12 }, address, 400, /Entrée invalide/],
      [{ ...valid, message: "x".repeat(20_000) }, address, 413, /16 Ko/],
      [{ ...valid, message: "Un message\u0000 avec un nul" }, address, 400, /caractères invalides/],
      [valid, { ...address, origin: "https://site-malveillant.example" }, 403, /autre|Origin/],
    ];
    for (const [body, headers, status, message] of cases) {
      const response = await post(body, headers);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect((await response.json()).error.message).toMatch(message);
    }
    expect((await post(valid, address, "brouillon-inexistant")).status).toBe(404);
    expect(await stored()).toBe(before);
  });
});
