// API Particulier v3 (DINUM): quotient familial, RSA, prime d'activité,
// France Travail statut and indemnités, with the identity (« identité pivot »)
// or France Travail identifier parameters of the real API.
import {
  ERRORS,
  maskedByScope,
  ok,
  type TMockEndpoint,
  type TMockRequest,
  type TMockResponse,
  type TScopes,
} from "./runtime.ts";
import { findPersonaByIdentity, PERSONAS, type TPersona } from "./personas.ts";
import invariant from "tiny-invariant";

const two = (value: number) => String(value).padStart(2, "0");

function personaFromIdentity(url: URL): TPersona | TMockResponse {
  const nomNaissance = url.searchParams.get("nomNaissance");
  const prenoms = url.searchParams.getAll("prenoms[]");
  const [annee, mois, jour] = ["anneeDateNaissance", "moisDateNaissance", "jourDateNaissance"].map((name) =>
    url.searchParams.get(name),
  );
  if (!nomNaissance) return ERRORS.badParameter("nomNaissance", "Le nom de naissance est obligatoire");
  if (prenoms.length === 0) return ERRORS.badParameter("prenoms", "Au moins un prénom est obligatoire");
  if (!annee || !/^\d{4}$/.test(annee))
    return ERRORS.badParameter("anneeDateNaissance", "L'année de naissance est obligatoire (4 chiffres)");
  const persona = findPersonaByIdentity({
    nomNaissance,
    prenoms,
    dateNaissance: `${annee}-${two(Number(mois ?? 0))}-${two(Number(jour ?? 0))}`,
  });
  return persona ?? ERRORS.notFound("CNAF & MSA");
}

function dssBenefit(right: { majoration: boolean; debut: string } | undefined) {
  return right
    ? { est_beneficiaire: true, avec_majoration: right.majoration, date_debut_droit: right.debut }
    : { est_beneficiaire: false, avec_majoration: null, date_debut_droit: null };
}

/** Scopes of API Particulier v3 (names of its serialisers): one per block of the answer. */
const QUOTIENT_FAMILIAL_BLOCKS = {
  allocataires: "cnaf_allocataires",
  enfants: "cnaf_enfants",
  adresse: "cnaf_adresse",
  quotient_familial: "cnaf_quotient_familial",
} as const;
const benefitBlocks = (scope: "revenu_solidarite_active" | "prime_activite") =>
  ({ est_beneficiaire: scope, date_debut_droit: scope, avec_majoration: `${scope}_majoration` }) as const;
const FRANCE_TRAVAIL_STATUT_BLOCKS = {
  identifiant: "pole_emploi_identifiant",
  identite: "pole_emploi_identite",
  contact: "pole_emploi_contact",
  adresse: "pole_emploi_adresse",
  inscription: "pole_emploi_inscription",
} as const;
const FRANCE_TRAVAIL_INDEMNITES_BLOCKS = { identifiant: null, paiements: "pole_emploi_paiements" } as const;

function quotientFamilial(persona: TPersona, scopes: TScopes): TMockResponse {
  const qf = persona.quotientFamilial;
  if (!qf || !persona.identity) return ERRORS.notFound("CNAF & MSA");
  const now = new Date();
  const person = (nom: string, usage: string | null, prenoms: string, dateNaissance: string, sexe: "F" | "M") => ({
    nom_naissance: nom,
    nom_usage: usage,
    prenoms,
    date_naissance: dateNaissance,
    sexe,
  });
  const identity = persona.identity;
  return ok(
    maskedByScope(scopes, QUOTIENT_FAMILIAL_BLOCKS, {
      allocataires: [
        person(
          identity.nomNaissance,
          identity.nomUsage,
          identity.prenoms.join(" "),
          identity.dateNaissance,
          identity.sexe,
        ),
      ],
      enfants: qf.enfants.map((child) =>
        person(identity.nomUsage ?? identity.nomNaissance, null, child.prenom, child.dateNaissance, child.sexe),
      ),
      adresse: {
        destinataire: `${identity.sexe === "F" ? "MADAME" : "MONSIEUR"} ${identity.prenoms[0].toUpperCase()} ${identity.nomUsage ?? identity.nomNaissance}`,
        complement_information: null,
        complement_information_geographique: null,
        numero_libelle_voie: persona.adresse?.numeroLibelleVoie ?? null,
        lieu_dit: null,
        code_postal_ville: persona.adresse?.codePostalVille ?? "",
        pays: "FRANCE",
      },
      quotient_familial: {
        fournisseur: qf.fournisseur,
        valeur: qf.valeur,
        annee: now.getUTCFullYear(),
        mois: now.getUTCMonth() + 1,
        annee_calcul: now.getUTCFullYear(),
        mois_calcul: now.getUTCMonth() + 1,
      },
    }),
  );
}

function franceTravailPersona(url: URL): TPersona | TMockResponse {
  const identifiant = url.searchParams.get("identifiant");
  if (!identifiant) return ERRORS.badParameter("identifiant", "L'identifiant France Travail est obligatoire");
  if (!/^[0-9A-Z]{7,11}$/i.test(identifiant))
    return ERRORS.badParameter("identifiant", "L'identifiant France Travail n'est pas correctement formaté");
  return (
    PERSONAS.find((persona) => persona.franceTravail?.identifiant === identifiant.toUpperCase()) ??
    ERRORS.notFound("France Travail")
  );
}

