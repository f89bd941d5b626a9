import Link from "next/link";
import { GRADES, GRADE_LABELS, type TGrade } from "@/lib/rounds/tally.ts";
import type { TRoundResults } from "@/lib/rounds/load-round-results.ts";
import { formatNumber } from "@/lib/format.ts";
import { groupSizeRule } from "@/lib/rounds/group-breakdown.ts";
import { SUPPORTERS_LABELS, type TFairnessMode } from "@/lib/rounds/fairness.ts";
import { DataTable } from "@/components/ui/data-table.tsx";

/** Green for the best grades to red for the worst, from DSFR variables that switch with the light and dark themes. */
export const GRADE_COLOURS: Record<TGrade, string> = {
  PRIORITAIRE: "var(--background-flat-success)",
  IMPORTANT: "var(--background-action-high-green-emeraude)",
  UTILE: "var(--background-action-high-green-tilleul-verveine)",
  SECONDAIRE: "var(--background-action-high-orange-terre-battue)",
  PAS_NECESSAIRE: "var(--background-flat-error)",
};

const percent = (value: number) => `${Math.round(value * 100)} %`;
const cardHref = (entry: { kind: "irritant" | "donnee"; slug: string }) =>
  entry.kind === "irritant" ? `/irritants/${entry.slug}` : `/donnees/${entry.slug}`;

/** Ranking with bars (points) or merit profiles (majority judgment); every figure is also in the table text. */
export function RoundResults({ results }: { results: TRoundResults }) {
  const { participation } = results;
  return (
    <div className="space-y-8">
      <p className="text-lg">
        Participation : <strong>{participation.voters}</strong> votant{participation.voters > 1 ? "s" : ""} sur{" "}
        {participation.eligible} membre
        {participation.eligible > 1 ? "s" : ""} ({percent(participation.rate)}).
      </p>
      <p data-testid="regle-decompte">
        <strong>Décompte des voix.</strong> {results.fairness.rule}
      </p>
      {results.method === "DOT_VOTING" ? (
        <DotRanking ranking={results.ranking} fairness={results.fairness.mode} />
      ) : (
        <JudgmentRanking ranking={results.ranking} />
      )}
      <section aria-labelledby="titre-repartition">
        <h3 id="titre-repartition" className="mb-3 text-xl">
          Par type d&apos;organisation
        </h3>
        <p className="mb-3 text-sm text-gray-700">{groupSizeRule(results.minimumGroupSize)}</p>
        {results.breakdownWithheld ? (
          <p>
            Moins de {results.minimumGroupSize} votants en tout : aucun détail par type d&apos;organisation n&apos;est
            publié.
          </p>
        ) : (
          <DataTable
            caption="Participation et carte en tête, par type d'organisation"
            hiddenCaption
            className="[&_table]:w-full"
          >
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  Type d&apos;organisation
                </th>
                <th scope="col" className="p-2">
                  Votants
                </th>
                <th scope="col" className="p-2">
                  Participation
                </th>
                <th scope="col" className="p-2">
                  Carte en tête pour ce groupe
                </th>
              </tr>
            </thead>
            <tbody>
              {results.breakdown.map((group) => (
                <tr key={group.key} className="border-b border-gray-200">
                  <th scope="row" className="p-2 text-left font-medium">
                    {group.label}
                  </th>
                  <td className="p-2">
                    {group.voters} / {group.eligible}
                  </td>
                  <td className="p-2">{group.eligible ? percent(group.voters / group.eligible) : "—"}</td>
                  <td className="p-2">{group.leader ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}

/** Rank and card, then the method's own columns ([label, width class]). */
function RankingHead({ columns }: { columns: [string, string][] }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="p-2">
          Rang
        </th>
        <th scope="col" className="p-2">
          Carte
        </th>
        {columns.map(([label, width]) => (
          <th key={label} scope="col" className={`${width} p-2`.trim()}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function DotRanking({
  ranking,
  fairness,
}: {
  ranking: Extract<TRoundResults, { method: "DOT_VOTING" }>["ranking"];
  fairness: TFairnessMode;
}) {
  const max = Math.max(1, ...ranking.map((entry) => entry.points));
  return (
    <section aria-labelledby="titre-classement">
      <h3 id="titre-classement" className="mb-3 text-xl">
        Classement par points
      </h3>
      <DataTable caption="Classement par points" hiddenCaption className="[&_table]:w-full">
        <RankingHead
          columns={[
            ["Points", "w-1/3"],
            [SUPPORTERS_LABELS[fairness], ""],
          ]}
        />
        <tbody>
          {ranking.map((entry) => (
            <tr key={entry.cardId} className="border-b border-gray-200" data-ranked={entry.title}>
              <td className="p-2 font-semibold">{entry.rank}</td>
              <td className="p-2">
                <Link href={cardHref(entry)}>{entry.title}</Link>
              </td>
              <td className="p-2">
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block h-4 rounded-sm bg-bleu-france"
                    style={{ width: `${(entry.points / max) * 100}%`, minWidth: entry.points ? "4px" : 0 }}
                  />
                  <span>{formatNumber(entry.points)}</span>
                </span>
              </td>
              <td className="p-2">{entry.supporters}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

function JudgmentRanking({ ranking }: { ranking: Extract<TRoundResults, { method: "MAJORITY_JUDGMENT" }>["ranking"] }) {
  return (
    <section aria-labelledby="titre-classement">
      <h3 id="titre-classement" className="mb-3 text-xl">
        Classement au jugement majoritaire
      </h3>
      <ul className="mb-3 flex flex-wrap gap-3 text-xs" aria-label="Légende des mentions">
        {GRADES.map((grade) => (
          <li key={grade} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 rounded-sm"
              style={{ background: GRADE_COLOURS[grade] }}
            />{" "}
            {GRADE_LABELS[grade]}
          </li>
        ))}
      </ul>
      <DataTable
        caption="Classement au jugement majoritaire, avec le profil de mérite de chaque carte"
        hiddenCaption
        className="[&_table]:w-full"
      >
        <RankingHead
          columns={[
            ["Mention majoritaire", ""],
            ["Profil de mérite", "w-2/5"],
          ]}
        />
        <tbody>
          {ranking.map((entry) => (
            <tr key={entry.cardId} className="border-b border-gray-200" data-ranked={entry.title}>
              <td className="p-2 font-semibold">{entry.rank}</td>
              <td className="p-2">
                <Link href={cardHref(entry)}>{entry.title}</Link>
              </td>
              <td className="p-2 font-medium">{GRADE_LABELS[entry.majorityGrade]}</td>
              <td className="p-2">
                <span className="relative flex h-5 w-full overflow-hidden rounded-sm" aria-hidden="true">
                  {GRADES.map((grade) => (
                    <span
                      key={grade}
                      style={{
                        width: `${entry.voters ? (entry.counts[grade] / entry.voters) * 100 : 0}%`,
                        background: GRADE_COLOURS[grade],
                      }}
                    />
                  ))}
                  {/* The median line: the majority grade is the one under it. */}
                  <span className="absolute inset-y-0 left-1/2 w-0.5 bg-gray-900" />
                </span>
                <span className="sr-only">
                  {GRADES.map((grade) => `${GRADE_LABELS[grade]} : ${entry.counts[grade]}`).join(", ")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
