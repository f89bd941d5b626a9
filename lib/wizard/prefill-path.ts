import { z } from "zod";
import { apiEntreprise, apiParticulier, catalogueCpf, hypothetical, impotParticulier } from "@/lib/connectors/clients.ts";
import { ConnectorError } from "@/lib/connectors/connector-error.ts";
import type { TConnectorConfig } from "@/lib/connectors/connector-config.ts";
import { PERSONAS, type TPersona } from "@/lib/mock-apis/personas.ts";
import { PATH_FIELDS, PATH_SOURCES, SOURCES, type TSourceKey } from "./wizard-definition.ts";

const FAILURES = ["timeout", "429", "502", "504"] as const;
export const ZPrefillPathInput = z.object({
  path: z.enum(["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"]),
  personaKey: z.string().min(1).max(60),
  consented: z.array(z.enum(Object.keys(SOURCES) as [TSourceKey, ...TSourceKey[]])).max(20),
  /** Demo only: make a source fail to show what the person sees then. */
  failures: z.record(z.string(), z.enum(FAILURES)).optional(),
});
export type TPrefillPathInput = z.infer<typeof ZPrefillPathInput>;

export type TFieldValue = { key: string; value: string; source: TSourceKey | null; fetchedAt: string | null };
export type TSourceStatus = { key: TSourceKey; status: "ok" | "failed" | "not_found" | "not_consented"; message: string | null; durationMs: number };
export type TPrefillResult = { path: TPrefillPathInput["path"]; persona: { key: string; label: string }; fields: TFieldValue[]; sources: TSourceStatus[]; totalMs: number };

const euros = (value: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(value);
const DEFAULT_CERTIFICATION = { PARTICULIER: "RNCP38415", EMPLOYEUR: "RS5635", ORGANISME_FORMATION: "" } as const;

function withFailure(config: TConnectorConfig, failure: string | undefined): TConnectorConfig {
  if (!failure) return config;
  const base = config.fetch ?? fetch;
  return {
    ...config,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      headers.set("X-Mock-Failure", failure);
      return base(input instanceof Request ? new Request(input, { headers }) : input, { ...init, headers });
    }) as typeof fetch,
  };
}

type Loader = (config: TConnectorConfig) => Promise<Record<string, string>>;

