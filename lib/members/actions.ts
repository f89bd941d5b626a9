"use server";
import { revalidatePath } from "next/cache";
import { adminActionClient } from "@/lib/action-client.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { sendMail } from "@/lib/mail/send-mail.ts";
import { invitationMail } from "@/lib/mail/magic-link-mail.ts";
import { inviteMember, ZInviteMemberInput } from "./invite-member.ts";
import { revokeInvitation, ZRevokeInvitationInput } from "./revoke-invitation.ts";
import { updateMember, ZUpdateMemberInput } from "./update-member.ts";

export const inviteMemberAction = adminActionClient
  .metadata({ name: "inviteMember" })
  .inputSchema(ZInviteMemberInput)
  .action(async ({ parsedInput, ctx }) => {
    const { invitation, organisation } = await inviteMember({ actor: ctx.actor, input: parsedInput });
    await sendMail(
      invitationMail({
        to: invitation.email,
        organisation: organisation.name,
        invitedBy: ctx.actor?.name ?? ctx.actor?.email ?? "L'animation du groupe",
        signInUrl: `${appUrl()}/connexion`,
      }),
    );
    revalidatePath("/admin/membres");
    return { email: invitation.email };
  });

export const revokeInvitationAction = adminActionClient
  .metadata({ name: "revokeInvitation" })
  .inputSchema(ZRevokeInvitationInput)
  .action(async ({ parsedInput, ctx }) => {
    await revokeInvitation({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/membres");
  });

export const updateMemberAction = adminActionClient
  .metadata({ name: "updateMember" })
  .inputSchema(ZUpdateMemberInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateMember({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/admin/membres");
  });
