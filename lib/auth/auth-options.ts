import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { db } from "@/lib/db/client.ts";
import { appUrl, authSecret, isEmailSignInEnabled, proConnectConfig } from "@/lib/config/app-config.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { proConnectProvider } from "./proconnect.ts";
import { decideSignIn } from "./sign-in-policy.ts";
import { normaliseEmail } from "./normalise-email.ts";
import { mayReceiveSignInLink, sendSignInEmail } from "./send-sign-in-email.ts";
import { safeRedirectUrl } from "./safe-callback-url.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import type { TRole } from "./actor.ts";

function adapter(): Adapter {
  const base = PrismaAdapter(db as never) as Adapter;
  return {
    ...base,
    // New accounts exist only through an invitation (organisation and role come from it).
    createUser: (user: { email: string; name?: string | null; image?: string | null; emailVerified?: Date | null }) =>
      acceptInvitation(user) as never,
    // Tokens of addresses that receive a refusal instead of a link would never be used: not stored.
    createVerificationToken: async (token) =>
      (await mayReceiveSignInLink(token.identifier)) && base.createVerificationToken
        ? base.createVerificationToken(token)
        : token,
  };
}

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (options) return options;
  // next-auth reads NEXTAUTH_URL from process.env itself to build its links (magic link, OIDC callback):
  // hand it the address this app resolved (NEXTAUTH_URL, or http://localhost:$PORT in demo mode).
  process.env.NEXTAUTH_URL = appUrl();
  const proConnect = proConnectConfig();
  options = {
    secret: authSecret(),
    adapter: adapter(),
    session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
    pages: { signIn: "/connexion", verifyRequest: "/connexion/verification", error: "/connexion/erreur" },
    providers: [
      ...(isEmailSignInEnabled()
        ? [
            EmailProvider({
              // Transport is ours (lib/mail): demo mailbox or SMTP_URL.
              server: "smtp://localhost",
              maxAge: 15 * 60,
              // The same canonical form everywhere: invitations, the sign-in policy and the e-mail budget.
              normalizeIdentifier: normaliseEmail,
              async sendVerificationRequest({ identifier, url }) {
                await sendSignInEmail({ identifier, url });
              },
            }),
          ]
        : []),
      ...(proConnect ? [proConnectProvider(proConnect)] : []),
    ],
    callbacks: {
      async signIn({ user, email }) {
        // Asking for a link: the same answer for everyone, the e-mail tells the rest (lib/auth/send-sign-in-email.ts).
        if (email?.verificationRequest) return true;
        if (!user.email) return "/connexion/erreur?error=NoEmail";
        const decision = await decideSignIn(user.email);
        if (decision === "member" || decision === "invited") return true;
        return `/connexion/erreur?error=${decision}`;
      },
      // Only this app's own pages, parsed as a browser would (lib/auth/safe-callback-url.ts).
      redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
      async session({ session, user }) {
        const member = user as typeof user & { role: TRole; organisationId: string | null };
        session.user = {
          id: member.id,
          email: member.email,
          name: member.name ?? null,
          role: member.role,
          organisationId: member.organisationId,
        };
        return session;
      },
    },
    events: {
      async signIn({ user, account }) {
        await recordAuditEvent(db, {
          actor: {
            id: user.id,
            email: user.email ?? "",
            name: user.name ?? null,
            role: "MEMBER",
            organisationId: null,
          },
          action: "auth.sign-in",
          targetType: "user",
          targetId: user.id,
          data: { provider: account?.provider ?? "inconnu" },
        });
      },
    },
  };
  return options;
}
