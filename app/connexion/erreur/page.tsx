import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { SIGN_IN_REFUSALS } from "@/lib/auth/sign-in-policy.ts";
import { formatWait } from "@/lib/format.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Connexion impossible" };

const MESSAGES: Record<string, string> = {
  ...SIGN_IN_REFUSALS,
  Verification: "Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau.",
  NoEmail: "Le fournisseur d'identité n'a pas transmis d'adresse e-mail.",
  AccessDenied: "Accès refusé.",
  OAuthSignin: "La connexion avec ProConnect n'a pas pu démarrer. Réessayez dans un instant.",
  OAuthCallback: "La réponse de ProConnect n'a pas pu être vérifiée. Réessayez.",
  EmailSignin: "L'e-mail de connexion n'a pas pu être envoyé. Réessayez dans un instant.",
  RateLimited:
    "Trop de demandes de connexion depuis votre connexion internet : patientez quelques minutes avant de réessayer.",
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; retry?: string }>;
}) {
  const { error, retry } = await searchParams;
  const wait = Number(retry);
  const message =
    error === "RateLimited" && Number.isInteger(wait) && wait > 0 && wait <= 86_400
      ? `Trop de demandes de connexion depuis votre connexion internet : réessayez dans ${formatWait(wait)}.`
      : ((error && MESSAGES[error]) ?? "La connexion a échoué. Réessayez ou contactez l'animation du groupe.");
  return (
    <div className="max-w-2xl space-y-4">
      <PageBreadcrumb current="Connexion impossible" />
      <h1 className="text-3xl">Connexion impossible</h1>
      <Alert severity="error" small role="alert" description={message} />
      <p>
        <Link href="/connexion">Revenir à la connexion</Link>
      </p>
    </div>
  );
}