const CATEGORIES = {
  1: "PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS",
  2: "PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PARTIEL",
  3: "PERSONNE SANS EMPLOI DISPONIBLE DUREE DETERMINEE OU SAISON",
  4: "PERSONNE SANS EMPLOI NON DISPONIBLE IMMEDIATEMENT",
  5: "PERSONNE POURVUE D'UN EMPLOI A LA RECHERCHE D'UN AUTRE",
} as const;

function franceTravailStatut(persona: TPersona, scopes: TScopes): TMockResponse {
  const { franceTravail: ft, identity } = persona;
  invariant(ft && identity, "route réservée aux personas inscrits à France Travail");
  const [codePostal] = (persona.adresse?.codePostalVille ?? "").split(" ");
  return ok(
    maskedByScope(scopes, FRANCE_TRAVAIL_STATUT_BLOCKS, {
      identifiant: ft.identifiant,
      identite: {
        civilite: identity.sexe === "F" ? "MME" : "M.",
        nom_naissance: identity.nomNaissance,
        nom_usage: identity.nomUsage,
        prenom: identity.prenoms[0],
        sexe: identity.sexe,
        date_naissance: identity.dateNaissance,
      },
      contact: { telephone: "0601020304", telephone2: null, email: persona.email ?? null },
      adresse: {
        code_postal: codePostal,
        code_cog_insee_commune: persona.adresse?.codeCommune ?? "",
        localite: persona.adresse?.codePostalVille ?? "",
        ligne_voie: persona.adresse?.numeroLibelleVoie ?? "",
        ligne_complement_destinataire: null,
        ligne_complement_adresse: null,
        ligne_complement_distribution: null,
        ligne_nom: `${identity.prenoms[0].toUpperCase()} ${identity.nomUsage ?? identity.nomNaissance}`,
      },
      inscription: {
        date_debut: ft.inscription.debut,
        date_fin: ft.inscription.fin,
        categorie: { code: ft.inscription.categorie, libelle: CATEGORIES[ft.inscription.categorie] },
        code_certification_cnav: "VC",
      },
    }),
  );
}

function franceTravailIndemnites(persona: TPersona, scopes: TScopes): TMockResponse {
  const ft = persona.franceTravail;
  invariant(ft, "route réservée aux personas inscrits à France Travail");
  // Registered but never paid: France Travail has no payment to return.
  if (ft.paiements.length === 0) return ERRORS.notFound("France Travail");
  return ok(
    maskedByScope(scopes, FRANCE_TRAVAIL_INDEMNITES_BLOCKS, {
      identifiant: ft.identifiant,
      paiements: ft.paiements.map((payment) => ({
        date_versement: payment.date,
        montant_total: Math.round((payment.allocations + payment.aides + payment.autres) * 100) / 100,
        montant_allocations: payment.allocations,
        montant_aides: payment.aides,
        montant_autres: payment.autres,
      })),
    }),
  );
}

function dss(kind: "revenu_solidarite_active" | "prime_activite") {
  return (request: TMockRequest, scopes: TScopes): TMockResponse => {
    const persona = personaFromIdentity(request.url);
    if ("status" in persona) return persona;
    // CNAF/MSA know the person when they hold any file on them; otherwise 404.
    const known = persona.quotientFamilial || persona.rsa || persona.primeActivite;
    if (!known) return ERRORS.notFound("CNAF & MSA");
    return ok(
      maskedByScope(
        scopes,
        benefitBlocks(kind),
        dssBenefit(kind === "revenu_solidarite_active" ? persona.rsa : persona.primeActivite),
      ),
    );
  };
}

function franceTravail(render: (persona: TPersona, scopes: TScopes) => TMockResponse) {
  return (request: TMockRequest, scopes: TScopes): TMockResponse => {
    const persona = franceTravailPersona(request.url);
    return "status" in persona ? persona : render(persona, scopes);
  };
}

const scopesOf = (blocks: Record<string, string | null>) => [
  ...new Set(Object.values(blocks).filter((scope): scope is string => scope !== null)),
];

export const API_PARTICULIER_ENDPOINTS: Record<string, TMockEndpoint> = {
  "v3/dss/quotient_familial/identite": {
    scopes: scopesOf(QUOTIENT_FAMILIAL_BLOCKS),
    callerParameters: "recipient",
    handle: (request, scopes) => {
      const persona = personaFromIdentity(request.url);
      return "status" in persona ? persona : quotientFamilial(persona, scopes);
    },
  },
  "v3/dss/revenu_solidarite_active/identite": {
    scopes: scopesOf(benefitBlocks("revenu_solidarite_active")),
    callerParameters: "recipient",
    handle: dss("revenu_solidarite_active"),
  },
  "v3/dss/prime_activite/identite": {
    scopes: scopesOf(benefitBlocks("prime_activite")),
    callerParameters: "recipient",
    handle: dss("prime_activite"),
  },
  "v3/france_travail/statut/identifiant": {
    scopes: scopesOf(FRANCE_TRAVAIL_STATUT_BLOCKS),
    callerParameters: "recipient",
    handle: franceTravail(franceTravailStatut),
  },
  "v3/france_travail/indemnites/identifiant": {
    scopes: scopesOf(FRANCE_TRAVAIL_INDEMNITES_BLOCKS),
    callerParameters: "recipient",
    handle: franceTravail(franceTravailIndemnites),
  },
};

export const API_PARTICULIER_PRIVILEGES_PATH = "/api/introspect";
