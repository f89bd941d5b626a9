import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor.ts";
import { listDemoAccounts } from "@/lib/auth/list-demo-accounts.ts";
import { safeRedirectPath } from "@/lib/auth/safe-callback-url.ts";
import { appUrl, isEmailSignInEnabled, proConnectConfig } from "@/lib/config/app-config.ts";
import { SignInForm } from "@/components/sign-in/sign-in-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Connexion", description: "Connexion des membres du groupe Data EFOP." };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl, appUrl());
  if (await getActor()) redirect(callbackUrl);
  const demoAccounts = await listDemoAccounts();
  return (
    <div className="max-w-3xl">
      <PageBreadcrumb current="Connexion" />
      <h1 className="mb-2 text-3xl">Connexion</h1>
      <p className="mb-8">
        L'atelier est ouvert aux membres du groupe Data EFOP, sur invitation. Les fiches publiées restent lisibles par
        tous sans connexion.
      </p>
      <SignInForm
        callbackUrl={callbackUrl}
        proConnectEnabled={proConnectConfig() !== null}
        emailEnabled={isEmailSignInEnabled()}
        demoAccounts={demoAccounts}
      />
    </div>
  );
}