/** What each source fills, for the persona and the values the person typed. */
function loaders(persona: TPersona, typed: Record<string, string>): Partial<Record<TSourceKey, Loader>> {
  const identity = persona.identity;
  const identityQuery = identity && { ...identity };
  return {
    franceconnect: async (): Promise<Record<string, string>> => (identity ? { nom: identity.nomNaissance, prenoms: identity.prenoms.join(" "), dateNaissance: identity.dateNaissance, email: persona.email ?? "", nir: persona.nir ?? "" } : {}),
    proconnect: async () => ({ declarant: "Agent de démonstration (ProConnect)", siret: persona.company?.siret ?? "" }),
    "france-travail": async (config) => {
      const id = persona.franceTravail?.identifiant ?? "0000000";
      const [statut, indemnites] = await Promise.allSettled([apiParticulier.franceTravailStatut(config, id), apiParticulier.franceTravailIndemnites(config, id)]);
      if (statut.status === "rejected") throw statut.reason;
      const last = indemnites.status === "fulfilled" ? indemnites.value.data.paiements.at(-1) : undefined;
      return {
        statutFranceTravail: `Inscrit(e) depuis le ${statut.value.data.inscription.date_debut} — catégorie ${statut.value.data.inscription.categorie.code}`,
        dernierPaiementAre: last ? `${euros(last.montant_total)} (versé le ${last.date_versement})` : "Aucun paiement",
      };
    },
    cnaf: async (config): Promise<Record<string, string>> => {
      if (!identityQuery) return {};
      const [rsa, prime, qf] = await Promise.allSettled([apiParticulier.revenuSolidariteActive(config, identityQuery), apiParticulier.primeActivite(config, identityQuery), apiParticulier.quotientFamilial(config, identityQuery)]);
      if (rsa.status === "rejected" && prime.status === "rejected" && qf.status === "rejected") throw rsa.reason;
      return {
        ...(rsa.status === "fulfilled" ? { rsa: rsa.value.data.est_beneficiaire ? `Oui, depuis le ${rsa.value.data.date_debut_droit}${rsa.value.data.avec_majoration ? " (majoré)" : ""}` : "Non" } : {}),
        ...(prime.status === "fulfilled" ? { primeActivite: prime.value.data.est_beneficiaire ? `Oui, depuis le ${prime.value.data.date_debut_droit}` : "Non" } : {}),
        ...(qf.status === "fulfilled" ? { quotientFamilial: String(qf.value.data.quotient_familial.valeur) } : {}),
      };
    },
    dgfip: async (config) => {
      const result = await impotParticulier.situation(config, persona.impots?.numeroFiscal ?? "0000000000000", persona.impots?.annee ?? new Date().getFullYear() - 1);
      return { revenuFiscal: String(result.rfr ?? ""), nombreParts: String(result.nbPart ?? "") };
    },
    diplomes: async (config) => {
      const { data } = await hypothetical.highestDiploma(config, persona.nir ?? typed.nir ?? "");
      return { diplome: `${data.intitule} (niveau ${data.niveau_europeen}, ${data.annee_obtention})` };
    },
    dsn: async (config) => {
      const { data } = await hypothetical.payslips(config, typed.nirSalarie || persona.nir || "");
      const sum = (pick: (period: (typeof data.periodes)[number]) => number) => data.periodes.reduce((total, period) => total + pick(period), 0);
      return {
        heuresTravaillees: euros(sum((period) => period.heures_remunerees)),
        salaireBrut: euros(sum((period) => period.salaire_brut)),
        primes: euros(sum((period) => period.primes.reduce((total, prime) => total + prime.montant, 0))),
      };
    },
    iban: async (config) => {
      const { data } = await hypothetical.ibanOwnership(config, { iban: typed.iban ?? "", nom: identity?.nomUsage ?? identity?.nomNaissance ?? "", prenom: identity?.prenoms[0] });
      return { verificationIban: { concordant: "Concordant : le compte est bien à votre nom", partiel: "Partiel : le nom du titulaire diffère en partie", discordant: "Discordant : le compte n'est pas à votre nom" }[data.resultat] };
    },
    insee: async (config) => {
      const { data } = await apiEntreprise.etablissement(config, persona.company?.siret ?? "");
      const legal = data.unite_legale;
      const name = legal.personne_morale_attributs.raison_sociale ?? `${legal.personne_physique_attributs.prenom_usuel ?? ""} ${legal.personne_physique_attributs.nom_naissance ?? ""}`.trim();
      const address = Object.values(data.adresse.acheminement_postal).filter(Boolean).slice(1).join(", ");
      return { raisonSociale: name, adresse: address, activite: `${data.activite_principale.code} — ${data.activite_principale.libelle}`, effectif: data.tranche_effectif_salarie.intitule ?? "" };
    },
    urssaf: async (config) => {
      const { data } = await apiEntreprise.attestationVigilance(config, persona.company?.siren ?? "");
      return { vigilance: data.entity_status.code === "ok" ? `À jour (valable jusqu'au ${data.date_fin_validite})` : `Refus de délivrance : ${data.entity_status.libelle}` };
    },
    "carif-oref": async (config) => {
      const siret = persona.path === "EMPLOYEUR" ? typed.siretOrganisme : persona.company?.siret ?? "";
      const { data } = await apiEntreprise.qualiopi(config, siret);
      const declaration = data.declarations_activites_etablissement[0];
      const certified = declaration && declaration.actif && declaration.certification_qualiopi.action_formation;
      return {
        qualiopi: certified ? "Certifié (actions de formation)" : "Non certifié ou certification échue",
        nda: declaration ? `${declaration.numero_de_declaration}${declaration.actif ? "" : " (inactif)"}` : "",
        habilitations: data.habilitations_france_competence.filter((habilitation) => habilitation.actif).map((habilitation) => habilitation.code).join(", ") || "Aucune",
      };
    },
    "catalogue-cpf": async (config) => {
      const query = persona.path === "ORGANISME_FORMATION" ? { siret_organisme: persona.company?.siret ?? "" } : { code_certification: typed.codeCertification ?? "" };
      const { results } = await catalogueCpf.actions(config, query);
      const action = results[0];
      if (!action) throw new ConnectorError("NOT_FOUND", SOURCES["catalogue-cpf"].label, "Aucune action du catalogue CPF ne correspond : décrivez la formation.");
      return { codeCertification: action.code_certification, intituleFormation: `${action.intitule_formation} — ${action.nom_organisme}`, dureeHeures: String(action.duree_heures), coutTtc: String(action.frais_ttc) };
    },
  };
}

