"use server";
import { revalidatePath } from "next/cache";
import { memberActionClient } from "@/lib/action-client.ts";
import { markNotificationsRead, ZMarkNotificationsReadInput } from "./mark-notifications-read.ts";
import { updateEmailPreference, ZUpdateEmailPreferenceInput } from "./update-email-preference.ts";

export const markNotificationsReadAction = memberActionClient
  .metadata({ name: "markNotificationsRead" })
  .inputSchema(ZMarkNotificationsReadInput)
  .action(async ({ parsedInput, ctx }) => {
    await markNotificationsRead({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/notifications");
  });

export const updateEmailPreferenceAction = memberActionClient
  .metadata({ name: "updateEmailPreference" })
  .inputSchema(ZUpdateEmailPreferenceInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateEmailPreference({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/notifications");
  });
