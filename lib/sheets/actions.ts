"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { actionClient, requireActor } from "@/lib/action-client.ts";
import { authSecret } from "@/lib/config/app-config.ts";
import { clientKey } from "@/lib/security/client-address.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { createSheet, ZCreateSheetInput } from "./create-sheet.ts";
import { saveSheet, ZSaveSheetInput } from "./save-sheet.ts";
import { restoreRevision, ZRestoreRevisionInput } from "./restore-revision.ts";
import { archiveSheet, publishSheet, requestReview, reviewSheet, ZArchiveSheetInput, ZReviewSheetInput, ZSheetTransitionInput } from "./change-sheet-state.ts";
import { hashSender, sendFeedback, ZSendFeedbackInput } from "./send-feedback.ts";
import { moderateFeedback, ZModerateFeedbackInput } from "./moderate-feedback.ts";
import { getLatestRevision, ZGetLatestRevisionInput } from "./get-latest-revision.ts";

const refresh = (slug: string) => {
  revalidatePath(`/fiches/${slug}`);
  revalidatePath(`/cas-usage/${slug}`);
  revalidatePath("/cas-usage");
};

export const createSheetAction = actionClient
  .metadata({ name: "createSheet" })
  .inputSchema(ZCreateSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const useCase = await createSheet({ actor: requireActor(ctx.actor), input: parsedInput });
    return { slug: useCase.slug };
  });

export const saveSheetAction = actionClient
  .metadata({ name: "saveSheet" })
  .inputSchema(ZSaveSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const { revision, slug } = await saveSheet({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
    return { revisionId: revision.id, number: revision.number };
  });

export const getLatestRevisionAction = actionClient
  .metadata({ name: "getLatestRevision" })
  .inputSchema(ZGetLatestRevisionInput)
  .action(async ({ parsedInput, ctx }) => getLatestRevision({ actor: ctx.actor, input: parsedInput }));

export const restoreRevisionAction = actionClient
  .metadata({ name: "restoreRevision" })
  .inputSchema(ZRestoreRevisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const { revision, slug } = await restoreRevision({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
    return { number: revision.number };
  });

export const requestReviewAction = actionClient
  .metadata({ name: "requestReview" })
  .inputSchema(ZSheetTransitionInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, notified } = await requestReview({ actor: ctx.actor, input: parsedInput });
    await emailNotifications(notified);
    refresh(slug);
  });

export const reviewSheetAction = actionClient
  .metadata({ name: "reviewSheet" })
  .inputSchema(ZReviewSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, notified } = await reviewSheet({ actor: ctx.actor, input: parsedInput });
    await emailNotifications(notified);
    refresh(slug);
  });

export const publishSheetAction = actionClient
  .metadata({ name: "publishSheet" })
  .inputSchema(ZSheetTransitionInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, notified } = await publishSheet({ actor: ctx.actor, input: parsedInput });
    await emailNotifications(notified);
    refresh(slug);
  });

export const archiveSheetAction = actionClient
  .metadata({ name: "archiveSheet" })
  .inputSchema(ZArchiveSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, message } = await archiveSheet({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
    return { message };
  });

export const sendFeedbackAction = actionClient
  .metadata({ name: "sendFeedback" })
  .inputSchema(ZSendFeedbackInput)
  .action(async ({ parsedInput }) => {
    const { notified } = await sendFeedback({ input: parsedInput, senderHash: hashSender(clientKey(await headers()), authSecret()) });
    await emailNotifications(notified);
  });

export const moderateFeedbackAction = actionClient
  .metadata({ name: "moderateFeedback" })
  .inputSchema(ZModerateFeedbackInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await moderateFeedback({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
  });
