// A local OpenID Connect server that behaves like ProConnect for development
// and end-to-end tests: discovery under /api/v2, userinfo as a signed JWT,
// state/nonce, RP-initiated logout. It is a real certified OP (oidc-provider),
// not a stub. Its login page accepts any login: type the e-mail to sign in as.
import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";
import { env } from "@/lib/config/env.ts";

const port = env().OIDC_PORT;
const appUrl = env().OIDC_APP_URL.replace(/\/$/, "");
const prefix = "/api/v2";
const issuer = `http://localhost:${port}${prefix}`;

export const LOCAL_CLIENT = {
  client_id: env().PROCONNECT_CLIENT_ID ?? "atelier-efop-local",
  client_secret: env().PROCONNECT_CLIENT_SECRET ?? "atelier-efop-local-secret",
};

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "local-rs256", alg: "RS256", use: "sig" };

function claimsFor(login: string) {
  const email = login.includes("@") ? login.toLowerCase() : `${login.toLowerCase()}@example.org`;
  const [first = "Agent", last = "Public"] = email.split("@")[0].split(/[._-]/);
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    sub: `local-${Buffer.from(email).toString("hex").slice(0, 24)}`,
    email,
    given_name: capitalise(first),
    usual_name: capitalise(last),
    uid: email,
    siret: "13002526500013",
    idp_id: "local-dev-idp",
  };
}

const provider = new Provider(issuer, {
  clients: [
    {
      ...LOCAL_CLIENT,
      redirect_uris: [`${appUrl}/api/auth/callback/proconnect`],
      post_logout_redirect_uris: [`${appUrl}/`],
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: "RS256",
      userinfo_signed_response_alg: "RS256",
      response_types: ["code"],
      grant_types: ["authorization_code"],
    },
  ],
  jwks: { keys: [signingKey as never] },
  acrValues: ["eidas1"],
  scopes: ["openid", "email", "given_name", "usual_name", "siret", "uid", "idp_id"],
  claims: {
    openid: ["sub"],
    email: ["email"],
    given_name: ["given_name"],
    usual_name: ["usual_name"],
    siret: ["siret"],
    uid: ["uid"],
    idp_id: ["idp_id"],
  },
  features: {
    devInteractions: { enabled: true },
    jwtUserinfo: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  pkce: { required: () => false },
  cookies: { keys: ["atelier-efop-local-oidc"] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => claimsFor(id) };
  },
});

const handler = provider.callback();
const server = http.createServer((request, response) => {
  const url = request.url ?? "/";
  if (!url.startsWith(prefix)) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  // oidc-provider derives its mount path from originalUrl, as under express.
  (request as http.IncomingMessage & { originalUrl?: string }).originalUrl = url;
  request.url = url.slice(prefix.length) || "/";
  handler(request, response);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Fournisseur OpenID Connect local (type ProConnect) : ${issuer}`);
  console.log(
    `  PROCONNECT_ISSUER=${issuer} PROCONNECT_CLIENT_ID=${LOCAL_CLIENT.client_id} PROCONNECT_CLIENT_SECRET=${LOCAL_CLIENT.client_secret}`,
  );
});
