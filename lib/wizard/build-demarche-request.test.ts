import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createPrefilledDossier } from "@/lib/connectors/demarches-simplifiees.ts";
import { connectorConfigFromEnv } from "@/lib/connectors/connector-config.ts";
import { buildDemarcheRequest, PUBLIC_DEMARCHES_SIMPLIFIEES_URL } from "./build-demarche-request.ts";
import { defaultMapping } from "./demarche-prefill.ts";

const mapping = defaultMapping("PARTICULIER");
const values = { nom: "MARTIN", prenoms: "Sophie Anne" };

describe("the démarches-simplifiées request shown at the end", () => {
  it("shows the endpoint the connector actually posts to, with the body it sends", async () => {
    const received: { method?: string; url: string; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push({ method: request.method, url: `http://${request.headers.host}${request.url}`, body });
        response
          .writeHead(201, { "Content-Type": "application/json" })
          .end(JSON.stringify({ dossier_url: "https://ds.exemple.fr/commencer/x?prefill_token=t" }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const config = {
        ...connectorConfigFromEnv("http://localhost:3000"),
        demarchesSimplifiees: { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
      };
      const request = buildDemarcheRequest({
        config,
        settings: { slug: "ma-demarche", demarcheId: "84512" },
        mapping,
        values,
      });
      expect(request.configured).toBe(true);
      await createPrefilledDossier(config, { demarcheId: "84512", champs: request.body });
      expect(received.map(({ method, url }) => `${method} ${url}`)).toEqual([request.endpoint]);
      expect(JSON.parse(received[0].body)).toEqual(request.body);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("shows the public instance and says nothing is configured when DS_BASE_URL is unset", () => {
    const request = buildDemarcheRequest({
      config: { demarchesSimplifiees: { baseUrl: null } },
      settings: { slug: "demande", demarcheId: "101" },
      mapping,
      values,
    });
    expect(request).toMatchObject({
      configured: false,
      endpoint: `POST ${PUBLIC_DEMARCHES_SIMPLIFIEES_URL}/api/public/v1/demarches/101/dossiers`,
    });
    expect(request.url.startsWith(`${PUBLIC_DEMARCHES_SIMPLIFIEES_URL}/commencer/demande?champ_`)).toBe(true);
  });
});
