import { describe, expect, it } from "vitest";
import { cardSubject, cardSubjectSummary } from "./card-subject.ts";

const irritant = { slug: "attestation-employeur", title: "Attestation employeur" };
const dataItem = { slug: "salaire-brut", name: "Salaire brut" };

describe("cardSubject", () => {
  it("names the one subject of a card, irritant or data item", () => {
    expect(cardSubject({ irritant, dataItem: null })).toEqual({ kind: "irritant", irritant });
    expect(cardSubject({ irritant: null, dataItem })).toEqual({ kind: "donnee", dataItem });
  });

  it("refuses a card with no subject or two, naming the card", () => {
    expect(() => cardSubject({ id: "c1", irritant: null, dataItem: null })).toThrow(/c1/);
    expect(() => cardSubject({ id: "c2", irritant, dataItem })).toThrow(/c2/);
  });

  it("summarises each kind with its title, slug and catalogue page", () => {
    expect(cardSubjectSummary({ irritant, dataItem: null })).toEqual({
      kind: "irritant",
      title: "Attestation employeur",
      slug: "attestation-employeur",
      href: "/irritants/attestation-employeur",
    });
    expect(cardSubjectSummary({ irritant: null, dataItem })).toEqual({
      kind: "donnee",
      title: "Salaire brut",
      slug: "salaire-brut",
      href: "/donnees/salaire-brut",
    });
  });
});
