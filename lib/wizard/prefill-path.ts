import { z } from "zod";
import {
  apiEntreprise,
  apiParticulier,
  catalogueCpf,
  hypothetical,
  impotParticulier,
  type TIdentityQuery,
} from "@/lib/connectors/clients.ts";
import { ConnectorError } from "@/lib/connectors/connector-error.ts";
import type { TConnectorConfig } from "@/lib/connectors/connector-config.ts";
import { matchEndpoint, endpointLabel } from "@/lib/connectors/endpoints.ts";
import { identityProviderFor, ZSignedInIdentity, type TSignedInIdentity } from "@/lib/connectors/simulated-sign-in.ts";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import { PATH_FIELDS, PATH_SOURCES, SOURCES, type TSourceKey } from "./wizard-definition.ts";

const FAILURES = ["timeout", "429", "502", "504"] as const;
export const ZPrefillPathInput = z.object({
  path: ZPathKind,
  /** The sign-in result the wizard kept: who the administrations are asked about. */
  identity: ZSignedInIdentity,
  consented: z.array(z.enum(Object.keys(SOURCES) as [TSourceKey, ...TSourceKey[]])).max(20),
  /** Demo only: make a source fail to show what the person sees then. */
  failures: z.record(z.string(), z.enum(FAILURES)).optional(),
});
export type TPrefillPathInput = z.infer<typeof ZPrefillPathInput>;

export type TFieldValue = {
  key: string;
  value: string;
  source: TSourceKey | null;
  fetchedAt: string | null;
  demo: boolean;
};
/** `calls`: the endpoints actually requested for this source, derived from the requests themselves. */
export type TSourceStatus = {
  key: TSourceKey;
  status: "ok" | "failed" | "not_found" | "not_consented";
  message: string | null;
  durationMs: number;
  calls: string[];
};
export type TPrefillResult = {
  path: TPrefillPathInput["path"];
  persona: { key: string; label: string };
  fields: TFieldValue[];
  sources: TSourceStatus[];
  totalMs: number;
};

const euros = (value: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(value);

/** The demo's failure injection and the record of what was called, both in the one fetch this source uses. */
function observedConfig(config: TConnectorConfig, failure: string | undefined, calls: string[]): TConnectorConfig {
  const base = config.fetch ?? fetch;
  return {
    ...config,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const endpoint = matchEndpoint(config, request.method, request.url);
      const label = endpoint ? endpointLabel(endpoint) : `${request.method} ${new URL(request.url).pathname}`;
      if (!calls.includes(label)) calls.push(label);
      if (!failure) return base(request);
      const headers = new Headers(request.headers);
      headers.set("X-Mock-Failure", failure);
      return base(new Request(request, { headers }));
    }) as typeof fetch,
  };
}

type Loader = (config: TConnectorConfig) => Promise<Record<string, string>>;

/** The identity pivot of API Particulier, from the FranceConnect claims. */
function identityQuery(identity: Extract<TSignedInIdentity, { fournisseur: "franceconnect" }>): TIdentityQuery {
  return {
    nomNaissance: identity.family_name,
    prenoms: identity.given_name.split(" ").filter(Boolean),
    dateNaissance: identity.birthdate,
    sexe: identity.gender === "female" ? "F" : "M",
    codeCogInseeCommuneNaissance: identity.birthplace,
    codeCogInseePaysNaissance: identity.birthcountry,
  };
}

