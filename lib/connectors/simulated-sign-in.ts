// The demonstrator's FranceConnect / ProConnect simulation, called like any
// other service: it answers the identity of the chosen fictional persona, which
// the wizard then keeps. Claims follow the providers' names (OpenID Connect
// for FranceConnect; ProConnect adds `usual_name` and `siret`); `demonstration`
// holds the values the persona would type itself, fictional and labelled so.
import { z } from "zod";
import { ZPathKind, type TPathKind } from "@/lib/sheets/sheet-content.ts";
import { callApi } from "./http.ts";
import type { TConnectorConfig } from "./connector-config.ts";

const text = (max = 200) => z.string().max(max);
const ZPersona = z.object({
  key: text(60).regex(/^[a-z0-9-]+$/),
  label: text(),
  description: text(1_000),
  parcours: ZPathKind,
  dispositifs: z.array(z.object({ slug: text(60), nom: text() })).max(10),
});

/** What the person would type: identifiers no administration can guess. All fictional. */
export const ZDemonstrationInputs = z.object({
  nir: text(15).optional(),
  identifiant_france_travail: text(20).optional(),
  numero_fiscal: text(13).optional(),
  annee_revenus: z.int().min(2000).max(2100).optional(),
  iban: text(34).optional(),
  code_certification: text(20).optional(),
  nir_salarie: text(15).optional(),
  siret_organisme: text(14).optional(),
});

export const ZSignedInIdentity = z.discriminatedUnion("fournisseur", [
  z.object({
    fournisseur: z.literal("franceconnect"),
    sub: text(),
    persona: ZPersona,
    given_name: text(),
    family_name: text(),
    preferred_username: text().nullable(),
    birthdate: z.iso.date(),
    gender: z.enum(["female", "male"]),
    birthplace: text(5),
    birthcountry: text(5),
    email: text(),
    demonstration: ZDemonstrationInputs,
  }),
  z.object({
    fournisseur: z.literal("proconnect"),
    sub: text(),
    persona: ZPersona,
    given_name: text(),
    usual_name: text(),
    email: text(),
    siret: z.string().regex(/^\d{14}$/),
    demonstration: ZDemonstrationInputs,
  }),
]);
export type TSignedInIdentity = z.infer<typeof ZSignedInIdentity>;
export type TIdentityProvider = TSignedInIdentity["fournisseur"];

/** FranceConnect for people, ProConnect for the professionals of a structure. */
export const identityProviderFor = (path: TPathKind): TIdentityProvider =>
  path === "PARTICULIER" ? "franceconnect" : "proconnect";

const LABELS: Record<TIdentityProvider, string> = {
  franceconnect: "FranceConnect (simulé)",
  proconnect: "ProConnect (simulé)",
};

/** Signs the persona in with the simulated provider of its path and answers the identity it hands over. */
export function signInWithSimulatedProvider(
  config: TConnectorConfig,
  { path, personaKey }: { path: TPathKind; personaKey: string },
): Promise<TSignedInIdentity> {
  const provider = identityProviderFor(path);
  return callApi(
    config,
    {
      source: LABELS[provider],
      endpoint: "simulatedSignIn",
      baseUrl: config.simulatedSignIn.baseUrl,
      pathParameters: { fournisseur: provider, persona: personaKey },
      messages: {
        NOT_FOUND: `${LABELS[provider]} ne connaît pas cette persona pour ce parcours : choisissez-en une dans la liste.`,
      },
    },
    ZSignedInIdentity,
  );
}
