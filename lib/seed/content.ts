// Demo content of the group, written from the source documents in shared/seeds
// (facts from them, our own wording). People are fictional.
import type { TSheetContent } from "@/lib/sheets/sheet-content.ts";
import type { TOrganisationType } from "@/lib/organisations/organisation-types.ts";
export type { TSheetContent };

import type { Availability, IrritantCategory, PathKind, Role } from "@/lib/db/enums.ts";

export const DEMO_ORGANISATIONS: { slug: string; name: string; type: TOrganisationType }[] = [
  {
    slug: "dgefp",
    name: "DGEFP – Délégation générale à l'emploi et à la formation professionnelle",
    type: "ETAT_DGEFP",
  },
  { slug: "region-normandie", name: "Région Normandie", type: "REGION" },
  { slug: "region-grand-est", name: "Région Grand Est", type: "REGION" },
  { slug: "opco-ep", name: "OPCO EP", type: "OPCO" },
  { slug: "opco-atlas", name: "OPCO Atlas", type: "OPCO" },
  { slug: "transitions-pro-idf", name: "Transitions Pro Île-de-France", type: "TRANSITIONS_PRO" },
  { slug: "reseau-carif-oref", name: "Réseau des Carif-Oref (RCO)", type: "CARIF_OREF" },
  { slug: "france-travail", name: "France Travail", type: "FRANCE_TRAVAIL" },
  { slug: "caisse-des-depots", name: "Caisse des Dépôts – Mon Compte Formation", type: "CAISSE_DES_DEPOTS" },
  { slug: "afpa", name: "Afpa", type: "ORGANISME_FORMATION" },
  { slug: "cma-france", name: "CMA France", type: "AUTRE" },
  // Named by the sources (the 15 October 2025 workshop; Agefiph among the funders in the Agora article), without demo
  // members.
  { slug: "dgesco", name: "DGESCO – Direction générale de l'enseignement scolaire", type: "ETAT_DGESCO" },
  { slug: "depp", name: "DEPP – Direction de l'évaluation, de la prospective et de la performance", type: "ETAT_DEPP" },
  {
    slug: "dgsip",
    name: "DGSIP – Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
    type: "ETAT_DGSIP",
  },
  {
    slug: "dares",
    name: "DARES – Direction de l'animation de la recherche, des études et des statistiques",
    type: "ETAT_DARES",
  },
  { slug: "france-competences", name: "France compétences", type: "FRANCE_COMPETENCES" },
  { slug: "agefiph", name: "Agefiph", type: "AGEFIPH" },
];

export type DemoUser = { email: string; name: string; organisation: string; role: Role };

export const DEMO_USERS: DemoUser[] = [
  { email: "camille.laurent@dgefp.example.org", name: "Camille Laurent", organisation: "dgefp", role: "ADMIN" },
  { email: "hugo.martin@dgefp.example.org", name: "Hugo Martin", organisation: "dgefp", role: "MEMBER" },
  { email: "ines.benali@normandie.example.org", name: "Inès Benali", organisation: "region-normandie", role: "MEMBER" },
  {
    email: "paul.schmitt@grandest.example.org",
    name: "Paul Schmitt",
    organisation: "region-grand-est",
    role: "MEMBER",
  },
  { email: "lea.moreau@opco-ep.example.org", name: "Léa Moreau", organisation: "opco-ep", role: "MEMBER" },
  { email: "karim.haddad@opco-atlas.example.org", name: "Karim Haddad", organisation: "opco-atlas", role: "MEMBER" },
  {
    email: "sophie.garnier@transitionspro-idf.example.org",
    name: "Sophie Garnier",
    organisation: "transitions-pro-idf",
    role: "MEMBER",
  },
  {
    email: "thomas.roux@intercariforef.example.org",
    name: "Thomas Roux",
    organisation: "reseau-carif-oref",
    role: "MEMBER",
  },
  {
    email: "nadia.petit@francetravail.example.org",
    name: "Nadia Petit",
    organisation: "france-travail",
    role: "MEMBER",
  },
  {
    email: "julien.fabre@caissedesdepots.example.org",
    name: "Julien Fabre",
    organisation: "caisse-des-depots",
    role: "MEMBER",
  },
  { email: "claire.dubois@afpa.example.org", name: "Claire Dubois", organisation: "afpa", role: "MEMBER" },
  { email: "marc.lefevre@cma-france.example.org", name: "Marc Lefèvre", organisation: "cma-france", role: "MEMBER" },
];

export const DEMO_ADMIN_EMAIL = DEMO_USERS[0].email;

export const DEMO_PUBLIC_APIS = [
  {
    slug: "api-particulier",
    name: "API Particulier",
    provider: "DINUM",
    hypothetical: false,
    documentationUrl: "https://particulier.api.gouv.fr",
    description:
      "Données des particuliers détenues par les administrations (CNAF/MSA, France Travail, enseignement supérieur…), accessibles aux administrations habilitées.",
  },
  {
    slug: "api-entreprise",
    name: "API Entreprise",
    provider: "DINUM",
    hypothetical: false,
    documentationUrl: "https://entreprise.api.gouv.fr",
    description:
      "Données et documents des entreprises et associations (INSEE, URSSAF, Carif-Oref…) pour les administrations habilitées.",
  },
  {
    slug: "api-impot-particulier",
    name: "API Impôt particulier",
    provider: "DGFiP",
    hypothetical: false,
    documentationUrl: "https://api.gouv.fr/les-api/impot-particulier",
    description: "Situation fiscale d'un foyer : revenu fiscal de référence, nombre de parts, adresse fiscale.",
  },
  {
    slug: "catalogue-cpf",
    name: "Catalogue des formations certifiantes du CPF (open data)",
    provider: "Caisse des Dépôts",
    hypothetical: false,
    documentationUrl: "https://opendata.caissedesdepots.fr",
    description:
      "Jeu de données ouvert de l'offre de formation certifiante du CPF : certification (RNCP/RS), organisme, lieu, prix, durée.",
  },
  {
    slug: "api-diplomes",
    name: "API Diplôme le plus élevé",
    provider: "Hypothétique",
    hypothetical: true,
    documentationUrl: null,
    description:
      "N'existe pas publiquement : restituerait le plus haut diplôme obtenu par une personne, pour ne plus demander de PDF.",
  },
  {
    slug: "api-verification-iban",
    name: "Vérification de titularité d'IBAN",
    provider: "Hypothétique (sur le modèle SEPAmail DIAMOND)",
    hypothetical: true,
    documentationUrl: null,
    description:
      "N'existe pas comme API publique : dirait si un IBAN appartient bien à la personne (concordant, partiel, discordant).",
  },
  {
    slug: "api-donnees-paie",
    name: "Données de paie (issues de la DSN)",
    provider: "Hypothétique",
    hypothetical: true,
    documentationUrl: null,
    description:
      "N'existe pas publiquement : restituerait heures, salaire brut et primes des douze derniers mois tels que la DSN les connaît.",
  },
];

