import { z } from "zod";
import { ZPublicError, ZPublicUseCase, ZPublicUseCaseList } from "./use-case-schemas.ts";
import { ZPublicPriorityList } from "./priority-schemas.ts";
import { ZPostFeedbackBody } from "./post-feedback.ts";

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
const slugParameter = { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "Identifiant de la fiche (ex. formation-financee)." };

/** The OpenAPI 3.0 description of the public API, built from the same zod schemas that check every response. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.0.3",
    info: {
      title: "Atelier EFOP — API publique",
      version: "1.0.0",
      description: "Les fiches cas d'usage publiées par le groupe Data EFOP et les résultats de ses scrutins de priorisation. Sans authentification ; seules les versions publiées et les scrutins clos sont exposés, jamais un bulletin.",
      license: { name: "Licence Ouverte 2.0", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
    },
    servers: [{ url: `${serverUrl}/api/public/v1` }],
    paths: {
      "/use-cases": {
        get: { operationId: "listUseCases", summary: "Fiches publiées", responses: { "200": json("UseCaseList", "Les fiches publiées, les plus récentes d'abord.") } },
      },
      "/use-cases/{slug}": {
        get: {
          operationId: "getUseCase", summary: "Une fiche publiée, complète", parameters: [slugParameter],
          responses: { "200": json("UseCase", "La dernière version publiée de la fiche."), "404": notFound },
        },
      },
      "/use-cases/{slug}/markdown": {
        get: {
          operationId: "getUseCaseMarkdown", summary: "Une fiche publiée en Markdown", parameters: [slugParameter],
          responses: {
            "200": { description: "Markdown avec un en-tête YAML (description, updated, source).", content: { "text/markdown": { schema: { type: "string" } } } },
            "404": notFound,
          },
        },
      },
      "/use-cases/{slug}/feedback": {
        post: {
          operationId: "postFeedback", summary: "Envoyer un retour public sur une fiche publiée", parameters: [slugParameter],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/FeedbackInput" } } } },
          responses: {
            "201": { description: "Retour enregistré, publié après modération.", content: { "application/json": { schema: { type: "object", properties: { status: { type: "string", enum: ["pending"] }, message: { type: "string" } }, required: ["status", "message"] } } } },
            "400": json("Error", "Corps invalide (message en français)."),
            "403": json("Error", "Requête d'un navigateur depuis un autre site."),
            "404": notFound,
            "413": json("Error", "Corps de plus de 16 Ko."),
            "429": { ...json("Error", "Cinq retours par heure et par adresse : réessayer après le délai indiqué."), headers: { "Retry-After": { schema: { type: "integer" }, description: "Secondes avant le prochain retour accepté." } } },
          },
        },
      },
      "/priorities": {
        get: {
          operationId: "listPriorities", summary: "Résultats des scrutins de priorisation clos",
          responses: { "200": json("PriorityList", "Les scrutins clos, les plus récents d'abord : classement, participation et résultats par type d'organisation, sans aucun bulletin individuel. Secret du vote : un type d'organisation n'est détaillé qu'à partir de `minimumGroupSize` votants (3 par défaut) ; les plus petits sont regroupés dans « Autres », publié seulement s'il atteint lui-même ce minimum. Un scrutin du contenu de démonstration porte `demonstration: true` : ses votes sont fictifs.") },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
