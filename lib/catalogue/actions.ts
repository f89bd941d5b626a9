"use server";
import { revalidatePath } from "next/cache";
import { memberActionClient, adminActionClient } from "@/lib/action-client.ts";
import { saveIrritant, ZSaveIrritantInput } from "./save-irritant.ts";
import { saveDataItem, ZSaveDataItemInput } from "./save-data-item.ts";
import { savePublicApi, ZSavePublicApiInput } from "./save-public-api.ts";
import { saveFundingScheme, ZSaveFundingSchemeInput } from "./save-funding-scheme.ts";
import { mergeIrritants, ZMergeIrritantsInput } from "./merge-irritants.ts";
import { flattenWithPaths } from "./validation-paths.ts";
import { retireCatalogueEntry, ZRetireCatalogueEntryInput, type TCatalogueKind } from "./retire-catalogue-entry.ts";
import { invalidatePublicReads } from "@/lib/sheets/public-read-cache.ts";
import { setApiUsage, ZSetApiUsageInput } from "./set-api-usage.ts";
import { previewCatalogueImport, ZPreviewCatalogueImportInput } from "./import/preview-catalogue-import.ts";
import { importCatalogue, ZImportCatalogueInput } from "./import/import-catalogue.ts";

const CATALOGUE_PATHS: Record<TCatalogueKind, string> = {
  irritant: "/irritants",
  "data-item": "/donnees",
  "public-api": "/api-publiques",
  "funding-scheme": "/dispositifs",
};

const refresh = (kind: TCatalogueKind, slug: string) => {
  revalidatePath(CATALOGUE_PATHS[kind]);
  revalidatePath(`${CATALOGUE_PATHS[kind]}/${slug}`);
  revalidatePath("/priorisation");
};

/**
 * After a committed change of the catalogue: its pages, and the guide and open-data files here and on every instance.
 */
const refreshCatalogue = async (kind: TCatalogueKind, slug: string) => {
  refresh(kind, slug);
  await invalidatePublicReads();
};

export const saveIrritantAction = memberActionClient
  .metadata({ name: "saveIrritant" })
  .inputSchema(ZSaveIrritantInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await saveIrritant({ actor: ctx.actor, input: parsedInput });
    await refreshCatalogue("irritant", slug);
    return { slug };
  });

export const saveDataItemAction = memberActionClient
  .metadata({ name: "saveDataItem" })
  .inputSchema(ZSaveDataItemInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await saveDataItem({ actor: ctx.actor, input: parsedInput });
    await refreshCatalogue("data-item", slug);
    return { slug };
  });

export const savePublicApiAction = memberActionClient
  .metadata({ name: "savePublicApi" })
  .inputSchema(ZSavePublicApiInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await savePublicApi({ actor: ctx.actor, input: parsedInput });
    await refreshCatalogue("public-api", slug);
    return { slug };
  });

export const saveFundingSchemeAction = memberActionClient
  .metadata({ name: "saveFundingScheme" })
  .inputSchema(ZSaveFundingSchemeInput, { handleValidationErrorsShape: async (errors) => flattenWithPaths(errors) })
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await saveFundingScheme({ actor: ctx.actor, input: parsedInput });
    await refreshCatalogue("funding-scheme", slug);
    return { slug };
  });

export const retireCatalogueEntryAction = adminActionClient
  .metadata({ name: "retireCatalogueEntry" })
  .inputSchema(ZRetireCatalogueEntryInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await retireCatalogueEntry({ actor: ctx.actor, input: parsedInput });
    await refreshCatalogue(parsedInput.kind, slug);
    return { slug };
  });

export const mergeIrritantsAction = adminActionClient
  .metadata({ name: "mergeIrritants" })
  .inputSchema(ZMergeIrritantsInput)
  .action(async ({ parsedInput, ctx }) => {
    const { keptSlug, duplicateSlug } = await mergeIrritants({ actor: ctx.actor, input: parsedInput });
    await refreshCatalogue("irritant", keptSlug);
    refresh("irritant", duplicateSlug);
    return { slug: keptSlug };
  });

export const setApiUsageAction = memberActionClient
  .metadata({ name: "setApiUsage" })
  .inputSchema(ZSetApiUsageInput)
  .action(async ({ parsedInput, ctx }) => {
    const { publicApi, changed } = await setApiUsage({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/api-publiques/usages");
    revalidatePath(`/api-publiques/${publicApi}`);
    return { changed };
  });

export const previewCatalogueImportAction = memberActionClient
  .metadata({ name: "previewCatalogueImport" })
  .inputSchema(ZPreviewCatalogueImportInput)
  .action(async ({ parsedInput, ctx }) => previewCatalogueImport({ actor: ctx.actor, input: parsedInput }));

export const importCatalogueAction = memberActionClient
  .metadata({ name: "importCatalogue" })
  .inputSchema(ZImportCatalogueInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await importCatalogue({ actor: ctx.actor, input: parsedInput });
    revalidatePath(CATALOGUE_PATHS[result.kind]);
    revalidatePath("/priorisation");
    await invalidatePublicReads();
    return result;
  });
