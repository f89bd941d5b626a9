import { importTemplateCsv, TEMPLATE_FILE_NAMES } from "@/lib/catalogue/import/import-template.ts";

const KINDS = { irritants: "irritant", donnees: "data-item" } as const;

/** The CSV template of an import (headers and one example row): public, it holds nothing of the group's. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const kind = KINDS[(await params).kind as keyof typeof KINDS];
  if (!kind)
    return Response.json(
      { error: { code: "NOT_FOUND", message: "Modèle introuvable : irritants ou donnees." } },
      { status: 404 },
    );
  return new Response(importTemplateCsv(kind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${TEMPLATE_FILE_NAMES[kind]}"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
