import type { PathKind, RequirementKind } from "@/lib/generated/prisma/client.ts";

/**
 * Demo funding schemes, from the two workshop reports in /work/shared/seeds.
 * The sources list the documents asked « by the forms » of each path, not
 * scheme by scheme: each scheme carries only what its source supports, and
 * its `source` says so, so that nothing reads as a funder's official list.
 */
type DemoRequirement = { path: PathKind; kind: RequirementKind; label: string; replacedBy: string[] };
export type DemoFundingScheme = {
  slug: string;
  name: string;
  description: string;
  operator: string;
  paths: PathKind[];
  source: string;
  requirements: DemoRequirement[];
  irritants: string[];
};

const WORKSHOP_EFOP =
  "Démonstration : pièces citées à l'atelier Data EFOP du 23 septembre 2025 pour les demandes de financement de formation en général, à confirmer par le financeur pour ce dispositif.";
const WORKSHOP_APPRENTICESHIP =
  "Démonstration : identifiants cités à l'atelier « Ressources communes des SI de l'apprentissage » du 15 octobre 2025, à confirmer par les OPCO et les CFA.";

const PAYSLIPS: DemoRequirement = {
  path: "PARTICULIER",
  kind: "DOCUMENT",
  label: "12 bulletins de salaire complets",
  replacedBy: ["heures-travaillees-12-mois", "salaire-brut-12-mois", "primes-12-mois"],
};
const BANK_DETAILS = (path: PathKind): DemoRequirement => ({
  path,
  kind: "DOCUMENT",
  label: "RIB",
  replacedBy: ["titularite-iban"],
});
const DIPLOMA: DemoRequirement = {
  path: "PARTICULIER",
  kind: "DOCUMENT",
  label: "Diplôme le plus élevé (PDF)",
  replacedBy: ["plus-haut-diplome"],
};
const TRAINING: (path: PathKind) => DemoRequirement = (path) => ({
  path,
  kind: "DATA",
  label: "Action de formation : intitulé, certification, durée, prix",
  replacedBy: ["offre-formation-cpf"],
});
const QUALIOPI: DemoRequirement = {
  path: "ORGANISME_FORMATION",
  kind: "DOCUMENT",
  label: "Preuve de certification Qualiopi",
  replacedBy: ["certification-qualiopi", "numero-declaration-activite"],
};

export const DEMO_FUNDING_SCHEMES: DemoFundingScheme[] = [
  {
    slug: "cpf",
    name: "Compte personnel de formation (CPF)",
    operator: "Caisse des Dépôts (Mon Compte Formation)",
    paths: ["PARTICULIER", "ORGANISME_FORMATION"],
    description:
      "Droits à formation acquis par chaque actif, mobilisés par la personne elle-même pour une formation certifiante du catalogue.",
    source: WORKSHOP_EFOP,
    requirements: [TRAINING("PARTICULIER"), QUALIOPI],
    irritants: ["offre-de-formation-ressaisie", "preuve-qualiopi"],
  },
  {
    slug: "projet-transition-professionnelle",
    name: "Projet de transition professionnelle (PTP) – Transitions Pro",
    operator: "Associations Transitions Pro (une par région)",
    paths: ["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"],
    description:
      "Formation certifiante d'un salarié qui veut changer de métier, avec maintien de sa rémunération ; l'atelier l'a retenu comme parcours réel du prototype de pré-remplissage.",
    source: WORKSHOP_EFOP,
    requirements: [
      PAYSLIPS,
      BANK_DETAILS("PARTICULIER"),
      DIPLOMA,
      TRAINING("PARTICULIER"),
      {
        path: "EMPLOYEUR",
        kind: "DOCUMENT",
        label: "Preuve de l'existence de l'entreprise et du paiement de ses cotisations (Kbis, attestation URSSAF)",
        replacedBy: ["etablissement-siret", "attestation-vigilance"],
      },
      QUALIOPI,
    ],
    irritants: [
      "douze-bulletins-de-salaire",
      "rib-non-verifie",
      "diplome-le-plus-eleve",
      "verification-employeur",
      "preuve-qualiopi",
    ],
  },
  {
    slug: "aide-regionale-formation",
    name: "Aides régionales à la formation",
    operator: "Régions",
    paths: ["PARTICULIER"],
    description:
      "Aides des Régions aux personnes qui se forment ; l'atelier les cite parmi les demandes portées par le particulier, et relève que les formulaires y mêlent souvent les aides à la vie quotidienne (mobilité, garde d'enfants, logement).",
    source: WORKSHOP_EFOP,
    requirements: [
      {
        path: "PARTICULIER",
        kind: "DOCUMENT",
        label: "Avis d'imposition",
        replacedBy: ["revenu-fiscal-reference", "nombre-parts-fiscales"],
      },
      {
        path: "PARTICULIER",
        kind: "DOCUMENT",
        label: "Attestations de situation sociale (ARE, RSA)",
        replacedBy: ["statut-demandeur-emploi", "indemnites-are", "droit-rsa", "prime-activite"],
      },
      BANK_DETAILS("PARTICULIER"),
      DIPLOMA,
    ],
    irritants: [
      "avis-imposition",
      "justificatifs-are-rsa",
      "rib-non-verifie",
      "diplome-le-plus-eleve",
      "formation-et-vie-quotidienne-melangees",
    ],
  },
  {
    slug: "vae",
    name: "Validation des acquis de l'expérience (VAE)",
    operator: "France VAE et financeurs de l'accompagnement",
    paths: ["PARTICULIER"],
    description:
      "Obtention de tout ou partie d'une certification par la reconnaissance de l'expérience ; citée par l'atelier parmi les démarches où l'on ressaisit les mêmes informations.",
    source: WORKSHOP_EFOP,
    requirements: [DIPLOMA],
    irritants: ["diplome-le-plus-eleve"],
  },
  {
    slug: "fipu",
    name: "Fonds d'investissement dans la prévention de l'usure professionnelle (FIPU)",
    operator: "Branche accidents du travail – maladies professionnelles",
    paths: ["PARTICULIER"],
    description:
      "Cité par l'atelier parmi les demandes portées par le particulier ; aucune pièce propre à ce dispositif n'a été relevée.",
    source: WORKSHOP_EFOP,
    requirements: [],
    irritants: [],
  },
  {
    slug: "apprentissage",
    name: "Contrat d'apprentissage",
    operator: "OPCO (prise en charge), CFA, employeurs",
    paths: ["EMPLOYEUR", "ORGANISME_FORMATION"],
    description:
      "Formation en alternance sous contrat de travail ; le contrat est déposé dans DECA, où le code formation diplôme (CFD) est facultatif alors que certains OPCO le jugent nécessaire.",
    source: WORKSHOP_APPRENTICESHIP,
    requirements: [
      { path: "EMPLOYEUR", kind: "DATA", label: "SIRET de l'employeur", replacedBy: ["etablissement-siret"] },
      {
        path: "ORGANISME_FORMATION",
        kind: "DATA",
        label: "UAI et SIRET du CFA",
        replacedBy: ["correspondance-uai-siret"],
      },
      {
        path: "ORGANISME_FORMATION",
        kind: "DATA",
        label: "Diplôme ou titre préparé (CFD, RNCP)",
        replacedBy: ["correspondance-cfd-rncp"],
      },
    ],
    irritants: ["table-uai-siret-absente", "granularite-variable", "table-cfd-rncp-incomplete"],
  },
];
