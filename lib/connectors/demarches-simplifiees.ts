// démarches-simplifiées' public pre-fill API: one POST creates a pre-filled
// file and answers its address (with a prefill_token) for the person to finish.
import { z } from "zod";
import { callApi } from "./http.ts";
import type { TConnectorConfig } from "./connector-config.ts";
import { ConnectorError } from "./connector-error.ts";

export const ZPrefilledDossier = z.object({
  dossier_url: z.url(),
  dossier_id: z.string().optional(),
  dossier_number: z.number().optional(),
});
export type TPrefilledDossier = z.infer<typeof ZPrefilledDossier>;

const SOURCE = "démarches-simplifiées";

/**
 * Retried only where the file was surely not created (429, 503 and gateway
 * errors); a retry after an ambiguous 500 could leave a second pre-filled file.
 */
export async function createPrefilledDossier(
  config: TConnectorConfig,
  { demarcheId, champs }: { demarcheId: string; champs: Record<string, string> },
): Promise<TPrefilledDossier> {
  const baseUrl = config.demarchesSimplifiees.baseUrl;
  if (!baseUrl)
    throw new ConnectorError(
      "UNAVAILABLE",
      SOURCE,
      "Aucune adresse de démarches-simplifiées n'est configurée (DS_BASE_URL) : rien n'a été envoyé.",
    );
  return callApi(
    config,
    {
      source: SOURCE,
      endpoint: "createPrefilledDossier",
      baseUrl,
      pathParameters: { demarche: demarcheId },
      json: champs,
      retryStatusCodes: [429, 502, 503, 504],
      messages: {
        UNAVAILABLE:
          "démarches-simplifiées n'a pas accepté la demande pour le moment : réessayez plus tard, rien n'a été perdu.",
        INVALID:
          "démarches-simplifiées a refusé des champs de la demande : vérifiez la correspondance des champs (Administration › Démarches).",
        NOT_FOUND: "démarches-simplifiées ne connaît pas cette démarche : vérifiez son numéro (DS_DEMARCHE_ID_…).",
      },
    },
    ZPrefilledDossier,
  );
}
