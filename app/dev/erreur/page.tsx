import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isDemoMode } from "@/lib/config/env.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Erreur de démonstration", robots: { index: false } };

/**
 * Demo mode only: fails on purpose, to show the error page and check that its reference is in the server log
 * (e2e/observability.spec.ts). Answers 404 everywhere else, like the demo mailbox.
 */
export default function DemoErrorPage() {
  if (!isDemoMode()) notFound();
  throw new Error("Erreur provoquée par la page /dev/erreur (mode démonstration)");
}