type DemoDataItem = {
  slug: string;
  name: string;
  definition: string;
  format: string | null;
  holder: string;
  api: string | null;
  endpoint: string | null;
  availability: Availability;
  effort: number;
  paths: PathKind[];
};

export const DEMO_DATA_ITEMS: DemoDataItem[] = [
  {
    slug: "heures-travaillees-12-mois",
    name: "Heures travaillées sur 12 mois",
    definition:
      "Nombre d'heures rémunérées sur les douze derniers mois, utile pour l'ancienneté et le calcul de la rémunération pendant la formation.",
    format: "Nombre d'heures par mois",
    holder: "Employeurs, via la DSN (GIP-MDS, Caisse des Dépôts)",
    api: "api-donnees-paie",
    endpoint: "GET /salaries/{nir}/remunerations?mois=12",
    availability: "INEXISTANTE",
    effort: 4,
    paths: ["PARTICULIER", "EMPLOYEUR"],
  },
  {
    slug: "salaire-brut-12-mois",
    name: "Salaire brut mensuel sur 12 mois",
    definition:
      "Montant brut versé chaque mois, pour calculer la rémunération maintenue pendant un projet de transition professionnelle.",
    format: "Montant en euros par mois",
    holder: "Employeurs, via la DSN",
    api: "api-donnees-paie",
    endpoint: "GET /salaries/{nir}/remunerations?mois=12",
    availability: "INEXISTANTE",
    effort: 4,
    paths: ["PARTICULIER", "EMPLOYEUR"],
  },
  {
    slug: "primes-12-mois",
    name: "Primes et éléments variables sur 12 mois",
    definition: "Primes et éléments variables de rémunération déclarés, distingués du salaire de base.",
    format: "Montant en euros par mois et par type",
    holder: "Employeurs, via la DSN",
    api: "api-donnees-paie",
    endpoint: "GET /salaries/{nir}/remunerations?mois=12",
    availability: "INEXISTANTE",
    effort: 4,
    paths: ["PARTICULIER", "EMPLOYEUR"],
  },
  {
    slug: "titularite-iban",
    name: "Titularité du compte bancaire",
    definition: "Confirmation que l'IBAN fourni appartient bien au bénéficiaire du versement.",
    format: "IBAN (ISO 13616) et résultat concordant / partiel / discordant",
    holder: "Banques (SEPAmail DIAMOND), DGFiP (FICOBA, accès restreint)",
    api: "api-verification-iban",
    endpoint: "POST /verifications",
    availability: "INEXISTANTE",
    effort: 3,
    paths: ["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"],
  },
  {
    slug: "statut-demandeur-emploi",
    name: "Statut de demandeur d'emploi",
    definition: "Inscription à France Travail, catégorie et dates d'inscription.",
    format: "Identifiant France Travail",
    holder: "France Travail",
    api: "api-particulier",
    endpoint: "GET /v3/france_travail/statut/identifiant",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["PARTICULIER"],
  },
  {
    slug: "indemnites-are",
    name: "Indemnités ARE versées",
    definition: "Paiements de l'allocation d'aide au retour à l'emploi : dates et montants.",
    format: "Identifiant France Travail",
    holder: "France Travail",
    api: "api-particulier",
    endpoint: "GET /v3/france_travail/indemnites/identifiant",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["PARTICULIER"],
  },
  {
    slug: "droit-rsa",
    name: "Droit au revenu de solidarité active",
    definition: "Bénéfice du RSA, avec sa date de début et le caractère majoré.",
    format: "Identité pivot ou FranceConnect",
    holder: "CNAF et MSA",
    api: "api-particulier",
    endpoint: "GET /v3/dss/revenu_solidarite_active",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["PARTICULIER"],
  },
  {
    slug: "prime-activite",
    name: "Droit à la prime d'activité",
    definition: "Bénéfice de la prime d'activité et période du droit.",
    format: "Identité pivot ou FranceConnect",
    holder: "CNAF et MSA",
    api: "api-particulier",
    endpoint: "GET /v3/dss/prime_activite",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["PARTICULIER"],
  },
  {
    slug: "quotient-familial",
    name: "Quotient familial CAF/MSA",
    definition: "Quotient familial du mois, utilisé pour moduler certaines aides régionales.",
    format: "Montant en euros",
    holder: "CNAF et MSA",
    api: "api-particulier",
    endpoint: "GET /v3/dss/quotient_familial",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["PARTICULIER"],
  },
  {
    slug: "revenu-fiscal-reference",
    name: "Revenu fiscal de référence",
    definition: "Revenu fiscal de référence du foyer pour une année d'imposition.",
    format: "Numéro fiscal (13 chiffres) ou FranceConnect",
    holder: "DGFiP",
    api: "api-impot-particulier",
    endpoint: "GET /situations/ir/assiettes/annrev/{ANNEE}",
    availability: "DISPONIBLE",
    effort: 2,
    paths: ["PARTICULIER"],
  },
  {
    slug: "nombre-parts-fiscales",
    name: "Nombre de parts fiscales",
    definition: "Nombre de parts du foyer fiscal, pour les barèmes des aides régionales.",
    format: "Numéro fiscal (13 chiffres) ou FranceConnect",
    holder: "DGFiP",
    api: "api-impot-particulier",
    endpoint: "GET /situations/ir/assiettes/annrev/{ANNEE}",
    availability: "DISPONIBLE",
    effort: 2,
    paths: ["PARTICULIER"],
  },
  {
    slug: "plus-haut-diplome",
    name: "Diplôme le plus élevé obtenu",
    definition:
      "Intitulé, niveau et année du plus haut diplôme, pour vérifier l'éligibilité et éviter les dépôts de PDF.",
    format: "Code diplôme (CFD) ou code RNCP, niveau européen",
    holder: "Ministères certificateurs (éducation nationale, enseignement supérieur, travail)",
    api: "api-diplomes",
    endpoint: "GET /personnes/{id}/diplomes?plus_eleve=true",
    availability: "INEXISTANTE",
    effort: 5,
    paths: ["PARTICULIER"],
  },
  {
    slug: "titre-de-sejour",
    name: "Titre de séjour en cours de validité",
    definition: "Existence et validité d'un titre de séjour autorisant à travailler et se former.",
    format: "Numéro AGDREF",
    holder: "Ministère de l'Intérieur (ANEF)",
    api: null,
    endpoint: null,
    availability: "INEXISTANTE",
    effort: 5,
    paths: ["PARTICULIER"],
  },
  {
    slug: "etablissement-siret",
    name: "Établissement (SIRET) et unité légale (SIREN)",
    definition:
      "Raison sociale, adresse, activité (NAF), effectif et état administratif d'une entreprise ou d'un organisme.",
    format: "SIRET (14 chiffres, clé de Luhn)",
    holder: "INSEE (répertoire Sirene)",
    api: "api-entreprise",
    endpoint: "GET /v3/insee/sirene/etablissements/{siret}",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["EMPLOYEUR", "ORGANISME_FORMATION"],
  },
  {
    slug: "attestation-vigilance",
    name: "Attestation de vigilance URSSAF",
    definition: "Preuve que l'employeur est à jour de ses déclarations et cotisations sociales.",
    format: "SIREN",
    holder: "URSSAF",
    api: "api-entreprise",
    endpoint: "GET /v4/urssaf/unites_legales/{siren}/attestation_vigilance",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["EMPLOYEUR"],
  },
  {
    slug: "certification-qualiopi",
    name: "Certification Qualiopi",
    definition: "Certification qualité de l'organisme, ses catégories d'actions et sa validité.",
    format: "SIRET de l'organisme",
    holder: "Réseau des Carif-Oref, France compétences",
    api: "api-entreprise",
    endpoint: "GET /v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["ORGANISME_FORMATION"],
  },
  {
    slug: "numero-declaration-activite",
    name: "Numéro de déclaration d'activité (NDA)",
    definition: "Numéro attribué à l'organisme de formation par le service régional de contrôle.",
    format: "11 chiffres",
    holder: "DREETS, Réseau des Carif-Oref",
    api: "api-entreprise",
    endpoint: "GET /v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences",
    availability: "DISPONIBLE",
    effort: 1,
    paths: ["ORGANISME_FORMATION"],
  },
  {
    slug: "habilitations-rncp",
    name: "Habilitations RNCP / RS de l'organisme",
    definition: "Certifications que l'organisme est habilité à préparer ou à délivrer.",
    format: "Codes RNCP et RS",
    holder: "France compétences",
    api: "api-entreprise",
    endpoint: "GET /v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences",
    availability: "DISPONIBLE",
    effort: 2,
    paths: ["ORGANISME_FORMATION"],
  },
  {
    slug: "offre-formation-cpf",
    name: "Action de formation du catalogue CPF",
    definition: "Certification visée, formacode, durée, prix et lieu de l'action.",
    format: "Codes RNCP/RS, formacode, SIRET de l'organisme",
    holder: "Caisse des Dépôts",
    api: "catalogue-cpf",
    endpoint: "GET /catalogue/actions?code_certification=",
    availability: "DISPONIBLE",
    effort: 2,
    paths: ["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"],
  },
  {
    slug: "correspondance-uai-siret",
    name: "Correspondance historisée UAI – SIRET",
    definition: "Table datée reliant l'identifiant d'établissement de l'éducation (UAI) aux SIRET successifs.",
    format: "UAI (7 chiffres + lettre), SIRET, dates",
    holder: "Éducation nationale, INSEE",
    api: null,
    endpoint: null,
    availability: "INEXISTANTE",
    effort: 4,
    paths: ["ORGANISME_FORMATION"],
  },
  {
    slug: "correspondance-cfd-rncp",
    name: "Correspondance CFD – RNCP",
    definition: "Table reliant les codes formation diplôme (CFD) aux fiches RNCP, options comprises.",
    format: "CFD (8 caractères), RNCP",
    holder: "Éducation nationale, France compétences",
    api: null,
    endpoint: null,
    availability: "EN_COURS",
    effort: 3,
    paths: ["ORGANISME_FORMATION"],
  },
  // The data list of the sheet « Simplifier la transmission des données apprentissage » (shared/seeds/004).
  {
    slug: "etapes-parcours-apprentissage",
    name: "Étape du parcours d'un jeune vers l'apprentissage",
    definition:
      "Étape franchie par un jeune mis en relation avec un CFA : première étape (rendez-vous, information collective, pré-inscription), vœu exploité, inscription, apprenti avec contrat signé, abandon du parcours. Transmise avec les seules données nécessaires : INE, NIR, vœux et souhaits de formation, avec l'accord du CFA.",
    format: "INE, NIR, vœux et souhaits de formation, étape et date",
    holder: "Logiciels de gestion des CFA",
    api: null,
    endpoint: null,
    availability: "EN_COURS",
    effort: 3,
    paths: ["ORGANISME_FORMATION"],
  },
];

