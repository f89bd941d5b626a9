"use server";
import { revalidatePath } from "next/cache";
import { memberActionClient, adminActionClient } from "@/lib/action-client.ts";
import { moveCard, ZMoveCardInput } from "./move-card.ts";
import { createColumn, ZCreateColumnInput } from "./create-column.ts";
import { updateColumn, ZUpdateColumnInput } from "./update-column.ts";
import { deleteColumn, ZDeleteColumnInput } from "./delete-column.ts";

export const moveCardAction = memberActionClient
  .metadata({ name: "moveCard" })
  .inputSchema(ZMoveCardInput)
  .action(async ({ parsedInput, ctx }) => moveCard({ actor: ctx.actor, input: parsedInput }));

export const createColumnAction = adminActionClient
  .metadata({ name: "createColumn" })
  .inputSchema(ZCreateColumnInput)
  .action(async ({ parsedInput, ctx }) => {
    await createColumn({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/tableau");
  });

export const updateColumnAction = adminActionClient
  .metadata({ name: "updateColumn" })
  .inputSchema(ZUpdateColumnInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateColumn({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/tableau");
  });

export const deleteColumnAction = adminActionClient
  .metadata({ name: "deleteColumn" })
  .inputSchema(ZDeleteColumnInput)
  .action(async ({ parsedInput, ctx }) => {
    await deleteColumn({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/tableau");
  });
