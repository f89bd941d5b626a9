"use client";
import { useEffect, useState } from "react";
import type { TRoundResults } from "@/lib/rounds/load-round-results.ts";
import { GRADES, GRADE_LABELS } from "@/lib/rounds/tally.ts";
import { GRADE_COLOURS } from "@/components/rounds/round-results.tsx";

/**
 * The revealed results as bars that grow from zero (CSS transition on width, none when the viewer
 * prefers reduced motion, see globals.css). Every figure is also written out for screen readers.
 */
export function VoteChart({ results, dark = false }: { results: TRoundResults; dark?: boolean }) {
  const [grown, setGrown] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setGrown(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const track = dark ? "bg-white/15" : "bg-gray-100";
  if (results.method === "DOT_VOTING") {
    const max = Math.max(1, ...results.ranking.map((entry) => entry.points));
    return (
      <ol className="space-y-4" aria-label="Résultats du vote">
        {results.ranking.map((entry) => (
          <li key={entry.cardId}>
            <p className="mb-1 flex justify-between gap-4 font-semibold">
              <span>
                {entry.rank}. {entry.title}
              </span>
              <span className="tabular-nums">
                {entry.points} point{entry.points > 1 ? "s" : ""}
              </span>
            </p>
            <div className={`h-6 w-full rounded ${track}`} aria-hidden="true">
              <div
                className={`vote-bar h-6 rounded ${dark ? "bg-[var(--yellow-tournesol-850-200)]" : "bg-bleu-france"}`}
                style={{ width: grown ? `${(entry.points / max) * 100}%` : "0%" }}
              />
            </div>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <ol className="space-y-4" aria-label="Résultats du vote">
      {results.ranking.map((entry) => {
        const total = Math.max(1, entry.voters);
        return (
          <li key={entry.cardId}>
            <p className="mb-1 flex justify-between gap-4 font-semibold">
              <span>
                {entry.rank}. {entry.title}
              </span>
              <span>{GRADE_LABELS[entry.majorityGrade]}</span>
            </p>
            <div className={`flex h-6 w-full overflow-hidden rounded ${track}`} aria-hidden="true">
              {GRADES.map((grade) => (
                <div
                  key={grade}
                  className="vote-bar h-6"
                  style={{
                    width: grown ? `${(entry.counts[grade] / total) * 100}%` : "0%",
                    background: GRADE_COLOURS[grade],
                  }}
                />
              ))}
            </div>
            <p className="sr-only">
              {GRADES.map((grade) => `${GRADE_LABELS[grade]} : ${entry.counts[grade]}`).join(", ")}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