/** What each source fills, for the signed-in identity and the values the person typed. */
function loaders(
  path: TPrefillPathInput["path"],
  identity: TSignedInIdentity,
  typed: Record<string, string>,
): Record<TSourceKey, Loader> {
  const person = identity.fournisseur === "franceconnect" ? identity : null;
  const structureSiret = identity.fournisseur === "proconnect" ? identity.siret : "";
  const demo = identity.demonstration;
  return {
    franceconnect: async (): Promise<Record<string, string>> =>
      person
        ? {
            nom: person.family_name,
            prenoms: person.given_name,
            dateNaissance: person.birthdate,
            email: person.email,
            nir: demo.nir ?? "",
          }
        : {},
    proconnect: async () => ({
      declarant:
        identity.fournisseur === "proconnect" ? `${identity.given_name} ${identity.usual_name} (ProConnect)` : "",
      siret: structureSiret,
    }),
    "france-travail": async (config) => {
      const id = demo.identifiant_france_travail ?? "0000000";
      const [statut, indemnites] = await Promise.allSettled([
        apiParticulier.franceTravailStatut(config, id),
        apiParticulier.franceTravailIndemnites(config, id),
      ]);
      if (statut.status === "rejected") throw statut.reason;
      const last = indemnites.status === "fulfilled" ? indemnites.value.data.paiements.at(-1) : undefined;
      return {
        statutFranceTravail: `Inscrit(e) depuis le ${statut.value.data.inscription.date_debut} — catégorie ${statut.value.data.inscription.categorie.code}`,
        dernierPaiementAre: last ? `${euros(last.montant_total)} (versé le ${last.date_versement})` : "Aucun paiement",
      };
    },
    cnaf: async (config): Promise<Record<string, string>> => {
      if (!person) return {};
      const query = identityQuery(person);
      const [rsa, prime, qf] = await Promise.allSettled([
        apiParticulier.revenuSolidariteActive(config, query),
        apiParticulier.primeActivite(config, query),
        apiParticulier.quotientFamilial(config, query),
      ]);
      if (rsa.status === "rejected" && prime.status === "rejected" && qf.status === "rejected") throw rsa.reason;
      return {
        ...(rsa.status === "fulfilled"
          ? {
              rsa: rsa.value.data.est_beneficiaire
                ? `Oui, depuis le ${rsa.value.data.date_debut_droit}${rsa.value.data.avec_majoration ? " (majoré)" : ""}`
                : "Non",
            }
          : {}),
        ...(prime.status === "fulfilled"
          ? {
              primeActivite: prime.value.data.est_beneficiaire
                ? `Oui, depuis le ${prime.value.data.date_debut_droit}`
                : "Non",
            }
          : {}),
        ...(qf.status === "fulfilled" ? { quotientFamilial: String(qf.value.data.quotient_familial.valeur) } : {}),
      };
    },
    dgfip: async (config) => {
      const result = await impotParticulier.situation(
        config,
        demo.numero_fiscal ?? "0000000000000",
        demo.annee_revenus ?? new Date().getFullYear() - 1,
      );
      return { revenuFiscal: String(result.rfr ?? ""), nombreParts: String(result.nbPart ?? "") };
    },
    diplomes: async (config) => {
      const { data } = await hypothetical.highestDiploma(config, demo.nir ?? typed.nir ?? "");
      return { diplome: `${data.intitule} (niveau ${data.niveau_europeen}, ${data.annee_obtention})` };
    },
    dsn: async (config) => {
      const { data } = await hypothetical.payslips(config, typed.nirSalarie || demo.nir || "");
      const sum = (pick: (period: (typeof data.periodes)[number]) => number) =>
        data.periodes.reduce((total, period) => total + pick(period), 0);
      return {
        heuresTravaillees: euros(sum((period) => period.heures_remunerees)),
        salaireBrut: euros(sum((period) => period.salaire_brut)),
        primes: euros(sum((period) => period.primes.reduce((total, prime) => total + prime.montant, 0))),
      };
    },
    iban: async (config) => {
      const { data } = await hypothetical.ibanOwnership(config, {
        iban: typed.iban ?? "",
        nom: person?.preferred_username ?? person?.family_name ?? "",
        prenom: person?.given_name.split(" ")[0],
      });
      return {
        verificationIban: {
          concordant: "Concordant : le compte est bien à votre nom",
          partiel: "Partiel : le nom du titulaire diffère en partie",
          discordant: "Discordant : le compte n'est pas à votre nom",
        }[data.resultat],
      };
    },
    insee: async (config) => {
      const { data } = await apiEntreprise.etablissement(config, structureSiret);
      const legal = data.unite_legale;
      const name =
        legal.personne_morale_attributs.raison_sociale ??
        `${legal.personne_physique_attributs.prenom_usuel ?? ""} ${legal.personne_physique_attributs.nom_naissance ?? ""}`.trim();
      const address = Object.values(data.adresse.acheminement_postal).filter(Boolean).slice(1).join(", ");
      return {
        raisonSociale: name,
        adresse: address,
        activite: `${data.activite_principale.code} — ${data.activite_principale.libelle}`,
        effectif: data.tranche_effectif_salarie.intitule ?? "",
      };
    },
    urssaf: async (config) => {
      const { data } = await apiEntreprise.attestationVigilance(config, structureSiret.slice(0, 9));
      return {
        vigilance:
          data.entity_status.code === "ok"
            ? `À jour (valable jusqu'au ${data.date_fin_validite})`
            : `Refus de délivrance : ${data.entity_status.libelle}`,
      };
    },
    "carif-oref": async (config) => {
      const siret = path === "EMPLOYEUR" ? (typed.siretOrganisme ?? "") : structureSiret;
      const { data } = await apiEntreprise.qualiopi(config, siret);
      const declaration = data.declarations_activites_etablissement[0];
      const certified = declaration && declaration.actif && declaration.certification_qualiopi.action_formation;
      return {
        qualiopi: certified ? "Certifié (actions de formation)" : "Non certifié ou certification échue",
        nda: declaration ? `${declaration.numero_de_declaration}${declaration.actif ? "" : " (inactif)"}` : "",
        habilitations:
          data.habilitations_france_competence
            .filter((habilitation) => habilitation.actif)
            .map((habilitation) => habilitation.code)
            .join(", ") || "Aucune",
      };
    },
    "catalogue-cpf": async (config) => {
      const query =
        path === "ORGANISME_FORMATION"
          ? { siret_organisme: structureSiret }
          : { code_certification: typed.codeCertification ?? "" };
      const { results } = await catalogueCpf.actions(config, query);
      const action = results[0];
      if (!action)
        throw new ConnectorError(
          "NOT_FOUND",
          SOURCES["catalogue-cpf"].label,
          "Aucune action du catalogue CPF ne correspond : décrivez la formation.",
        );
      return {
        codeCertification: action.code_certification,
        intituleFormation: `${action.intitule_formation} — ${action.nom_organisme}`,
        dureeHeures: String(action.duree_heures),
        coutTtc: String(action.frais_ttc),
      };
    },
  };
}

