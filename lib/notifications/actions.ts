"use server";
import { revalidatePath } from "next/cache";
import { actionClient, requireActor } from "@/lib/action-client.ts";
import { markNotificationsRead, ZMarkNotificationsReadInput } from "./mark-notifications-read.ts";
import { updateEmailPreference, ZUpdateEmailPreferenceInput } from "./update-email-preference.ts";

export const markNotificationsReadAction = actionClient
  .metadata({ name: "markNotificationsRead" })
  .inputSchema(ZMarkNotificationsReadInput)
  .action(async ({ parsedInput, ctx }) => {
    await markNotificationsRead({ actor: requireActor(ctx.actor), input: parsedInput });
    revalidatePath("/notifications");
  });

export const updateEmailPreferenceAction = actionClient
  .metadata({ name: "updateEmailPreference" })
  .inputSchema(ZUpdateEmailPreferenceInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateEmailPreference({ actor: requireActor(ctx.actor), input: parsedInput });
    revalidatePath("/notifications");
  });