/** Values the person types in the demo before any call (identifiers the administrations cannot guess). */
function typedValues(persona: TPersona, path: TPrefillPathInput["path"]): Record<string, string> {
  const employee = PERSONAS.find((candidate) => candidate.key === "salariee-ptp")!;
  const organisation = PERSONAS.find((candidate) => candidate.key === "organisme-qualiopi")!;
  return {
    codeCertification: DEFAULT_CERTIFICATION[path],
    ...(persona.iban ? { iban: persona.iban.iban } : {}),
    ...(path === "EMPLOYEUR" ? { nirSalarie: employee.nir!, siretOrganisme: organisation.company!.siret } : {}),
  };
}

/**
 * Fetches, in parallel, everything the administrations already know for this
 * path and persona, from the sources the person consented to. A failing source
 * never stops the others: its fields stay to be typed.
 */
export async function prefillPath(input: TPrefillPathInput, config: TConnectorConfig): Promise<TPrefillResult> {
  const persona = PERSONAS.find((candidate) => candidate.key === input.personaKey && (candidate.path === input.path || (input.path === "PARTICULIER" && candidate.identity)));
  if (!persona) throw new ConnectorError("NOT_FOUND", "Démonstrateur", "Persona inconnue pour ce parcours.");
  const typed = typedValues(persona, input.path);
  const available = loaders(persona, typed);
  const started = performance.now();
  const sourceKeys = PATH_SOURCES[input.path];
  const outcomes = await Promise.all(
    sourceKeys.map(async (key) => {
      if (!input.consented.includes(key)) return { key, status: "not_consented" as const, message: null, durationMs: 0, values: {} };
      const sourceStarted = performance.now();
      try {
        const values = await available[key]!(withFailure(config, input.failures?.[key]));
        return { key, status: "ok" as const, message: null, durationMs: Math.round(performance.now() - sourceStarted), values };
      } catch (error) {
        const known = error instanceof ConnectorError;
        return {
          key, status: known && error.code === "NOT_FOUND" ? ("not_found" as const) : ("failed" as const),
          message: known ? error.message : `${SOURCES[key].label} : erreur inattendue, saisissez l'information.`,
          durationMs: Math.round(performance.now() - sourceStarted), values: {},
        };
      }
    }),
  );
  const fetchedAt = new Date().toISOString();
  const fields = PATH_FIELDS[input.path].map((field) => {
    const outcome = outcomes.find((candidate) => candidate.key === field.source);
    const value = outcome?.values[field.key as keyof typeof outcome.values];
    if (outcome?.status === "ok" && value) return { key: field.key, value, source: outcome.key, fetchedAt };
    return { key: field.key, value: typed[field.key] ?? "", source: null, fetchedAt: null };
  });
  return {
    path: input.path,
    persona: { key: persona.key, label: persona.label },
    fields,
    sources: outcomes.map(({ values, ...status }) => (void values, status)),
    totalMs: Math.round(performance.now() - started),
  };
}
