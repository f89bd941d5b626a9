import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl">Page introuvable</h1>
      <p>La page demandée n'existe pas ou n'est pas accessible.</p>
      <p><Link href="/">Revenir à l'accueil</Link></p>
    </div>
  );
}
