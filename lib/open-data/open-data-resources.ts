import { AVAILABILITIES, HABILITATION_KINDS, IRRITANT_CATEGORIES } from "@/lib/catalogue/labels.ts";
import { REQUIREMENT_KINDS } from "@/lib/catalogue/save-funding-scheme.ts";
import { PATH_KINDS } from "@/lib/sheets/sheet-content.ts";

/**
 * The open-data resources of the catalogue, each described by a Table Schema
 * (frictionless v1, the format of schema.data.gouv.fr): field names, types,
 * formats and constraints, French titles and descriptions, primary and foreign
 * keys. The same definitions produce the published `*.schema.json`, the CSV
 * header and the JSON keys, so the three cannot drift apart.
 */
export type TTableSchemaField = {
  name: string;
  type: "string" | "integer" | "boolean" | "date" | "datetime" | "array";
  format?: "default" | "uri";
  title: string;
  description: string;
  example?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
  };
};
export type TForeignKey = { fields: string[]; reference: { resource: string; fields: string[] } };
export type TOpenDataResource = {
  name: string;
  title: string;
  description: string;
  fields: TTableSchemaField[];
  primaryKey: string[];
  foreignKeys?: TForeignKey[];
};
export type TOpenDataValue = string | number | boolean | string[] | null;
export type TOpenDataRow = Record<string, TOpenDataValue>;

/** Identifiers are the entries' addresses in the app (lib/slugify.ts: isSlug). */
const SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
const slugField = (name: string, title: string, description: string, required = true): TTableSchemaField => ({
  name,
  type: "string",
  title,
  description,
  example: "avis-imposition",
  constraints: { required, pattern: SLUG_PATTERN },
});
const identifier = (what: string, example: string): TTableSchemaField => ({
  ...slugField("identifiant", "Identifiant", `Identifiant stable ${what}, qui est aussi son adresse dans l'Atelier.`),
  example,
  constraints: { required: true, unique: true, pattern: SLUG_PATTERN },
});
const text = (name: string, title: string, description: string, required = true): TTableSchemaField => ({
  name,
  type: "string",
  title,
  description,
  ...(required ? { constraints: { required: true, minLength: 1 } } : {}),
});
const enumeration = (
  name: string,
  title: string,
  description: string,
  values: readonly string[],
  required = true,
): TTableSchemaField => ({
  name,
  type: "string",
  title,
  description,
  constraints: { required, enum: [...values] },
});
const paths: TTableSchemaField = {
  name: "parcours",
  type: "array",
  title: "Parcours",
  description: `Parcours concernés, tableau JSON de valeurs parmi ${PATH_KINDS.join(", ")} (demande portée par le particulier, l'employeur ou l'organisme de formation).`,
  example: '["PARTICULIER","EMPLOYEUR"]',
  constraints: { required: true },
};
const url = (description: string): TTableSchemaField => ({
  name: "url",
  type: "string",
  format: "uri",
  title: "Page dans l'Atelier",
  description,
  constraints: { required: true },
});
const updatedAt: TTableSchemaField = {
  name: "date_maj",
  type: "datetime",
  title: "Dernière mise à jour",
  description: "Date et heure de la dernière modification de l'entrée (UTC, ISO 8601).",
  constraints: { required: true },
};
const reference = (field: string, resource: string): TForeignKey => ({
  fields: [field],
  reference: { resource, fields: ["identifiant"] },
});

