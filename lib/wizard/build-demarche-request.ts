import type { TConnectorConfig } from "@/lib/connectors/connector-config.ts";
import { endpointUrl, ENDPOINTS } from "@/lib/connectors/endpoints.ts";
import { buildDemarchePrefill, type TDemarcheMapping } from "./demarche-prefill.ts";

/** Shown when no instance is configured: the public one, where the démarches would live. */
export const PUBLIC_DEMARCHES_SIMPLIFIEES_URL = "https://www.demarches-simplifiees.fr";

/**
 * The démarches-simplifiées request of a validated demo file: the `/commencer`
 * pre-fill address, the JSON body, and the endpoint the connector would POST it
 * to, built from the same template as the call itself (endpoints.ts).
 */
export function buildDemarcheRequest({
  config,
  settings,
  mapping,
  values,
}: {
  config: Pick<TConnectorConfig, "demarchesSimplifiees">;
  settings: { slug: string; demarcheId: string };
  mapping: TDemarcheMapping;
  values: Record<string, string>;
}) {
  const baseUrl = config.demarchesSimplifiees.baseUrl ?? PUBLIC_DEMARCHES_SIMPLIFIEES_URL;
  const prefill = buildDemarchePrefill({ baseUrl, slug: settings.slug, mapping, values });
  const endpoint = `${ENDPOINTS.createPrefilledDossier.method} ${endpointUrl(baseUrl, "createPrefilledDossier", { demarche: settings.demarcheId })}`;
  return { ...prefill, endpoint, configured: config.demarchesSimplifiees.baseUrl !== null };
}
