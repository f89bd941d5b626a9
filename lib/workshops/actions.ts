"use server";
import { revalidatePath } from "next/cache";
import { memberActionClient, adminActionClient } from "@/lib/action-client.ts";
import { createWorkshop, ZCreateWorkshopInput } from "./create-workshop.ts";
import { openWorkshop, ZWorkshopIdInput } from "./open-workshop.ts";
import { goToWorkshopStep, ZGoToWorkshopStepInput } from "./go-to-workshop-step.ts";
import { toggleWorkshopTimer, ZToggleWorkshopTimerInput } from "./toggle-workshop-timer.ts";
import { joinWorkshop, ZJoinWorkshopInput } from "./join-workshop.ts";
import { postWorkshopNote, ZPostWorkshopNoteInput } from "./post-workshop-note.ts";
import { groupWorkshopNote, ZGroupWorkshopNoteInput } from "./group-workshop-note.ts";
import { invalidatePublicReads } from "@/lib/sheets/public-read-cache.ts";
import { convertWorkshopNote, ZConvertWorkshopNoteInput } from "./convert-workshop-note.ts";
import { openWorkshopVote, ZOpenWorkshopVoteInput } from "./open-workshop-vote.ts";
import { revealWorkshopResults, ZRevealWorkshopResultsInput } from "./reveal-workshop-results.ts";
import { recordWorkshopItem, ZRecordWorkshopItemInput } from "./record-workshop-item.ts";
import { closeWorkshop, ZCloseWorkshopInput } from "./close-workshop.ts";

export const createWorkshopAction = adminActionClient
  .metadata({ name: "createWorkshop" })
  .inputSchema(ZCreateWorkshopInput)
  .action(async ({ parsedInput, ctx }) => {
    const workshop = await createWorkshop({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/ateliers");
    return workshop;
  });

export const openWorkshopAction = adminActionClient
  .metadata({ name: "openWorkshop" })
  .inputSchema(ZWorkshopIdInput)
  .action(async ({ parsedInput, ctx }) => {
    await openWorkshop({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/ateliers");
  });

export const goToWorkshopStepAction = adminActionClient
  .metadata({ name: "goToWorkshopStep" })
  .inputSchema(ZGoToWorkshopStepInput)
  .action(async ({ parsedInput, ctx }) => goToWorkshopStep({ actor: ctx.actor, input: parsedInput }));

export const toggleWorkshopTimerAction = adminActionClient
  .metadata({ name: "toggleWorkshopTimer" })
  .inputSchema(ZToggleWorkshopTimerInput)
  .action(async ({ parsedInput, ctx }) => toggleWorkshopTimer({ actor: ctx.actor, input: parsedInput }));

export const joinWorkshopAction = memberActionClient
  .metadata({ name: "joinWorkshop" })
  .inputSchema(ZJoinWorkshopInput)
  .action(async ({ parsedInput, ctx }) => joinWorkshop({ actor: ctx.actor, input: parsedInput }));

export const postWorkshopNoteAction = memberActionClient
  .metadata({ name: "postWorkshopNote" })
  .inputSchema(ZPostWorkshopNoteInput)
  .action(async ({ parsedInput, ctx }) => {
    const note = await postWorkshopNote({ actor: ctx.actor, input: parsedInput });
    return { id: note.id };
  });

export const groupWorkshopNoteAction = adminActionClient
  .metadata({ name: "groupWorkshopNote" })
  .inputSchema(ZGroupWorkshopNoteInput)
  .action(async ({ parsedInput, ctx }) => groupWorkshopNote({ actor: ctx.actor, input: parsedInput }));

export const convertWorkshopNoteAction = adminActionClient
  .metadata({ name: "convertWorkshopNote" })
  .inputSchema(ZConvertWorkshopNoteInput)
  .action(async ({ parsedInput, ctx }) => {
    const irritant = await convertWorkshopNote({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/irritants");
    revalidatePath("/priorisation");
    // A new irritant is in the guide and the open data, on every instance.
    await invalidatePublicReads();
    return irritant;
  });

export const openWorkshopVoteAction = adminActionClient
  .metadata({ name: "openWorkshopVote" })
  .inputSchema(ZOpenWorkshopVoteInput)
  .action(async ({ parsedInput, ctx }) => openWorkshopVote({ actor: ctx.actor, input: parsedInput }));

export const revealWorkshopResultsAction = adminActionClient
  .metadata({ name: "revealWorkshopResults" })
  .inputSchema(ZRevealWorkshopResultsInput)
  .action(async ({ parsedInput, ctx }) => revealWorkshopResults({ actor: ctx.actor, input: parsedInput }));

export const recordWorkshopItemAction = adminActionClient
  .metadata({ name: "recordWorkshopItem" })
  .inputSchema(ZRecordWorkshopItemInput)
  .action(async ({ parsedInput, ctx }) => recordWorkshopItem({ actor: ctx.actor, input: parsedInput }));

export const closeWorkshopAction = adminActionClient
  .metadata({ name: "closeWorkshop" })
  .inputSchema(ZCloseWorkshopInput)
  .action(async ({ parsedInput, ctx }) => {
    await closeWorkshop({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/ateliers");
  });
