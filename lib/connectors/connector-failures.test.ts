// Every way a provider can fail, against a real local HTTP server: each one is
// an expected error with a typed code and a French message, never « erreur inattendue ».
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/errors.ts";
import { apiEntreprise, apiParticulier, catalogueCpf, impotParticulier } from "./clients.ts";
import type { TConnectorConfig } from "./connector-config.ts";
import { ConnectorError } from "./connector-error.ts";
import { createPrefilledDossier } from "./demarches-simplifiees.ts";
import { ENDPOINTS } from "./endpoints.ts";
import { signInWithSimulatedProvider } from "./simulated-sign-in.ts";

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;
let server: Server;
let base = "";
let handler: Handler = (_request, _body, response) => response.end();
const received: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ method: request.method ?? "", url: request.url ?? "", body });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const answer =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_request, _body, response) => {
    response.writeHead(status, { "Content-Type": "application/json", ...headers });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  };

function config(overrides: Partial<TConnectorConfig> = {}): TConnectorConfig {
  const api = { baseUrl: base, token: "jeton" };
  return {
    apiParticulier: api,
    apiEntreprise: api,
    impotParticulier: api,
    hypothetique: api,
    catalogueCpf: { baseUrl: base },
    simulatedSignIn: { baseUrl: base },
    demarchesSimplifiees: { baseUrl: base },
    recipient: "13002526500013",
    context: "test",
    timeoutMs: 2_000,
    retries: 0,
    ...overrides,
  };
}

async function failure(call: () => Promise<unknown>): Promise<ConnectorError> {
  received.length = 0;
  const error = await call().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  // An expected error: the action client answers its code and message as they are.
  expect(error).toBeInstanceOf(ExpectedError);
  expect((error as Error).message).not.toMatch(/inattendue/);
  return error as ConnectorError;
}

const SIRET = "73282932000074";

describe("connector failures", () => {
  it("a provider that does not answer in time: TIMEOUT", async () => {
    handler = (_request, _body, response) => void setTimeout(() => response.end("{}"), 1_000);
    const error = await failure(() => apiEntreprise.etablissement(config({ timeoutMs: 100 }), SIRET));
    expect(error).toMatchObject({
      code: "TIMEOUT",
      source: "INSEE (API Entreprise)",
      message: expect.stringContaining("n'a pas répondu à temps"),
    });
  });

  it.each([
    [401, "NOT_HABILITATED", "n'est pas habilité"],
    [403, "NOT_HABILITATED", "n'est pas habilité"],
    [404, "NOT_FOUND", "l'information est à saisir"],
    [422, "INVALID", "a refusé les paramètres transmis"],
    [429, "RATE_LIMITED", "trop de demandes"],
    [500, "UNAVAILABLE", "rencontre une erreur (500)"],
    [502, "UNAVAILABLE", "rencontre une erreur (502)"],
    [503, "UNAVAILABLE", "rencontre une erreur (503)"],
  ])("a provider answering %i: %s in French", async (status, code, message) => {
    handler = answer(status, { errors: [{ code: "00000", title: "Erreur", detail: "détail" }] });
    const error = await failure(() => apiParticulier.franceTravailStatut(config(), "3456789A"));
    expect(error).toMatchObject({ code, status, message: expect.stringContaining(message) });
  });

  it("an answer of the wrong shape: INVALID_RESPONSE, whatever the API", async () => {
    handler = answer(200, { data: { siret: SIRET } });
    expect(await failure(() => apiEntreprise.etablissement(config(), SIRET))).toMatchObject({
      code: "INVALID_RESPONSE",
      message: expect.stringContaining("format inattendu"),
    });
    handler = answer(200, { rfr: "beaucoup" });
    expect(await failure(() => impotParticulier.situation(config(), "1234567890123", 2025))).toMatchObject({
      code: "INVALID_RESPONSE",
    });
    handler = answer(200, { total_count: 1, results: [{ numero_action: 1 }] });
    expect(await failure(() => catalogueCpf.actions(config(), { code_certification: "RS5635" }))).toMatchObject({
      code: "INVALID_RESPONSE",
    });
  });

  it("a body that is not JSON: INVALID_RESPONSE", async () => {
    handler = answer(200, "<html>maintenance</html>", { "Content-Type": "text/html" });
    expect(await failure(() => apiEntreprise.qualiopi(config(), SIRET))).toMatchObject({ code: "INVALID_RESPONSE" });
  });

  it("a provider nobody listens at: UNAVAILABLE", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(() =>
      apiEntreprise.etablissement(
        config({ apiEntreprise: { baseUrl: `http://127.0.0.1:${port}`, token: "jeton" } }),
        SIRET,
      ),
    );
    expect(error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("injoignable") });
  });

  it("an empty identifier: nothing is sent", async () => {
    handler = answer(200, {});
    expect(await failure(() => apiEntreprise.attestationVigilance(config(), " "))).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("l'identifiant nécessaire manque"),
    });
    expect(received).toEqual([]);
  });

  it("an unknown persona at the simulated sign-in: NOT_FOUND, worded for the demonstrator", async () => {
    handler = answer(404, { errors: [{ code: "01003", title: "Persona inconnue", detail: "…" }] });
    const error = await failure(() =>
      signInWithSimulatedProvider(config(), { path: "EMPLOYEUR", personaKey: "personne" }),
    );
    expect(error).toMatchObject({
      code: "NOT_FOUND",
      message: "ProConnect (simulé) ne connaît pas cette persona pour ce parcours : choisissez-en une dans la liste.",
    });
    expect(received[0].url).toBe("/v1/connexions/proconnect/personne");
  });

  it("retries a 429 and succeeds, honouring Retry-After", async () => {
    let calls = 0;
    handler = (request, body, response) =>
      (++calls === 1 ? answer(429, {}, { "Retry-After": "0" }) : answer(200, { total_count: 0, results: [] }))(
        request,
        body,
        response,
      );
    await expect(catalogueCpf.actions(config({ retries: 2 }), { code_certification: "RS5635" })).resolves.toEqual({
      total_count: 0,
      results: [],
    });
    expect(calls).toBe(2);
  });
});

