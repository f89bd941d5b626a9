import type { ReactNode } from "react";

const TONES = {
  neutre: "bg-gray-100 text-gray-900",
  bleu: "bg-bleu-clair text-bleu-france",
  succes: "bg-[#b8fec9] text-[#18753c]",
  alerte: "bg-[#ffe9e6] text-[#b34000]",
  info: "bg-[#e8edff] text-[#0063cb]",
} as const;

export function Tag({ children, tone = "neutre" }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}

export function availabilityTone(availability: string): keyof typeof TONES {
  return availability === "DISPONIBLE" ? "succes" : availability === "EN_COURS" ? "info" : "alerte";
}
