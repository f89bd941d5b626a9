import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { ProConnectConfig } from "@/lib/config/app-config.ts";
import { normaliseEmail } from "./normalise-email.ts";

/** Claims of ProConnect's userinfo (a signed JWT, not JSON). */
export type TProConnectProfile = {
  sub: string;
  email: string;
  given_name?: string;
  usual_name?: string;
  uid?: string;
  siret?: string;
  idp_id?: string;
};

export const PROCONNECT_SCOPES = "openid email given_name usual_name siret uid idp_id";

export function discoveryUrl(config: ProConnectConfig): string {
  return `${config.issuer}/.well-known/openid-configuration`;
}

/**
 * ProConnect's rules (shared/reference/README.md): state and nonce mandatory,
 * userinfo answered as a signed JWT which openid-client verifies against the
 * issuer's keys because `userinfo_signed_response_alg` is declared.
 */
export function proConnectProvider(config: ProConnectConfig): OAuthConfig<TProConnectProfile> {
  return {
    id: "proconnect",
    name: "ProConnect",
    type: "oauth",
    wellKnown: discoveryUrl(config),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: PROCONNECT_SCOPES, acr_values: "eidas1" } },
    checks: ["state", "nonce"],
    idToken: true,
    client: {
      id_token_signed_response_alg: config.signingAlg,
      userinfo_signed_response_alg: config.signingAlg,
      token_endpoint_auth_method: "client_secret_post",
    },
    userinfo: {
      async request({ client, tokens }) {
        return (await client.userinfo(tokens as never)) as TProConnectProfile;
      },
    },
    profile(profile) {
      const name = [profile.given_name, profile.usual_name].filter(Boolean).join(" ") || null;
      return { id: profile.sub, email: normaliseEmail(profile.email), name, image: null };
    },
  };
}

type Discovery = { end_session_endpoint?: string };
let discovery: { url: string; value: Promise<Discovery> } | undefined;

/** The URL that ends the ProConnect session too (id_token_hint, state, post_logout_redirect_uri). */
export async function proConnectLogoutUrl(
  config: ProConnectConfig,
  { idToken, postLogoutRedirectUri, state }: { idToken: string; postLogoutRedirectUri: string; state: string },
): Promise<string | null> {
  const url = discoveryUrl(config);
  if (discovery?.url !== url) {
    discovery = {
      url,
      value: fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
        (response) => response.json() as Promise<Discovery>,
      ),
    };
  }
  const endpoint = (await discovery.value.catch(() => ({}) as Discovery)).end_session_endpoint;
  if (!endpoint) return null;
  const logout = new URL(endpoint);
  logout.searchParams.set("id_token_hint", idToken);
  logout.searchParams.set("state", state);
  logout.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
  return logout.toString();
}
