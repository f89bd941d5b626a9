"use server";
import { revalidatePath } from "next/cache";
import { memberActionClient } from "@/lib/action-client.ts";
import { markNotificationsRead, ZMarkNotificationsReadInput } from "./mark-notifications-read.ts";

export const markNotificationsReadAction = memberActionClient
  .metadata({ name: "markNotificationsRead" })
  .inputSchema(ZMarkNotificationsReadInput)
  .action(async ({ parsedInput, ctx }) => {
    await markNotificationsRead({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/notifications");
  });
