import { formatDate } from "@/lib/format.ts";
import type { TEstimateAuthor } from "@/lib/catalogue/list-estimate-authors.ts";

/** Says that a value is the group's estimate, and who set it (or that it comes with the demo content). */
export function EstimateNote({ author }: { author?: TEstimateAuthor | null }) {
  return (
    <span className="text-sm text-gray-700">
      {author
        ? `estimation du groupe, renseignée par ${author.who} le ${formatDate(author.at)}`
        : "estimation du groupe (valeur de démonstration, non vérifiée)"}
    </span>
  );
}
