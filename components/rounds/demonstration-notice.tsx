import { DEMONSTRATION_ROUND_NOTICE } from "@/lib/rounds/demonstration.ts";

/** The banner of a demonstration round's results: fictional ballots, not the group's priorities. */
export function DemonstrationRoundNotice() {
  return (
    <p
      className="mb-4 max-w-3xl border-l-4 border-[var(--border-plain-warning)] bg-[var(--background-contrast-warning)] px-4 py-2 text-sm text-gray-900"
      data-testid="scrutin-demonstration"
    >
      {DEMONSTRATION_ROUND_NOTICE}
    </p>
  );
}