describe("the démarches-simplifiées hand-off", () => {
  const champs = { champ_Q2hhbXAtMTAwMA: "MARTIN" };

  it("posts the champs where the endpoint says and answers the file's address", async () => {
    handler = answer(201, {
      dossier_url: "https://www.demarches-simplifiees.fr/commencer/demo?prefill_token=abc",
      dossier_id: "RG9zc2llci0x",
      dossier_number: 1,
    });
    received.length = 0;
    const created = await createPrefilledDossier(config(), { demarcheId: "101", champs });
    expect(created.dossier_url).toContain("prefill_token=abc");
    expect(received).toEqual([
      {
        method: ENDPOINTS.createPrefilledDossier.method,
        url: "/api/public/v1/demarches/101/dossiers",
        body: JSON.stringify(champs),
      },
    ]);
  });

  it("retries a 503 but never an ambiguous 500, which could leave a second file", async () => {
    handler = answer(503, {});
    await failure(() => createPrefilledDossier(config({ retries: 2 }), { demarcheId: "101", champs }));
    expect(received).toHaveLength(3);
    handler = answer(500, {});
    const error = await failure(() => createPrefilledDossier(config({ retries: 2 }), { demarcheId: "101", champs }));
    expect(received).toHaveLength(1);
    expect(error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("rien n'a été perdu") });
  });

  it("a refused champ, an unknown démarche, a malformed answer and no configured address", async () => {
    handler = answer(422, {});
    expect(await failure(() => createPrefilledDossier(config(), { demarcheId: "101", champs }))).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("correspondance des champs"),
    });
    handler = answer(404, {});
    expect(await failure(() => createPrefilledDossier(config(), { demarcheId: "999", champs }))).toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("DS_DEMARCHE_ID"),
    });
    handler = answer(201, { dossier: "créé" });
    expect(await failure(() => createPrefilledDossier(config(), { demarcheId: "101", champs }))).toMatchObject({
      code: "INVALID_RESPONSE",
    });
    expect(
      await failure(() =>
        createPrefilledDossier(config({ demarchesSimplifiees: { baseUrl: null } }), { demarcheId: "101", champs }),
      ),
    ).toMatchObject({ message: expect.stringContaining("DS_BASE_URL") });
    expect(received).toEqual([]);
  });
});
