import { z } from "zod";
import { ZPublicError, ZPublicUseCase, ZPublicUseCaseList } from "./use-case-schemas.ts";
import { ZPublicPriorityList } from "./priority-schemas.ts";
import { ZPostFeedbackBody } from "./post-feedback.ts";
import { OPEN_DATA_RESOURCE_NAMES } from "@/lib/open-data/open-data-resources.ts";

const json = (id: string, description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${id}` } } },
});

/** Every schema registered with `.meta({ id })`, as OpenAPI components. */
function componentSchemas() {
  // Referencing the schemas makes sure they are registered before the registry is read.
  void [ZPublicError, ZPublicUseCase, ZPublicUseCaseList, ZPublicPriorityList, ZPostFeedbackBody];
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "openapi-3.0",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return schemas;
}
const notFound = json("Error", "Fiche inconnue ou non publiée.");
const resourceParameter = {
  name: "resource",
  in: "path",
  required: true,
  schema: { type: "string", enum: OPEN_DATA_RESOURCE_NAMES },
  description:
    "Ressource du catalogue : entrées (irritants, donnees, api, dispositifs, demandes) ou liens (demandes-donnees, irritants-donnees, irritants-dispositifs, scopes).",
};
const unknownFile = json("Error", "Aucun fichier de ce nom.");
const openDataFile = (
  operationId: string,
  summary: string,
  mediaType: string,
  description: string,
  schema: object,
) => ({
  get: {
    operationId,
    summary,
    parameters: [resourceParameter],
    responses: { "200": { description, content: { [mediaType]: { schema } } }, "404": unknownFile },
  },
});
const slugParameter = {
  name: "slug",
  in: "path",
  required: true,
  schema: { type: "string" },
  description: "Identifiant de la fiche (ex. formation-financee).",
};

/** The OpenAPI 3.0 description of the public API, built from the same zod schemas that check every response. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.0.3",
    info: {
      title: "Atelier EFOP — API publique",
      version: "1.0.0",
      description:
        "Les fiches cas d'usage publiées par le groupe Data EFOP, les résultats de ses scrutins de priorisation, le guide des bonnes pratiques et des bonnes données et le catalogue en données ouvertes. Sans authentification ; seules les versions publiées, les scrutins clos et les entrées en vigueur du catalogue sont exposés, jamais un bulletin ni une donnée personnelle.",
      license: { name: "Licence Ouverte 2.0", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
    },
    servers: [{ url: `${serverUrl}/api/public/v1` }],
    paths: {
      "/use-cases": {
        get: {
          operationId: "listUseCases",
          summary: "Fiches publiées",
          responses: { "200": json("UseCaseList", "Les fiches publiées, les plus récentes d'abord.") },
        },
      },
      "/use-cases/{slug}": {
        get: {
          operationId: "getUseCase",
          summary: "Une fiche publiée, complète",
          parameters: [slugParameter],
          responses: { "200": json("UseCase", "La dernière version publiée de la fiche."), "404": notFound },
        },
      },
      "/use-cases/{slug}/markdown": {
        get: {
          operationId: "getUseCaseMarkdown",
          summary: "Une fiche publiée en Markdown",
          parameters: [slugParameter],
          responses: {
            "200": {
              description: "Markdown avec un en-tête YAML (description, updated, source).",
              content: { "text/markdown": { schema: { type: "string" } } },
            },
            "404": notFound,
          },
        },
      },
      "/use-cases/{slug}/feedback": {
        post: {
          operationId: "postFeedback",
          summary: "Envoyer un retour public sur une fiche publiée",
          parameters: [slugParameter],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/FeedbackInput" } } },
          },
          responses: {
            "201": {
              description: "Retour enregistré, publié après modération.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { status: { type: "string", enum: ["pending"] }, message: { type: "string" } },
                    required: ["status", "message"],
                  },
                },
              },
            },
            "400": json("Error", "Corps invalide (message en français)."),
            "403": json("Error", "Requête d'un navigateur depuis un autre site."),
            "404": notFound,
            "413": json("Error", "Corps de plus de 16 Ko."),
            "429": {
              ...json("Error", "Cinq retours par heure et par adresse : réessayer après le délai indiqué."),
              headers: {
                "Retry-After": {
                  schema: { type: "integer" },
                  description: "Secondes avant le prochain retour accepté.",
                },
              },
            },
          },
        },
      },
      "/priorities": {
        get: {
          operationId: "listPriorities",
          summary: "Résultats des scrutins de priorisation clos",
          responses: {
            "200": json(
              "PriorityList",
              "Les scrutins clos, les plus récents d'abord : classement, participation et résultats par type d'organisation, sans aucun bulletin individuel. Secret du vote : un type d'organisation n'est détaillé qu'à partir de `minimumGroupSize` votants (3 par défaut) ; les plus petits sont regroupés dans « Autres », publié seulement s'il atteint lui-même ce minimum. Un scrutin du contenu de démonstration porte `demonstration: true` : ses votes sont fictifs.",
            ),
          },
        },
      },
      "/guide/markdown": {
        get: {
          operationId: "getGuideMarkdown",
          summary: "Le guide des bonnes pratiques et des bonnes données, en Markdown",
          responses: {
            "200": {
              description:
                "Markdown (GFM) généré du catalogue : par dispositif et par parcours, les demandes, les données qui les remplaceraient, l'API, l'habilitation, les scopes et la disponibilité ; version et dates en tête. Téléchargement (Content-Disposition: attachment).",
              content: { "text/markdown": { schema: { type: "string" } } },
            },
          },
        },
      },
      "/open-data/datapackage.json": {
        get: {
          operationId: "getOpenDataPackage",
          summary: "Description (Data Package) des données ouvertes du catalogue",
          responses: {
            "200": {
              description:
                "Data Package (frictionless, profil tabular-data-package) : chaque ressource en CSV et en JSON avec son schéma Table Schema, la licence (Licence Ouverte 2.0), la version et la date de mise à jour.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["name", "resources", "licenses", "version"],
                    properties: {
                      name: { type: "string" },
                      version: { type: "string" },
                      resources: { type: "array", items: { type: "object" } },
                      licenses: { type: "array", items: { type: "object" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      "/open-data/{resource}.csv": openDataFile(
        "getOpenDataCsv",
        "Une ressource du catalogue en CSV",
        "text/csv",
        "CSV UTF-8 avec BOM, séparateur « ; », CRLF ; en-tête = noms des champs du schéma ; un texte commençant par =, +, -, @, une tabulation ou un retour chariot reçoit une apostrophe en tête (injection de formules).",
        { type: "string" },
      ),
      "/open-data/{resource}.json": openDataFile(
        "getOpenDataJson",
        "Une ressource du catalogue en JSON",
        "application/json",
        "Tableau JSON d'objets dont les clés sont les champs du schéma ; une valeur absente vaut null.",
        { type: "array", items: { type: "object" } },
      ),
      "/open-data/{resource}.schema.json": openDataFile(
        "getOpenDataSchema",
        "Le schéma Table Schema d'une ressource",
        "application/json",
        "Schéma Table Schema (format de schema.data.gouv.fr) : champs avec type, format, contraintes, titre et description en français, clé primaire et clés étrangères.",
        { type: "object", required: ["fields"], properties: { fields: { type: "array", items: { type: "object" } } } },
      ),
    },
    components: { schemas: componentSchemas() },
  };
}
