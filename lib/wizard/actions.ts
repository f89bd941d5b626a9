"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicActionClient, adminActionClient } from "@/lib/action-client.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { connectorConfigFromEnv } from "@/lib/connectors/connector-config.ts";
import { createPrefilledDossier } from "@/lib/connectors/demarches-simplifiees.ts";
import { signInWithSimulatedProvider } from "@/lib/connectors/simulated-sign-in.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { enforceClientRateLimit } from "@/lib/security/enforce-client-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import { prefillPath, ZPrefillPathInput } from "./prefill-path.ts";
import { recordWizardRun, ZRecordWizardRunInput } from "./record-wizard-run.ts";
import { buildDemarcheRequest } from "./build-demarche-request.ts";
import {
  demarcheSettings,
  getDemarcheMappings,
  saveDemarcheMapping,
  ZSaveDemarcheMappingInput,
} from "./demarche-mappings.ts";

const ZSignInInput = z.object({
  path: ZPathKind,
  personaKey: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9-]+$/),
});

/** The simulated FranceConnect / ProConnect sign-in: answers the identity the wizard keeps for the next steps. */
export const signInSimulatedAction = publicActionClient
  .metadata({ name: "signInSimulated" })
  .inputSchema(ZSignInInput)
  .action(async ({ parsedInput }) => {
    await enforceClientRateLimit(RATE_LIMITS.simulatedSignIn);
    return signInWithSimulatedProvider(connectorConfigFromEnv(appUrl()), parsedInput);
  });

export const prefillPathAction = publicActionClient
  .metadata({ name: "prefillPath" })
  .inputSchema(ZPrefillPathInput)
  .action(async ({ parsedInput }) => {
    // Anonymous, and each run calls several APIs.
    await enforceClientRateLimit(RATE_LIMITS.prefillPath);
    return prefillPath(parsedInput, connectorConfigFromEnv(appUrl()));
  });

export const recordWizardRunAction = publicActionClient
  .metadata({ name: "recordWizardRun" })
  .inputSchema(ZRecordWizardRunInput)
  .action(async ({ parsedInput, ctx }) => {
    // An anonymous write: bounded per client so that nobody can skew the statistics or fill the table.
    await enforceClientRateLimit(RATE_LIMITS.wizardRun);
    const run = await recordWizardRun({ actor: ctx.actor, input: parsedInput });
    return { id: run.id };
  });

const ZBuildRequestInput = z.object({
  path: ZPathKind,
  values: z.record(z.string().max(60), z.string().max(2_000)),
  send: z.boolean(),
});

/**
 * The request in démarches-simplifiées' format; sent, through its connector, only when DS_BASE_URL is configured and
 * asked for.
 */
export const buildDemarcheRequestAction = publicActionClient
  .metadata({ name: "buildDemarcheRequest" })
  .inputSchema(ZBuildRequestInput)
  .action(async ({ parsedInput }) => {
    const config = connectorConfigFromEnv(appUrl());
    const settings = demarcheSettings(parsedInput.path);
    const request = buildDemarcheRequest({
      config,
      settings,
      mapping: (await getDemarcheMappings())[parsedInput.path],
      values: parsedInput.values,
    });
    if (!parsedInput.send) return { ...request, dossierUrl: null };
    if (!request.configured)
      throw new ExpectedError(
        "CONFLICT",
        "Aucune adresse de démarches-simplifiées n'est configurée (DS_BASE_URL) : rien n'a été envoyé.",
      );
    // An anonymous hand-off that creates a file at démarches-simplifiées.
    await enforceClientRateLimit(RATE_LIMITS.demarcheSend);
    const created = await createPrefilledDossier(config, { demarcheId: settings.demarcheId, champs: request.body });
    return { ...request, dossierUrl: created.dossier_url };
  });

export const saveDemarcheMappingAction = adminActionClient
  .metadata({ name: "saveDemarcheMapping" })
  .inputSchema(ZSaveDemarcheMappingInput)
  .action(async ({ parsedInput, ctx }) => {
    await saveDemarcheMapping({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/demarches");
  });
