import { QUADRANT_LABELS, type TQuadrant } from "@/lib/rounds/priority-matrix.ts";

type Point = {
  cardId: string;
  title: string;
  kind: "irritant" | "donnee";
  rank: number;
  impact: number;
  feasibility: number;
  quadrant: TQuadrant;
};

const WIDTH = 640;
const HEIGHT = 420;
const PAD = 48;
const x = (feasibility: number) => PAD + feasibility * (WIDTH - 2 * PAD);
const y = (impact: number) => HEIGHT - PAD - impact * (HEIGHT - 2 * PAD);

/** Quadrant chart: each numbered point links to its card; the table under it gives the same figures as text. */
export function PriorityMatrixChart({ points }: { points: Point[] }) {
  const mid = { x: x(0.5), y: y(0.5) };
  const corners: [TQuadrant, number, number, "start" | "end"][] = [
    ["A_LANCER", WIDTH - PAD - 6, PAD + 16, "end"],
    ["STRUCTURANT", PAD + 6, PAD + 16, "start"],
    ["GAIN_RAPIDE", WIDTH - PAD - 6, HEIGHT - PAD - 8, "end"],
    ["A_RECONSIDERER", PAD + 6, HEIGHT - PAD - 8, "start"],
  ];
  return (
    <figure className="max-w-3xl">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full rounded bg-[var(--background-default-grey)]"
        role="group"
        aria-labelledby="legende-matrice"
      >
        <rect
          x={mid.x}
          y={PAD}
          width={WIDTH - PAD - mid.x}
          height={mid.y - PAD}
          fill="var(--background-alt-green-emeraude)"
        />
        <rect x={PAD} y={PAD} width={mid.x - PAD} height={mid.y - PAD} fill="var(--background-alt-blue-france)" />
        <rect
          x={mid.x}
          y={mid.y}
          width={WIDTH - PAD - mid.x}
          height={HEIGHT - PAD - mid.y}
          fill="var(--background-alt-yellow-tournesol)"
        />
        <rect x={PAD} y={mid.y} width={mid.x - PAD} height={HEIGHT - PAD - mid.y} fill="var(--background-alt-grey)" />
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="var(--border-plain-grey)" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={HEIGHT - PAD} stroke="var(--border-plain-grey)" />
        <text x={WIDTH / 2} y={HEIGHT - 12} textAnchor="middle" fontSize="13" fill="var(--text-default-grey)">
          Faisabilité (disponibilité par API, effort) →
        </text>
        <text
          x={16}
          y={HEIGHT / 2}
          textAnchor="middle"
          fontSize="13"
          fill="var(--text-default-grey)"
          transform={`rotate(-90 16 ${HEIGHT / 2})`}
        >
          Impact (votes) →
        </text>
        {corners.map(([key, cx, cy, anchor]) => (
          <text
            key={key}
            x={cx}
            y={cy}
            textAnchor={anchor}
            fontSize="12"
            fontWeight="bold"
            fill="var(--text-title-grey)"
          >
            {QUADRANT_LABELS[key]}
          </text>
        ))}
        {points.map((point) => (
          <a
            key={point.cardId}
            href={`/priorisation/cartes/${point.cardId}`}
            aria-label={`${point.rank}. ${point.title} — impact ${Math.round(point.impact * 100)} %, faisabilité ${Math.round(point.feasibility * 100)} %`}
          >
            <circle
              cx={x(point.feasibility)}
              cy={y(point.impact)}
              r="11"
              fill={
                point.kind === "irritant"
                  ? "var(--background-flat-warning)"
                  : "var(--background-action-high-blue-france)"
              }
            />
            <text
              x={x(point.feasibility)}
              y={y(point.impact) + 4}
              textAnchor="middle"
              fontSize="11"
              fontWeight="bold"
              fill="var(--text-inverted-grey)"
            >
              {point.rank}
            </text>
            <title>{point.title}</title>
          </a>
        ))}
      </svg>
      <figcaption id="legende-matrice" className="mt-2 text-sm text-gray-700">
        Matrice impact / faisabilité : chaque point numéroté (rang au scrutin) mène à sa carte ; bleu pour une donnée,
        orange pour un irritant.
      </figcaption>
    </figure>
  );
}
