"use server";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { memberActionClient } from "@/lib/action-client.ts";
import { appUrl, proConnectConfig } from "@/lib/config/app-config.ts";
import { endSession } from "./end-session.ts";
import { SESSION_COOKIES } from "./get-actor.ts";
import { proConnectLogoutUrl } from "./proconnect.ts";

/** Signs out here and, after a ProConnect sign-in, at ProConnect too (id_token_hint). */
export const signOutAction = memberActionClient.metadata({ name: "signOut" }).action(async ({ ctx }) => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const { idToken } = await endSession({ actor: ctx.actor, sessionToken: token ?? null });
  for (const name of SESSION_COOKIES) jar.delete(name);
  const proConnect = proConnectConfig();
  const logoutUrl =
    proConnect && idToken
      ? await proConnectLogoutUrl(proConnect, {
          idToken,
          state: randomBytes(32).toString("base64url"),
          postLogoutRedirectUri: `${appUrl()}/`,
        })
      : null;
  redirect(logoutUrl ?? "/");
});
