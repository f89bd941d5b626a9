"use server";
import { revalidatePath } from "next/cache";
import { adminActionClient } from "@/lib/action-client.ts";
import { saveOrganisation, ZSaveOrganisationInput } from "./save-organisation.ts";

export const saveOrganisationAction = adminActionClient
  .metadata({ name: "saveOrganisation" })
  .inputSchema(ZSaveOrganisationInput)
  .action(async ({ parsedInput, ctx }) => {
    const organisation = await saveOrganisation({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/organisations");
    return { id: organisation.id };
  });
