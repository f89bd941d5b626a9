"use client";
import { signIn } from "next-auth/react";
import { useId, useState, type FormEvent } from "react";

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
  const errorId = useId();

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
          <h2 id="titre-proconnect" className="mb-2 text-xl">Agents publics et professionnels</h2>
          <p className="mb-4">ProConnect vous identifie avec le compte de votre administration ou de votre entreprise.</p>
          <button
            type="button"
            onClick={() => signIn("proconnect", { callbackUrl })}
            className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover"
          >
            S'identifier avec ProConnect
          </button>
        </section>
      )}
      {emailEnabled && (
        <section aria-labelledby="titre-lien" className="rounded border border-gray-200 bg-white p-6">
          <h2 id="titre-lien" className="mb-2 text-xl">Recevoir un lien de connexion par e-mail</h2>
          <form onSubmit={onSubmit} noValidate className="space-y-3">
            <label htmlFor={emailId} className="block font-medium">
              Adresse e-mail <span className="block text-sm font-normal text-gray-700">L'adresse à laquelle vous avez été invité·e</span>
            </label>
            <input
              id={emailId}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className="w-full max-w-md rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2"
            />
            {error && (
              <p id={errorId} role="alert" className="text-sm font-medium text-[#ce0500]">
                {error}
              </p>
            )}
            <button type="submit" disabled={pending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
              {pending ? "Envoi…" : "Recevoir le lien"}
            </button>
          </form>
        </section>
      )}
      {emailEnabled && demoAccounts.length > 0 && (
        <section aria-labelledby="titre-demo" className="rounded border border-dashed border-gray-400 bg-white p-6">
          <h2 id="titre-demo" className="mb-2 text-xl">Comptes de démonstration</h2>
          <p className="mb-4 text-sm">Le lien de connexion arrive dans la boîte de réception de démonstration.</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  onClick={() => void sendLink(account.email)}
                  className="w-full rounded border border-gray-300 px-3 py-2 text-left hover:border-bleu-france"
                >
                  <span className="block font-medium">
                    {account.name} {account.role === "ADMIN" ? "(administratrice)" : ""}
                  </span>
                  <span className="block text-sm text-gray-700">{account.organisation?.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
