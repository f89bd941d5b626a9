"use server";
import { revalidatePath } from "next/cache";
import { memberActionClient, adminActionClient } from "@/lib/action-client.ts";
import { createRound, ZCreateRoundInput } from "./create-round.ts";
import { castVote, ZCastVoteInput } from "./cast-vote.ts";
import { closeRound, ZCloseRoundInput } from "./close-round.ts";
import { applyRoundResults, ZApplyRoundResultsInput } from "./apply-round-results.ts";

export const createRoundAction = adminActionClient
  .metadata({ name: "createRound" })
  .inputSchema(ZCreateRoundInput)
  .action(async ({ parsedInput, ctx }) => {
    const round = await createRound({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/priorisation/scrutins");
    return { id: round.id };
  });

export const castVoteAction = memberActionClient
  .metadata({ name: "castVote" })
  .inputSchema(ZCastVoteInput)
  .action(async ({ parsedInput, ctx }) => castVote({ actor: ctx.actor, input: parsedInput }));

export const closeRoundAction = adminActionClient
  .metadata({ name: "closeRound" })
  .inputSchema(ZCloseRoundInput)
  .action(async ({ parsedInput, ctx }) => {
    await closeRound({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/priorisation/scrutins/${parsedInput.roundId}`);
  });

export const applyRoundResultsAction = adminActionClient
  .metadata({ name: "applyRoundResults" })
  .inputSchema(ZApplyRoundResultsInput)
  .action(async ({ parsedInput, ctx }) => {
    const applied = await applyRoundResults({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/priorisation/scrutins/${parsedInput.roundId}`);
    revalidatePath("/priorisation");
    return applied;
  });
