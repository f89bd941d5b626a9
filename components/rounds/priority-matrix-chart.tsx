import { QUADRANT_LABELS, type TQuadrant } from "@/lib/rounds/priority-matrix.ts";

type Point = { cardId: string; title: string; kind: "irritant" | "donnee"; rank: number; impact: number; feasibility: number; quadrant: TQuadrant };

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
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full rounded bg-white" role="group" aria-labelledby="legende-matrice">
        <rect x={mid.x} y={PAD} width={WIDTH - PAD - mid.x} height={mid.y - PAD} fill="#e8f5ec" />
        <rect x={PAD} y={PAD} width={mid.x - PAD} height={mid.y - PAD} fill="#eef2ff" />
        <rect x={mid.x} y={mid.y} width={WIDTH - PAD - mid.x} height={HEIGHT - PAD - mid.y} fill="#fffbe6" />
        <rect x={PAD} y={mid.y} width={mid.x - PAD} height={HEIGHT - PAD - mid.y} fill="#f6f6f6" />
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#161616" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={HEIGHT - PAD} stroke="#161616" />
        <text x={WIDTH / 2} y={HEIGHT - 12} textAnchor="middle" fontSize="13" fill="#161616">Faisabilité (disponibilité par API, effort) →</text>
        <text x={16} y={HEIGHT / 2} textAnchor="middle" fontSize="13" fill="#161616" transform={`rotate(-90 16 ${HEIGHT / 2})`}>Impact (votes) →</text>
        {corners.map(([key, cx, cy, anchor]) => (
          <text key={key} x={cx} y={cy} textAnchor={anchor} fontSize="12" fontWeight="bold" fill="#3a3a3a">{QUADRANT_LABELS[key]}</text>
        ))}
        {points.map((point) => (
          <a key={point.cardId} href={`/priorisation/cartes/${point.cardId}`} aria-label={`${point.rank}. ${point.title} — impact ${Math.round(point.impact * 100)} %, faisabilité ${Math.round(point.feasibility * 100)} %`}>
            <circle cx={x(point.feasibility)} cy={y(point.impact)} r="11" fill={point.kind === "irritant" ? "#b34000" : "#000091"} />
            <text x={x(point.feasibility)} y={y(point.impact) + 4} textAnchor="middle" fontSize="11" fontWeight="bold" fill="#ffffff">{point.rank}</text>
            <title>{point.title}</title>
          </a>
        ))}
      </svg>
      <figcaption id="legende-matrice" className="mt-2 text-sm text-gray-700">
        Matrice impact / faisabilité : chaque point numéroté (rang au scrutin) mène à sa carte ; bleu pour une donnée, orange pour un irritant.
      </figcaption>
    </figure>
  );
}