export const OPEN_DATA_RESOURCES: TOpenDataResource[] = [
  {
    name: "irritants",
    title: "Irritants",
    description:
      "Ce que l'on demande encore à l'usager alors qu'une administration le sait déjà, relevé par le groupe Data EFOP. Les irritants retirés ou fusionnés ne sont pas publiés.",
    fields: [
      identifier("de l'irritant", "avis-imposition-demande"),
      text("titre", "Titre", "Titre de l'irritant."),
      text("description", "Description", "Description de l'irritant (texte Markdown)."),
      enumeration(
        "categorie",
        "Catégorie",
        `Catégorie de l'irritant, parmi ${IRRITANT_CATEGORIES.join(", ")}.`,
        IRRITANT_CATEGORIES,
      ),
      paths,
      {
        name: "verbatims",
        type: "array",
        title: "Verbatims",
        description: "Citations anonymes recueillies en atelier, tableau JSON de textes.",
        constraints: { required: true },
      },
      {
        name: "date_creation",
        type: "datetime",
        title: "Date de création",
        description: "Date et heure du signalement (UTC, ISO 8601).",
        constraints: { required: true },
      },
      updatedAt,
      url("Adresse de la page de l'irritant."),
    ],
    primaryKey: ["identifiant"],
  },
  {
    name: "donnees",
    title: "Données",
    description:
      "Les données qui permettraient de ne plus demander une pièce ou une information, qui les détient et l'API qui les sert. Disponibilité et effort sont des estimations du groupe. Les données retirées ne sont pas publiées.",
    fields: [
      identifier("de la donnée", "revenu-fiscal-reference"),
      text("nom", "Nom", "Nom de la donnée."),
      text("definition", "Définition", "Ce que la donnée contient."),
      text("format", "Format", "Format de la donnée (ex. montant en euros, date), vide s'il n'est pas précisé.", false),
      text("detenteur", "Détenteur", "Administration ou organisme qui détient la donnée."),
      slugField(
        "api_identifiant",
        "API publique",
        "Identifiant de l'API publique qui sert la donnée (ressource api), vide si aucune.",
        false,
      ),
      text(
        "point_acces",
        "Point d'accès",
        "Point d'accès (endpoint) de l'API qui sert la donnée, vide s'il n'est pas précisé.",
        false,
      ),
      enumeration(
        "disponibilite",
        "Disponibilité",
        `Disponibilité de la donnée par API, estimation du groupe, parmi ${AVAILABILITIES.join(", ")}.`,
        AVAILABILITIES,
      ),
      {
        name: "effort",
        type: "integer",
        title: "Effort d'intégration",
        description: "Effort d'intégration estimé par le groupe, de 1 (très faible) à 5 (très important).",
        constraints: { required: true, minimum: 1, maximum: 5 },
      },
      paths,
      updatedAt,
      url("Adresse de la page de la donnée."),
    ],
    primaryKey: ["identifiant"],
    foreignKeys: [reference("api_identifiant", "api")],
  },
  {
    name: "api",
    title: "API publiques",
    description:
      "Les API publiques qui servent les données du catalogue, et ce qu'il faut à un financeur pour les utiliser : producteur, documentation, procédure d'habilitation, disponibilité avec sa source. Les API retirées ne sont pas publiées.",
    fields: [
      identifier("de l'API", "api-particulier"),
      text("nom", "Nom", "Nom de l'API."),
      text("producteur", "Producteur", "Administration ou organisme qui produit l'API."),
      text("description", "Description", "Ce que sert l'API."),
      {
        name: "url_documentation",
        type: "string",
        format: "uri",
        title: "Documentation",
        description: "Adresse de la documentation publique, vide si aucune n'est connue.",
      },
      {
        name: "hypothetique",
        type: "boolean",
        title: "Hypothétique",
        description:
          "true si aucune API de ce type n'existe encore (le démonstrateur montre seulement ce qu'elle changerait).",
        constraints: { required: true },
      },
      enumeration(
        "habilitation",
        "Procédure d'habilitation",
        `Procédure d'accès, parmi ${HABILITATION_KINDS.join(", ")} (DataPass, convention avec le producteur, accès libre, aucune tant que l'API n'existe pas), vide si non renseignée.`,
        HABILITATION_KINDS,
        false,
      ),
      {
        name: "url_habilitation",
        type: "string",
        format: "uri",
        title: "Lien de la procédure",
        description: "Adresse de la procédure d'habilitation, vide si non renseignée.",
      },
      text(
        "details_habilitation",
        "Précisions sur l'habilitation",
        "Précisions sur la procédure d'habilitation, vide si aucune.",
        false,
      ),
      enumeration(
        "disponibilite",
        "Disponibilité",
        `Disponibilité de l'API, parmi ${AVAILABILITIES.join(", ")}, vide si non renseignée.`,
        AVAILABILITIES,
        false,
      ),
      text(
        "disponibilite_source",
        "Source de la disponibilité",
        "Où la disponibilité a été vérifiée ; vide quand la disponibilité est une estimation du groupe.",
        false,
      ),
      {
        name: "disponibilite_verifiee_le",
        type: "date",
        title: "Disponibilité vérifiée le",
        description: "Date de vérification de la disponibilité à sa source (AAAA-MM-JJ), vide si inconnue.",
      },
      {
        name: "disponibilite_estimee",
        type: "boolean",
        title: "Disponibilité estimée",
        description: "true quand la disponibilité est une estimation du groupe (renseignée sans source).",
        constraints: { required: true },
      },
      updatedAt,
      url("Adresse de la page de l'API."),
    ],
    primaryKey: ["identifiant"],
  },
  {
    name: "dispositifs",
    title: "Dispositifs de financement",
    description:
      "Les dispositifs de financement de la formation (CPF, Transitions Pro, VAE, aides régionales…), qui les finance et d'où vient la liste de ce qu'ils demandent. Les dispositifs retirés ne sont pas publiés.",
    fields: [
      identifier("du dispositif", "cpf"),
      text("nom", "Nom", "Nom du dispositif."),
      text("description", "Description", "Description du dispositif."),
      text("operateur", "Financeur ou gestionnaire", "Qui finance ou gère le dispositif."),
      paths,
      text("source", "Source", "D'où vient la liste de ce que le dispositif demande (atelier, formulaire public…)."),
      updatedAt,
      url("Adresse de la page du dispositif."),
    ],
    primaryKey: ["identifiant"],
  },
  {
    name: "demandes",
    title: "Demandes des dispositifs",
    description:
      "Ce que chaque dispositif demande aujourd'hui, par parcours : pièces justificatives et informations saisies, dans l'ordre du dispositif.",
    fields: [
      {
        name: "identifiant",
        type: "string",
        title: "Identifiant",
        description:
          "Identifiant de la demande : identifiant du dispositif suivi de son rang dans le dispositif. Il change si les demandes du dispositif sont réordonnées.",
        example: "cpf-3",
        constraints: { required: true, unique: true, pattern: `${SLUG_PATTERN}-[0-9]+` },
      },
      slugField("dispositif_identifiant", "Dispositif", "Identifiant du dispositif (ressource dispositifs)."),
      enumeration(
        "parcours",
        "Parcours",
        `Parcours où la demande est faite, parmi ${PATH_KINDS.join(", ")}.`,
        PATH_KINDS,
      ),
      enumeration(
        "nature",
        "Nature",
        `${REQUIREMENT_KINDS.join(" (pièce justificative) ou ")} (information saisie).`,
        REQUIREMENT_KINDS,
      ),
      text("libelle", "Libellé", "Ce qui est demandé."),
      {
        name: "rang",
        type: "integer",
        title: "Rang",
        description: "Rang de la demande dans le dispositif, à partir de 1.",
        constraints: { required: true, minimum: 1 },
      },
    ],
    primaryKey: ["identifiant"],
    foreignKeys: [reference("dispositif_identifiant", "dispositifs")],
  },
  {
    name: "demandes-donnees",
    title: "Données qui remplaceraient chaque demande",
    description: "Lien entre une demande d'un dispositif et une donnée qui permettrait de ne plus la faire.",
    fields: [
      slugField("demande_identifiant", "Demande", "Identifiant de la demande (ressource demandes)."),
      slugField("donnee_identifiant", "Donnée", "Identifiant de la donnée qui la remplacerait (ressource donnees)."),
    ],
    primaryKey: ["demande_identifiant", "donnee_identifiant"],
    foreignKeys: [reference("demande_identifiant", "demandes"), reference("donnee_identifiant", "donnees")],
  },
  {
    name: "irritants-donnees",
    title: "Données qui lèveraient chaque irritant",
    description: "Lien entre un irritant et une donnée qui le lèverait.",
    fields: [
      slugField("irritant_identifiant", "Irritant", "Identifiant de l'irritant (ressource irritants)."),
      slugField("donnee_identifiant", "Donnée", "Identifiant de la donnée (ressource donnees)."),
    ],
    primaryKey: ["irritant_identifiant", "donnee_identifiant"],
    foreignKeys: [reference("irritant_identifiant", "irritants"), reference("donnee_identifiant", "donnees")],
  },
  {
    name: "irritants-dispositifs",
    title: "Dispositifs concernés par chaque irritant",
    description: "Lien entre un irritant et un dispositif de financement où il se produit.",
    fields: [
      slugField("irritant_identifiant", "Irritant", "Identifiant de l'irritant (ressource irritants)."),
      slugField("dispositif_identifiant", "Dispositif", "Identifiant du dispositif (ressource dispositifs)."),
    ],
    primaryKey: ["irritant_identifiant", "dispositif_identifiant"],
    foreignKeys: [reference("irritant_identifiant", "irritants"), reference("dispositif_identifiant", "dispositifs")],
  },
  {
    name: "scopes",
    title: "Scopes à demander par donnée",
    description:
      "Pour chaque donnée servie par une API, les scopes (droits) à demander dans l'habilitation de cette API.",
    fields: [
      slugField("donnee_identifiant", "Donnée", "Identifiant de la donnée (ressource donnees)."),
      slugField("api_identifiant", "API publique", "Identifiant de l'API qui sert la donnée (ressource api)."),
      text("scope", "Scope", "Nom du scope tel que l'API le nomme."),
    ],
    primaryKey: ["donnee_identifiant", "scope"],
    foreignKeys: [reference("donnee_identifiant", "donnees"), reference("api_identifiant", "api")],
  },
];

export const OPEN_DATA_RESOURCE_NAMES = OPEN_DATA_RESOURCES.map((resource) => resource.name);

/** The Table Schema descriptor published as `<name>.schema.json`. */
export function tableSchema(resource: TOpenDataResource) {
  return {
    $schema: "https://specs.frictionlessdata.io/schemas/table-schema.json",
    name: resource.name,
    title: resource.title,
    description: resource.description,
    licenses: [OPEN_DATA_LICENCE],
    fields: resource.fields,
    primaryKey: resource.primaryKey,
    ...(resource.foreignKeys ? { foreignKeys: resource.foreignKeys } : {}),
    missingValues: [""],
  };
}

/** Licence Ouverte 2.0 (Etalab), the licence of French public open data. */
export const OPEN_DATA_LICENCE = {
  name: "etalab-2.0",
  title: "Licence Ouverte / Open Licence version 2.0",
  path: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
};
