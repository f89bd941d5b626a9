import { describe, expect, it } from "vitest";
import { breadcrumbSegments } from "./breadcrumb-trail.ts";

const trail = (pathname: string, labels: Record<string, string> = {}) =>
  breadcrumbSegments(pathname, labels).map((segment) => `${segment.label} ${segment.linkProps.href}`);

describe("breadcrumbSegments", () => {
  it("has no ancestor but home for a first-level page", () => {
    expect(trail("/irritants")).toEqual([]);
    expect(trail("/accessibilite")).toEqual([]);
  });

  it("names each ancestor page and links it", () => {
    expect(trail("/priorisation/scrutins/nouveau")).toEqual([
      "Priorisation /priorisation",
      "Scrutins /priorisation/scrutins",
    ]);
    expect(trail("/api-publiques/usages")).toEqual(["API publiques /api-publiques"]);
  });

  it("takes the label of a slug or an id from the page, whatever the section", () => {
    expect(trail("/irritants/douze-bulletins/historique", { "douze-bulletins": "Douze bulletins de salaire" })).toEqual(
      ["Irritants /irritants", "Douze bulletins de salaire /irritants/douze-bulletins"],
    );
    expect(trail("/fiches/formation-financee/comparer", { "formation-financee": "Formation financée" })).toEqual([
      "Fiches /fiches",
      "Formation financée /fiches/formation-financee",
    ]);
    expect(trail("/ateliers/c1a2/compte-rendu", { c1a2: "Atelier du 4 décembre" })).toEqual([
      "Ateliers /ateliers",
      "Atelier du 4 décembre /ateliers/c1a2",
    ]);
  });

  it("skips the paths that are not pages", () => {
    expect(trail("/catalogue/importer")).toEqual([]);
    expect(trail("/admin/membres")).toEqual([]);
    expect(trail("/priorisation/cartes/42")).toEqual(["Priorisation /priorisation"]);
  });

  it("decodes an encoded segment before looking its label up", () => {
    expect(trail("/donnees/caf%C3%A9/modifier", { café: "Café" })).toEqual([
      "Données /donnees",
      "Café /donnees/caf%C3%A9",
    ]);
  });
});
