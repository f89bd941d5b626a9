"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { publicActionClient, memberActionClient, adminActionClient } from "@/lib/action-client.ts";
import { authSecret } from "@/lib/config/app-config.ts";
import { clientKey } from "@/lib/security/client-address.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { createSheet, ZCreateSheetInput } from "./create-sheet.ts";
import { saveSheet, ZSaveSheetInput } from "./save-sheet.ts";
import { restoreRevision, ZRestoreRevisionInput } from "./restore-revision.ts";
import { requestReview } from "./request-review.ts";
import { reviewSheet, ZReviewSheetInput } from "./review-sheet.ts";
import { publishSheet } from "./publish-sheet.ts";
import { archiveSheet, ZArchiveSheetInput } from "./archive-sheet.ts";
import { ZSheetTransitionInput } from "./sheet-transition.ts";
import { hashSender, sendFeedback, ZSendFeedbackInput } from "./send-feedback.ts";
import { moderateFeedback, ZModerateFeedbackInput } from "./moderate-feedback.ts";

const refresh = (slug: string) => {
  revalidatePath(`/fiches/${slug}`);
  revalidatePath(`/cas-usage/${slug}`);
  revalidatePath("/cas-usage");
};

export const createSheetAction = memberActionClient
  .metadata({ name: "createSheet" })
  .inputSchema(ZCreateSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const useCase = await createSheet({ actor: ctx.actor, input: parsedInput });
    return { slug: useCase.slug };
  });

export const saveSheetAction = memberActionClient
  .metadata({ name: "saveSheet" })
  .inputSchema(ZSaveSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const { revision, slug } = await saveSheet({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
    return { revisionId: revision.id, number: revision.number };
  });

export const restoreRevisionAction = memberActionClient
  .metadata({ name: "restoreRevision" })
  .inputSchema(ZRestoreRevisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const { revision, slug } = await restoreRevision({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
    return { number: revision.number };
  });

export const requestReviewAction = memberActionClient
  .metadata({ name: "requestReview" })
  .inputSchema(ZSheetTransitionInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, notified } = await requestReview({ actor: ctx.actor, input: parsedInput });
    await emailNotifications(notified);
    refresh(slug);
  });

export const reviewSheetAction = memberActionClient
  .metadata({ name: "reviewSheet" })
  .inputSchema(ZReviewSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, notified } = await reviewSheet({ actor: ctx.actor, input: parsedInput });
    await emailNotifications(notified);
    refresh(slug);
  });

export const publishSheetAction = memberActionClient
  .metadata({ name: "publishSheet" })
  .inputSchema(ZSheetTransitionInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, notified } = await publishSheet({ actor: ctx.actor, input: parsedInput });
    await emailNotifications(notified);
    refresh(slug);
  });

export const archiveSheetAction = adminActionClient
  .metadata({ name: "archiveSheet" })
  .inputSchema(ZArchiveSheetInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug, message } = await archiveSheet({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
    return { message };
  });

export const sendFeedbackAction = publicActionClient
  .metadata({ name: "sendFeedback" })
  .inputSchema(ZSendFeedbackInput)
  .action(async ({ parsedInput }) => {
    const { notified } = await sendFeedback({
      input: parsedInput,
      senderHash: hashSender(clientKey(await headers()), authSecret()),
    });
    await emailNotifications(notified);
  });

export const moderateFeedbackAction = adminActionClient
  .metadata({ name: "moderateFeedback" })
  .inputSchema(ZModerateFeedbackInput)
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await moderateFeedback({ actor: ctx.actor, input: parsedInput });
    refresh(slug);
  });