type DemoIrritant = {
  slug: string;
  title: string;
  description: string;
  category: IrritantCategory;
  paths: PathKind[];
  /** Verbatim from the report named in `source`, character for character (a test checks it). */
  quotes: string[];
  source: string;
  dataItems: string[];
};

export const WORKSHOP_EFOP_SOURCE =
  "Compte rendu de l'atelier du groupe Data EFOP du 23 septembre 2025 (publié le 6 novembre 2025)";
export const WORKSHOP_APPRENTICESHIP_SOURCE =
  "Compte rendu de l'atelier « Ressources communes des SI de l'apprentissage » du 15 octobre 2025 (publié le 6 novembre 2025)";

// Titles and descriptions follow the report's wording (« douleurs communes », situations, leads);
// the categories, paths and linked data items are the group's reading of it.
export const DEMO_IRRITANTS: DemoIrritant[] = [
  {
    slug: "douze-bulletins-de-salaire",
    title: "Douze bulletins de salaire au lieu de quelques données essentielles",
    description:
      "Des formulaires demandent **12 bulletins de salaire complets** au lieu de quelques données essentielles : le nombre d'heures, le montant brut, les primes.\n\nPiste de l'atelier : extraire uniquement les données nécessaires (heures, brut, primes).",
    category: "JUSTIFICATIF",
    paths: ["PARTICULIER", "EMPLOYEUR"],
    quotes: [
      "Consulter douze bulletins de salaire, c’est ingérable ! On a besoin d’API simples qui extraient seulement les infos utiles.",
    ],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["heures-travaillees-12-mois", "salaire-brut-12-mois", "primes-12-mois"],
  },
  {
    slug: "rib-non-verifie",
    title: "RIB non vérifiés ou périmés",
    description:
      "Les dossiers reçoivent des **RIB non vérifiés ou périmés**.\n\nPiste de l'atelier : vérifier automatiquement la validité du compte.",
    category: "JUSTIFICATIF",
    paths: ["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["titularite-iban"],
  },
  {
    slug: "justificatifs-are-rsa",
    title: "Données sociales (ARE, RSA) : des échanges à simplifier",
    description:
      "Les données sociales, allocation d'aide au retour à l'emploi (ARE) et revenu de solidarité active (RSA), figurent parmi les douleurs communes relevées par l'atelier.\n\nPiste de l'atelier : simplifier les échanges avec les API France Travail et Impôts.",
    category: "DONNEE_SOCIALE",
    paths: ["PARTICULIER"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["statut-demandeur-emploi", "indemnites-are", "droit-rsa"],
  },
  {
    slug: "diplome-le-plus-eleve",
    title: "Diplôme le plus élevé déposé en PDF, dossier après dossier",
    description:
      "Le diplôme le plus élevé fait partie des justificatifs déjà disponibles dans des systèmes publics mais jamais réutilisés.\n\nPiste de l'atelier : éviter les dépôts PDF multiples.",
    category: "JUSTIFICATIF",
    paths: ["PARTICULIER"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["plus-haut-diplome"],
  },
  {
    slug: "preuve-qualiopi",
    title: "Preuve Qualiopi téléchargée par l'usager",
    description:
      "On demande à l'usager de télécharger sa preuve Qualiopi, un justificatif déjà disponible dans des systèmes publics.\n\nPiste de l'atelier : exploiter directement l'API QuiForme.",
    category: "OFFRE_FORMATION",
    paths: ["ORGANISME_FORMATION", "PARTICULIER"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["certification-qualiopi", "numero-declaration-activite", "habilitations-rncp"],
  },
  {
    slug: "avis-imposition",
    title: "Avis d'imposition redemandé",
    description:
      "L'avis d'imposition est un justificatif déjà disponible dans des systèmes publics mais jamais réutilisé. La synthèse de l'atelier le range parmi les trois irritants prioritaires.",
    category: "JUSTIFICATIF",
    paths: ["PARTICULIER"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["revenu-fiscal-reference", "nombre-parts-fiscales"],
  },
  {
    slug: "titre-de-sejour",
    title: "Titre de séjour redemandé",
    description:
      "Le titre de séjour fait partie des justificatifs déjà disponibles dans des systèmes publics mais jamais réutilisés.",
    category: "IDENTITE",
    paths: ["PARTICULIER"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["titre-de-sejour"],
  },
  {
    slug: "verification-employeur",
    title: "Entreprise et cotisations à vérifier pour les demandes de l'employeur",
    description:
      "Quand la demande est portée par l'employeur, l'atelier prévoit la vérification de l'entreprise et de ses cotisations, sans redemander à l'usager des informations déjà détenues par d'autres acteurs.",
    category: "ENTREPRISE",
    paths: ["EMPLOYEUR"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["etablissement-siret", "attestation-vigilance"],
  },
  {
    slug: "formation-et-vie-quotidienne-melangees",
    title: "Financement de la formation et aides à la vie quotidienne mélangés",
    description:
      "Les aides à la vie quotidienne (mobilité, garde d'enfants, logement) sont souvent imbriquées dans les formulaires de financement de la formation.\n\nSuite annoncée par l'atelier : une réflexion pour distinguer clairement les financements de la formation des aides à la vie quotidienne.",
    category: "AUTRE",
    paths: ["PARTICULIER"],
    quotes: [
      "On confond parfois le financement de la formation et celui des frais de vie quotidienne (mobilité, garde d’enfants, logement). Il faut clarifier.",
    ],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["offre-formation-cpf"],
  },
  {
    slug: "offre-de-formation-ressaisie",
    title: "Programme et devis de formation ressaisis",
    description:
      "Quand la demande est portée par l'organisme de formation, l'atelier veut simplifier les démarches liées aux programmes et aux devis.",
    category: "OFFRE_FORMATION",
    paths: ["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"],
    quotes: [],
    source: WORKSHOP_EFOP_SOURCE,
    dataItems: ["offre-formation-cpf"],
  },
  {
    slug: "table-uai-siret-absente",
    title: "Pas de table historisée entre UAI et SIRET",
    description:
      "Il n'existe pas de table historisée entre l'UAI et le SIRET des organismes, alors que la DGESCO rappelle le rôle central de l'UAI pour le suivi des parcours et la prévention du décrochage.",
    category: "REFERENTIEL",
    paths: ["ORGANISME_FORMATION"],
    quotes: [],
    source: WORKSHOP_APPRENTICESHIP_SOURCE,
    dataItems: ["correspondance-uai-siret"],
  },
  {
    slug: "granularite-variable",
    title: "Granularité variable entre organisme, site et offre",
    description:
      "Selon les systèmes (Parcoursup, Affelnet, Agora, DECA, CELIA, Certif Info…), la granularité varie entre organisme, site et offre, ce qui freine l'interopérabilité maîtrisée que visent les participants.",
    category: "REFERENTIEL",
    paths: ["ORGANISME_FORMATION"],
    quotes: [],
    source: WORKSHOP_APPRENTICESHIP_SOURCE,
    dataItems: ["correspondance-uai-siret"],
  },
  {
    slug: "table-cfd-rncp-incomplete",
    title: "Table CFD – RNCP incomplète sur certaines options",
    description:
      "La table de correspondance entre codes formation diplôme (CFD) et fiches RNCP est incomplète sur certaines options. France compétences et la DARES insistent sur l'utilité du CFD pour les usages statistiques ; la DGEFP précise qu'il est facultatif dans DECA, tandis que certains OPCO le jugent nécessaire pour la cohérence avec les systèmes académiques et régionaux.",
    category: "REFERENTIEL",
    paths: ["ORGANISME_FORMATION"],
    quotes: [],
    source: WORKSHOP_APPRENTICESHIP_SOURCE,
    dataItems: ["correspondance-cfd-rncp"],
  },
];

export const DEMO_COLUMNS = [
  { key: "signale", name: "Signalé", wipLimit: null },
  { key: "a-instruire", name: "À instruire", wipLimit: 10 },
  { key: "priorise", name: "Priorisé", wipLimit: 6 },
  { key: "en-experimentation", name: "En expérimentation", wipLimit: 4 },
  { key: "disponible-api", name: "Disponible via API", wipLimit: null },
  { key: "abandonne", name: "Abandonné", wipLimit: null },
] as const;

type DemoSheet = {
  slug: string;
  title: string;
  summary: string;
  state: "PUBLISHED" | "IN_REVIEW" | "DRAFT";
  author: string;
  irritants: string[];
  dataItems: string[];
  content: Omit<TSheetContent, "irritants" | "dataItems">;
};

export const DEMO_SHEETS: DemoSheet[] = [
  {
    slug: "formation-financee",
    state: "PUBLISHED",
    author: "hugo.martin@dgefp.example.org",
    title: "Formation financée : ne demander qu'une fois ce qui est déjà connu",
    summary:
      "Un salarié, un demandeur d'emploi ou un indépendant qui sollicite un financement de formation ressaisit les mêmes informations à chaque démarche. Le cas d'usage est scindé en trois parcours pour répartir la charge de collecte.",
    irritants: [
      "douze-bulletins-de-salaire",
      "rib-non-verifie",
      "justificatifs-are-rsa",
      "diplome-le-plus-eleve",
      "preuve-qualiopi",
      "avis-imposition",
      "verification-employeur",
      "offre-de-formation-ressaisie",
    ],
    dataItems: [
      "heures-travaillees-12-mois",
      "salaire-brut-12-mois",
      "primes-12-mois",
      "titularite-iban",
      "statut-demandeur-emploi",
      "indemnites-are",
      "droit-rsa",
      "revenu-fiscal-reference",
      "certification-qualiopi",
      "etablissement-siret",
      "attestation-vigilance",
      "offre-formation-cpf",
    ],
    content: {
      context:
        "Le principe « Dites-le-nous une fois » impose aux administrations de ne pas redemander une information qu'elles détiennent déjà ou qu'elles peuvent obtenir d'une autre administration (code des relations entre le public et l'administration, articles L113-12 et suivants).\n\nL'atelier du groupe Data EFOP du 23 septembre 2025 (DGEFP, OPCO, Régions, réseau des Carif-Oref, Transitions Pro, CMA, Afpa…) a fait un constat unanime : trop de re-saisie, trop de pièces justificatives inutiles. Un salarié, un demandeur d'emploi ou un indépendant ressaisit les mêmes informations à chaque démarche : CPF, projet de transition professionnelle (PTP), aide régionale, VAE, accompagnement Transitions Pro.\n\nLes participants ont proposé de scinder le cas d'usage en trois parcours : « Il faut distinguer les demandes faites par l’usager, celles portées par l’employeur et celles des organismes de formation. »",
      problem:
        "Chaque demande de financement fait ressaisir les mêmes informations et joindre les mêmes pièces :\n\n- **12 bulletins de salaire complets** au lieu de quelques données (heures, brut, primes) ;\n- des **RIB** non vérifiés ou périmés ;\n- des justificatifs déjà disponibles dans des systèmes publics et jamais réutilisés : avis d'imposition, titres de séjour, diplômes, preuve Qualiopi.\n\nLes formulaires sont longs, les erreurs fréquentes et la charge administrative pèse sur les financeurs comme sur les organismes de formation. L'équipement est très hétérogène : certains financeurs utilisent déjà des API (SNGI, QuiForme, France Travail, API Entreprise), d'autres restent en saisie manuelle complète.",
      ambition:
        "Rédiger avec les opérateurs un guide de bonnes pratiques et de **bonnes données** pour que toute demande de financement de formation :\n\n1. récupère automatiquement les données fiables déjà détenues par une administration ;\n2. ne demande qu'une fois ce qui est déjà connu ;\n3. partage l'effort de collecte entre usagers, employeurs et organismes de formation.",
      targetPublic:
        "Salariés, demandeurs d'emploi et indépendants qui demandent un financement ; employeurs qui portent une demande pour un salarié ; organismes de formation qui constituent le dossier de leurs stagiaires ; services instructeurs des financeurs.",
      benefits:
        "- Moins de pièces justificatives et de ressaisie pour les usagers.\n- Des données fiables à la source, donc moins d'erreurs et de relances pour les instructeurs.\n- Des délais d'instruction raccourcis.\n- Une charge de collecte répartie entre les acteurs qui détiennent réellement l'information.",
      actors:
        "DGEFP, Régions, OPCO, Transitions Pro, réseau des Carif-Oref, France Travail, Caisse des Dépôts, CMA, organismes de formation ; fournisseurs de données : DGFiP, CNAF, INSEE, URSSAF.",
      actorTypes: [
        "ETAT_DGEFP",
        "REGION",
        "OPCO",
        "TRANSITIONS_PRO",
        "CARIF_OREF",
        "FRANCE_TRAVAIL",
        "CAISSE_DES_DEPOTS",
        "ORGANISME_FORMATION",
        "AUTRE",
      ],
      solutions: [
        // The report's three « prochaines étapes »: planned, without a date (it gives none).
        {
          name: "Étape 1 : publier le cas d'usage enrichi",
          targetDate: null,
          status: "PLANIFIEE",
          content:
            "Mise en ligne du cas d'usage enrichi sur la plateforme Simplifions pour recueillir les retours publics.",
        },
        {
          name: "Étape 2 : prioriser les données",
          targetDate: null,
          status: "PLANIFIEE",
          content:
            "Priorisation collective des données à intégrer en premier, par un Kanban et un vote des participants.",
        },
        {
          name: "Étape 3 : prototype de pré-remplissage",
          targetDate: null,
          status: "PLANIFIEE",
          content:
            "Expérimentation d'un prototype de pré-remplissage sur un parcours réel (par exemple une demande de PTP) avec démarches-simplifiées.",
        },
      ],
      paths: [
        {
          kind: "PARTICULIER",
          carriedBy:
            "La personne elle-même (salarié, demandeur d'emploi, indépendant) : CPF, FIPU, aides régionales, etc.",
          askedToday:
            "- Pièce d'identité, titre de séjour le cas échéant\n- 12 bulletins de salaire\n- Avis d'imposition\n- Attestations France Travail (ARE) ou CAF (RSA)\n- Diplôme le plus élevé en PDF\n- RIB",
          dataHeld:
            "- **France Travail** : statut de demandeur d'emploi, paiements ARE\n- **CNAF / MSA** : RSA, prime d'activité, quotient familial\n- **DGFiP** : revenu fiscal de référence, nombre de parts\n- **Employeurs via la DSN** : heures, brut, primes",
          target:
            "Après identification par FranceConnect et consentement, les données sociales et fiscales sont récupérées par API ; seules les informations inconnues des administrations restent à saisir.",
        },
        {
          kind: "EMPLOYEUR",
          carriedBy:
            "L'employeur, pour un salarié (plan de développement des compétences, PTP avec maintien de salaire).",
          askedToday:
            "- Kbis ou avis de situation Sirene\n- Attestation de vigilance URSSAF\n- Bulletins de salaire du salarié\n- RIB de l'entreprise",
          dataHeld:
            "- **INSEE** : établissement et unité légale\n- **URSSAF** : attestation de vigilance\n- **DSN** : rémunérations du salarié",
          target:
            "L'employeur s'identifie par ProConnect ; l'entreprise et ses cotisations sont vérifiées par API Entreprise, les données de rémunération viennent de la DSN.",
        },
        {
          kind: "ORGANISME_FORMATION",
          carriedBy: "L'organisme de formation, qui constitue ou complète le dossier de ses stagiaires.",
          askedToday:
            "- Certificat Qualiopi\n- Numéro de déclaration d'activité\n- Habilitations RNCP / RS\n- Programme et devis",
          dataHeld:
            "- **Réseau des Carif-Oref / France compétences** : Qualiopi, NDA, habilitations\n- **Caisse des Dépôts** : actions du catalogue CPF",
          target:
            "L'organisme n'a plus à prouver sa certification : elle est vérifiée par API ; le programme et le devis sont repris du catalogue.",
        },
      ],
    },
  },
  {
    slug: "transmission-donnees-apprentissage",
    state: "PUBLISHED",
    author: "thomas.roux@intercariforef.example.org",
    title: "Simplifier la transmission des données apprentissage",
    summary:
      "Les centres de formation d'apprentis multiplient les saisies dans différents systèmes pour rendre compte de leur activité, des statuts des apprentis et de leur offre de formation.",
    irritants: [],
    dataItems: ["etapes-parcours-apprentissage"],
    content: {
      context:
        "Fiche publique antérieure au groupe, reprise ici avec ses versions telles qu'elle les annonçait. En 2019, environ 220 000 candidats ont souhaité une mise en relation avec un CFA par l'un des deux portails, Parcoursup ou Affelnet.",
      problem:
        "Une fois le vœu exprimé et transmis au centre de formation, l'information se perd. Aucun système ne permet de savoir combien de vœux se traduisent par une entrée en apprentissage, dans la spécialité et le centre visés ou dans une autre formation avec le même statut, ni d'observer les étapes franchies ou non par les jeunes pour accompagner à temps ceux qui décrochent.",
      ambition:
        "Organiser la remontée d'informations clés depuis les systèmes de gestion des CFA vers les principaux services publics d'orientation, Affelnet, Parcoursup puis ceux du service public de l'emploi, afin de :\n\n- mieux observer les trajectoires des jeunes jusqu'à l'engagement effectif de leur poursuite d'études ;\n- discerner plus vite et plus précisément les difficultés rencontrées par certains jeunes pour les résoudre plus efficacement.",
      targetPublic: "Les jeunes en apprentissage dans les CFA.",
      benefits:
        "1. Une amélioration sensible de la qualité du pilotage : observer comment les vœux transmis par les sites d'orientation et de préadmission sont exploités par les CFA, et si les jeunes mis en contact avec eux s'y inscrivent comme prévu, pour engager une boucle d'amélioration continue de l'orientation vers l'apprentissage.\n2. Identifier mieux et plus tôt les jeunes en difficulté, non pris en charge par les CFA, pour que les conseillers spécialisés les aident à s'orienter.",
      actors:
        "CFA, leurs réseaux et leurs éditeurs de logiciel ; Parcoursup, Affelnet ; service public de l'emploi ; l'État, qui sollicite l'accord des CFA.",
      actorTypes: ["ORGANISME_FORMATION"],
      solutions: [
        {
          name: "Version 1 : 4 champs disponibles",
          targetDate: null,
          status: "PLANIFIEE",
          content:
            "Échéance annoncée par la fiche : mi-octobre.\n\nInterfaçage des données entre les CFA et les SI Parcoursup et Affelnet : signalement d'une première étape (rendez-vous, information collective, pré-inscription : vœu exploité), inscription comme stagiaire de la formation professionnelle (voire scolaire), déjà apprenti (contrat signé) et information sur l'abandon du parcours.\n\n**Données transférées**, les plus réduites possibles dans le strict respect du RGPD : **INE, NIR, vœux et souhaits de formation**.\n\n**Accord** : le transfert est engagé avec l'accord des CFA, sollicité par l'État ; leurs réseaux et leurs éditeurs de logiciel les encouragent à le donner.\n\nCette solution remplacera les boutons déclaratifs aujourd'hui proposés uniquement sur Parcoursup.",
        },
        {
          name: "Version 1.1 : outil de pilotage sur la base des données extraites",
          targetDate: null,
          status: "PLANIFIEE",
          content:
            "Planification en cours. Pilotage de l'évolution des effectifs par région administrative, par CFA et par certification, pour estimer si :\n\n- les effectifs sont raisonnables, notamment au regard de la capacité à trouver et mobiliser des employeurs ;\n- les capacités d'accueil révisées au motif de l'épidémie sont respectées ;\n- des places vacantes peuvent être mobilisées par des jeunes sans solution dans le cadre du plan de relance « 1 jeune 1 solution ».",
        },
        {
          name: "Version 2 : automatiser la collecte de l'offre de formation pour les CFA sous Ymag",
          targetDate: "2020-12-31",
          status: "PLANIFIEE",
          content:
            "Échéance annoncée par la fiche : d'ici la fin 2020.\n\nCollecter, dans les flux retour, les offres de formation en apprentissage proposées par les CFA, via une interface : moins de collectes longues et d'erreurs de ressaisie, et une gestion au plus près des capacités et des places restant disponibles.\n\n**Périmètre** : le périmètre de la collecte et les informations collectées, mises à jour pour 2021, sont ceux du catalogue des offres de formation au 30 juin 2020. Collecte a minima par export, au mieux par une interface de transfert automatique.",
        },
      ],
      paths: [
        {
          kind: "ORGANISME_FORMATION",
          carriedBy: "Le CFA, depuis son logiciel de gestion, avec son accord sollicité par l'État.",
          askedToday:
            "Saisies multiples, dans différents systèmes, de l'activité du CFA, des statuts des apprentis et de l'offre de formation ; des boutons déclaratifs sur Parcoursup seulement.",
          dataHeld:
            "Logiciels de gestion des CFA : étapes franchies par le jeune (premier contact, vœu exploité, inscription, contrat signé, abandon), avec l'INE, le NIR et les vœux et souhaits de formation.",
          target:
            "Transmission automatique de ces seuls champs vers Parcoursup et Affelnet, puis le service public de l'emploi ; collecte de l'offre de formation depuis les logiciels des CFA.",
        },
      ],
    },
  },
  {
    slug: "referentiels-apprentissage",
    state: "PUBLISHED",
    author: "ines.benali@normandie.example.org",
    title: "Des référentiels de l'apprentissage gouvernés en commun",
    summary:
      "Relier UAI, SIRET, CFD et RNCP dans une cartographie partagée, pour que Parcoursup, Affelnet, Agora, DECA ou Certif Info parlent des mêmes organismes et des mêmes formations.",
    irritants: ["table-uai-siret-absente", "granularite-variable", "table-cfd-rncp-incomplete"],
    dataItems: ["correspondance-uai-siret", "correspondance-cfd-rncp", "etablissement-siret", "habilitations-rncp"],
    content: {
      context:
        "Atelier du 15 octobre 2025 du groupe « Ressources communes des SI de l'apprentissage » : plus de 30 participants de la DGEFP, DGESCO, DEPP, DGSIP, DARES, France compétences, du réseau des Carif-Oref, d'OPCO et de Régions. Les référentiels sont des biens communs numériques qui relient producteurs, utilisateurs et régulateurs.",
      problem:
        "- Aucune table historisée entre UAI et SIRET.\n- Une granularité variable entre organisme, site et offre.\n- Une table CFD – RNCP incomplète sur certaines options.\n- Le CFD est facultatif dans DECA alors que certains OPCO le jugent nécessaire.\n- Le besoin d'enrichir le portail de l'apprentissage avec de nouvelles sources ouvertes : SIFA, POEM, InserJeunes, InserSup…",
      ambition:
        "Cartographier les référentiels et leurs correspondances pour toutes les voies de formation (scolaire, apprentissage, formation continue), et identifier les usages des consommateurs.",
      targetPublic:
        "Producteurs et utilisateurs des référentiels : ministères, opérateurs, Régions, OPCO, Carif-Oref, éditeurs.",
      benefits:
        "- Indicateurs d'insertion partagés.\n- Affichage cohérent des formations en apprentissage.\n- Repérage des jeunes sans solution, du vœu à la signature du contrat.",
      actors: "DGEFP, DGESCO, DEPP, DGSIP, DARES, France compétences, réseau des Carif-Oref, OPCO, Régions.",
      actorTypes: [
        "ETAT_DGEFP",
        "ETAT_DGESCO",
        "ETAT_DEPP",
        "ETAT_DGSIP",
        "ETAT_DARES",
        "FRANCE_COMPETENCES",
        "CARIF_OREF",
        "OPCO",
        "REGION",
      ],
      solutions: [
        // The report's two « chantiers prioritaires », without dates (it gives none).
        {
          name: "Chantier 1 : cartographier les référentiels et leurs correspondances",
          targetDate: null,
          status: "PLANIFIEE",
          content:
            "Les identifiants (UAI, SIRET, CFD, RNCP) et leurs correspondances, pour toutes les voies de formation : scolaire, apprentissage, formation continue.",
        },
        {
          name: "Chantier 2 : identifier les usages des consommateurs",
          targetDate: null,
          status: "PLANIFIEE",
          content: "Qui consomme quels référentiels, et pour quel usage.",
        },
      ],
      paths: [
        {
          kind: "ORGANISME_FORMATION",
          carriedBy: "Les organismes et CFA, identifiés différemment selon les systèmes.",
          askedToday: "UAI, SIRET et codes de formation ressaisis dans chaque système, sans correspondance fiable.",
          dataHeld: "Éducation nationale (UAI, CFD), INSEE (SIRET), France compétences (RNCP).",
          target:
            "Une gouvernance distribuée fondée sur la transparence des sources, l'interopérabilité, la subsidiarité et la responsabilité partagée.",
        },
      ],
    },
  },
  {
    slug: "aides-vie-quotidienne-stagiaires",
    state: "PUBLISHED",
    author: "sophie.garnier@transitionspro-idf.example.org",
    title: "Distinguer financement de la formation et aides à la vie quotidienne",
    summary:
      "Les aides à la vie quotidienne (mobilité, garde d'enfants, logement) sont souvent imbriquées dans les formulaires de financement de la formation : l'atelier Data EFOP veut distinguer clairement les deux.",
    irritants: ["formation-et-vie-quotidienne-melangees"],
    dataItems: ["offre-formation-cpf"],
    content: {
      context:
        "Réflexion annoncée par l'atelier du groupe Data EFOP du 23 septembre 2025 : « On confond parfois le financement de la formation et celui des frais de vie quotidienne (mobilité, garde d’enfants, logement). Il faut clarifier. »",
      problem:
        "Le financement de la formation et les aides à la vie quotidienne sont souvent imbriqués dans les formulaires : une même demande mêle le coût de la formation et les frais de mobilité, de garde d'enfants ou de logement.",
      ambition:
        "Distinguer clairement deux demandes, chacune avec ses seules données :\n\n1. **le financement de la formation** : l'action de formation, sa certification, sa durée et son prix ;\n2. **les aides à la vie quotidienne** : mobilité, garde d'enfants, logement.",
      targetPublic:
        "Les personnes qui demandent un financement de formation et ont besoin d'une aide pour leurs frais de vie quotidienne pendant la formation ; les financeurs qui instruisent ces demandes.",
      benefits:
        "Des formulaires où chaque aide ne demande que ce dont elle a besoin, et un financement de la formation instruit sans les pièces propres aux aides à la vie quotidienne.",
      actors: "Les financeurs réunis par l'atelier du 23 septembre 2025 : DGEFP, OPCO, Régions, Transitions Pro…",
      actorTypes: ["ETAT_DGEFP", "OPCO", "REGION", "TRANSITIONS_PRO"],
      solutions: [
        {
          name: "Étape 1 : engager la réflexion",
          targetDate: null,
          status: "PLANIFIEE",
          content:
            "Recenser, formulaire par formulaire, ce qui relève du financement de la formation et ce qui relève des aides à la vie quotidienne (mobilité, garde d'enfants, logement).",
        },
      ],
      paths: [
        {
          kind: "PARTICULIER",
          carriedBy: "La personne qui se forme.",
          askedToday:
            "Un même formulaire pour le financement de la formation et les frais de vie quotidienne : mobilité, garde d'enfants, logement.",
          dataHeld:
            "- **Financement de la formation** : l'action de formation du catalogue du CPF (certification, durée, prix, lieu), publiée en open data par la Caisse des Dépôts.\n- **Aides à la vie quotidienne** : mobilité, garde d'enfants, logement ; les données qu'elles demandent restent à établir par la réflexion du groupe.",
          target:
            "Deux demandes distinctes : la formation d'une part, chaque aide à la vie quotidienne d'autre part, avec ses seules données.",
        },
      ],
    },
  },
  {
    slug: "dossier-formation-partage-financeurs",
    state: "DRAFT",
    author: "julien.fabre@caissedesdepots.example.org",
    title: "Un dossier de formation partagé entre financeurs",
    summary:
      "S'appuyer sur Agora, le data hub de la formation professionnelle, pour que les financeurs d'un même parcours partagent les informations du dossier.",
    irritants: ["offre-de-formation-ressaisie"],
    dataItems: ["offre-formation-cpf"],
    content: {
      context:
        "Agora, mis en œuvre par la Caisse des Dépôts à la demande du ministère du Travail, centralise les données de la formation financée sur fonds publics ou mutualisés.",
      problem:
        "Quand plusieurs financeurs interviennent sur un même parcours, chacun recollecte les mêmes informations.",
      ambition: "Partager entre financeurs les informations d'un même dossier pour ne plus les redemander.",
      targetPublic: "Financeurs de la formation professionnelle et leurs usagers.",
      benefits: "Moins de ressaisie, une vision des entrées et sorties de formation.",
      actors: "Caisse des Dépôts, Régions, OPCO, France Travail, opérateurs du CEP.",
      actorTypes: ["CAISSE_DES_DEPOTS", "REGION", "OPCO", "FRANCE_TRAVAIL"],
      solutions: [],
      paths: [],
    },
  },
];
