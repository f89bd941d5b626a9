"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/action-client.ts";
import { saveOrganisation, ZSaveOrganisationInput } from "./save-organisation.ts";

export const saveOrganisationAction = actionClient
  .metadata({ name: "saveOrganisation" })
  .inputSchema(ZSaveOrganisationInput)
  .action(async ({ parsedInput, ctx }) => {
    const organisation = await saveOrganisation({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/organisations");
    return { id: organisation.id };
  });