/**
 * Values the persona types in the demo before any call (identifiers the administrations cannot guess); fictional, shown
 * as such.
 */
function typedValues(identity: TSignedInIdentity): Record<string, string> {
  const demo = identity.demonstration;
  const entries: [string, string | undefined][] = [
    ["codeCertification", demo.code_certification],
    ["iban", demo.iban],
    ["nirSalarie", demo.nir_salarie],
    ["siretOrganisme", demo.siret_organisme],
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/**
 * Fetches, in parallel, everything the administrations already know for this
 * path and persona, from the sources the person consented to. A failing source
 * never stops the others: its fields stay to be typed.
 */
export async function prefillPath(input: TPrefillPathInput, config: TConnectorConfig): Promise<TPrefillResult> {
  const { identity } = input;
  if (identityProviderFor(input.path) !== identity.fournisseur || identity.persona.parcours !== input.path) {
    throw new ConnectorError(
      "INVALID",
      "Démonstrateur",
      "Cette identité ne correspond pas au parcours choisi : identifiez-vous de nouveau.",
    );
  }
  const typed = typedValues(identity);
  const available = loaders(input.path, identity, typed);
  const started = performance.now();
  const sourceKeys = PATH_SOURCES[input.path];
  const outcomes = await Promise.all(
    sourceKeys.map(async (key) => {
      const calls: string[] = [];
      if (!input.consented.includes(key))
        return { key, status: "not_consented" as const, message: null, durationMs: 0, calls, values: {} };
      const sourceStarted = performance.now();
      try {
        const values = await available[key](observedConfig(config, input.failures?.[key], calls));
        return {
          key,
          status: "ok" as const,
          message: null,
          durationMs: Math.round(performance.now() - sourceStarted),
          calls,
          values,
        };
      } catch (error) {
        const known = error instanceof ConnectorError;
        return {
          key,
          status: known && error.code === "NOT_FOUND" ? ("not_found" as const) : ("failed" as const),
          message: known ? error.message : `${SOURCES[key].label} n'a pas pu être interrogé : saisissez l'information.`,
          durationMs: Math.round(performance.now() - sourceStarted),
          calls,
          values: {},
        };
      }
    }),
  );
  const fetchedAt = new Date().toISOString();
  const fields = PATH_FIELDS[input.path].map((field) => {
    const outcome = outcomes.find((candidate) => candidate.key === field.source);
    const value = outcome?.values[field.key as keyof typeof outcome.values];
    if (outcome?.status === "ok" && value)
      return { key: field.key, value, source: outcome.key, fetchedAt, demo: false };
    return {
      key: field.key,
      value: typed[field.key] ?? "",
      source: null,
      fetchedAt: null,
      demo: Boolean(typed[field.key]),
    };
  });
  return {
    path: input.path,
    persona: { key: identity.persona.key, label: identity.persona.label },
    fields,
    sources: outcomes.map(({ values, ...status }) => (void values, status)),
    totalMs: Math.round(performance.now() - started),
  };
}
