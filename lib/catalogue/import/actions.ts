"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/action-client.ts";
import { previewCatalogueImport, ZPreviewCatalogueImportInput } from "./preview-catalogue-import.ts";
import { importCatalogue, ZImportCatalogueInput } from "./import-catalogue.ts";

export const previewCatalogueImportAction = actionClient
  .metadata({ name: "previewCatalogueImport" })
  .inputSchema(ZPreviewCatalogueImportInput)
  .action(async ({ parsedInput, ctx }) => previewCatalogueImport({ actor: ctx.actor, input: parsedInput }));

export const importCatalogueAction = actionClient
  .metadata({ name: "importCatalogue" })
  .inputSchema(ZImportCatalogueInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await importCatalogue({ actor: ctx.actor, input: parsedInput });
    revalidatePath(result.kind === "irritant" ? "/irritants" : "/donnees");
    revalidatePath("/priorisation");
    return result;
  });
