"use server";
import { memberActionClient, adminActionClient } from "@/lib/action-client.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { addComment, ZAddCommentInput } from "./add-comment.ts";
import { editComment, ZEditCommentInput } from "./edit-comment.ts";
import { deleteComment, ZDeleteCommentInput } from "./delete-comment.ts";
import { moderateComment, ZModerateCommentInput } from "./moderate-comment.ts";

// Threads are read through GET /api/comments/<kind>/<id>; these actions only change them.

export const addCommentAction = memberActionClient
  .metadata({ name: "addComment" })
  .inputSchema(ZAddCommentInput)
  .action(async ({ parsedInput, ctx }) => {
    const { commentId, notified } = await addComment({ actor: ctx.actor, input: parsedInput });
    // After the commit: a failed e-mail never undoes the comment.
    await emailNotifications(notified);
    return { commentId };
  });

export const editCommentAction = memberActionClient
  .metadata({ name: "editComment" })
  .inputSchema(ZEditCommentInput)
  .action(async ({ parsedInput, ctx }) => {
    const { notified } = await editComment({ actor: ctx.actor, input: parsedInput });
    await emailNotifications(notified);
    return { commentId: parsedInput.commentId };
  });

export const deleteCommentAction = memberActionClient
  .metadata({ name: "deleteComment" })
  .inputSchema(ZDeleteCommentInput)
  .action(async ({ parsedInput, ctx }) => {
    await deleteComment({ actor: ctx.actor, input: parsedInput });
    return { commentId: parsedInput.commentId };
  });

export const moderateCommentAction = adminActionClient
  .metadata({ name: "moderateComment" })
  .inputSchema(ZModerateCommentInput)
  .action(async ({ parsedInput, ctx }) => {
    await moderateComment({ actor: ctx.actor, input: parsedInput });
    return { commentId: parsedInput.commentId };
  });
