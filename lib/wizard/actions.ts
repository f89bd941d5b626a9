"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/lib/action-client.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { connectorConfigFromEnv } from "@/lib/connectors/connector-config.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { enforceClientRateLimit } from "@/lib/security/enforce-client-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { prefillPath, ZPrefillPathInput } from "./prefill-path.ts";
import { recordWizardRun, ZRecordWizardRunInput } from "./record-wizard-run.ts";
import { buildDemarchePrefill } from "./demarche-prefill.ts";
import { demarcheSettings, getDemarcheMappings, saveDemarcheMapping, ZSaveDemarcheMappingInput } from "./demarche-mappings.ts";

export const prefillPathAction = actionClient
  .metadata({ name: "prefillPath" })
  .inputSchema(ZPrefillPathInput)
  .action(async ({ parsedInput }) => {
    // Anonymous, and each run calls several APIs.
    await enforceClientRateLimit(RATE_LIMITS.prefillPath);
    return prefillPath(parsedInput, connectorConfigFromEnv(appUrl()));
  });

export const recordWizardRunAction = actionClient
  .metadata({ name: "recordWizardRun" })
  .inputSchema(ZRecordWizardRunInput)
  .action(async ({ parsedInput, ctx }) => {
    // An anonymous write: bounded per client so that nobody can skew the statistics or fill the table.
    await enforceClientRateLimit(RATE_LIMITS.wizardRun);
    const run = await recordWizardRun({ actor: ctx.actor, input: parsedInput });
    return { id: run.id };
  });

const ZBuildRequestInput = z.object({ path: ZPrefillPathInput.shape.path, values: z.record(z.string().max(60), z.string().max(2_000)), send: z.boolean() });

/** The request in démarches-simplifiées' format; sent only when DS_BASE_URL is configured and asked for. */
export const buildDemarcheRequestAction = actionClient
  .metadata({ name: "buildDemarcheRequest" })
  .inputSchema(ZBuildRequestInput)
  .action(async ({ parsedInput }) => {
    const settings = demarcheSettings(parsedInput.path);
    const mapping = (await getDemarcheMappings())[parsedInput.path];
    const prefill = buildDemarchePrefill({ baseUrl: settings.displayBaseUrl, slug: settings.slug, mapping, values: parsedInput.values });
    const endpoint = `${settings.displayBaseUrl}/api/public/v1/demarches/${settings.demarcheId}/dossiers`;
    if (!parsedInput.send) return { ...prefill, endpoint, configured: Boolean(settings.baseUrl), dossierUrl: null };
    if (!settings.baseUrl) throw new ExpectedError("CONFLICT", "Aucune adresse de démarches-simplifiées n'est configurée (DS_BASE_URL) : rien n'a été envoyé.");
    // An anonymous hand-off that creates a file at démarches-simplifiées.
    await enforceClientRateLimit(RATE_LIMITS.demarcheSend);
    const response = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(prefill.body), signal: AbortSignal.timeout(10_000) }).catch(() => null);
    if (!response?.ok) throw new ExpectedError("CONFLICT", "démarches-simplifiées n'a pas accepté la demande : réessayez plus tard.");
    const created = (await response.json()) as { dossier_url?: string };
    return { ...prefill, endpoint, configured: true, dossierUrl: created.dossier_url ?? null };
  });

export const saveDemarcheMappingAction = actionClient
  .metadata({ name: "saveDemarcheMapping" })
  .inputSchema(ZSaveDemarcheMappingInput)
  .action(async ({ parsedInput, ctx }) => {
    await saveDemarcheMapping({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/demarches");
  });
