"use client";
import { signIn } from "next-auth/react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";

type DemoAccount = { email: string; name: string | null; role: string; organisation: { name: string } | null };

export function SignInForm({
  callbackUrl,
  proConnectEnabled,
  emailEnabled,
  demoAccounts,
}: {
  callbackUrl: string;
  proConnectEnabled: boolean;
  emailEnabled: boolean;
  demoAccounts: DemoAccount[];
}) {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const emailId = useId();

  async function sendLink(address: string) {
    setError(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address.trim())) {
      setError("Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.");
      return;
    }
    setPending(true);
    await signIn("email", { email: address.trim(), callbackUrl });
    setPending(false);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void sendLink(email);
  }

  return (
    <div className="space-y-8">
      {proConnectEnabled && (
        <section aria-labelledby="titre-proconnect" className="rounded border border-gray-200 bg-white p-6">
          <h2 id="titre-proconnect" className="mb-2 text-xl">
            Agents publics et professionnels
          </h2>
          <p className="mb-4">
            ProConnect vous identifie avec le compte de votre administration ou de votre entreprise.
          </p>
          <ProConnectButton onClick={() => void signIn("proconnect", { callbackUrl })} />
        </section>
      )}
      {emailEnabled && (
        <section aria-labelledby="titre-lien" className="rounded border border-gray-200 bg-white p-6">
          <h2 id="titre-lien" className="mb-2 text-xl">
            Recevoir un lien de connexion par e-mail
          </h2>
          <form onSubmit={onSubmit} noValidate className="space-y-3">
            <Input
              className="max-w-md"
              label="Adresse e-mail"
              hintText="L'adresse à laquelle vous avez été invité·e"
              // Checked in the browser, before any request: announced at once, and describing the field.
              {...(error ? { state: "error" as const, stateRelatedMessage: <span role="alert">{error}</span> } : {})}
              nativeInputProps={{
                id: emailId,
                type: "email",
                name: "email",
                autoComplete: "email",
                required: true,
                value: email,
                onChange: (event) => setEmail(event.target.value),
                "aria-invalid": error ? true : undefined,
              }}
            />
            <Button type="submit" disabled={pending}>
              {pending ? "Envoi…" : "Recevoir le lien"}
            </Button>
          </form>
        </section>
      )}
      {emailEnabled && demoAccounts.length > 0 && (
        <section aria-labelledby="titre-demo" className="rounded border border-dashed border-gray-400 bg-white p-6">
          <h2 id="titre-demo" className="mb-2 text-xl">
            Comptes de démonstration
          </h2>
          <p className="mb-4 text-sm">Le lien de connexion arrive dans la boîte de réception de démonstration.</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <Button
                  type="button"
                  priority="secondary"
                  className="w-full"
                  onClick={() => void sendLink(account.email)}
                >
                  <span>
                    <span className="block">
                      {account.name} {account.role === "ADMIN" ? "(administratrice)" : ""}
                    </span>
                    <span className="fr-text--sm fr-mb-0 block font-normal">{account.organisation?.name}</span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
