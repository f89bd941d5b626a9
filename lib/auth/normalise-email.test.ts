import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidEmailError, mailboxKey, normaliseEmail } from "./normalise-email.ts";

describe("normaliseEmail", () => {
  it.each([
    "prenom.nom@exemple.fr",
    "Prenom.Nom@Exemple.FR",
    "  prenom.nom@exemple.fr\t",
    "\u00a0prenom.nom@exemple.fr\n",
    "prenom.nom@exemple.fr.",
    "prenom.nom@exemple.fr..",
    "prenom.nom@exemple.fr,evil@attaquant.example",
    "prenom.nom@exemple.fr;evil@attaquant.example",
    "prenom.nom@exemple.fr, evil@attaquant.example",
    "ｐｒｅｎｏｍ.ｎｏｍ@ｅｘｅｍｐｌｅ.ｆｒ",
    "PRENOM.NOM@EXEMPLE.FR.",
  ])("%j is prenom.nom@exemple.fr", (raw) => {
    expect(normaliseEmail(raw)).toBe("prenom.nom@exemple.fr");
  });

  it("writes internationalised domains in ASCII", () => {
    expect(normaliseEmail("Agent@Mairie-Évry.fr")).toBe("agent@xn--mairie-vry-h7a.fr");
    expect(normaliseEmail("agent@MAIRIE-ÉVRY.FR.")).toBe("agent@xn--mairie-vry-h7a.fr");
  });

  it.each([
    "",
    "prenom.nom",
    "@exemple.fr",
    "prenom.nom@",
    "prenom nom@exemple.fr",
    "prenom.nom@exem ple.fr",
    "a@b@exemple.fr",
    '"a@b"@exemple.fr',
    "Prénom <prenom.nom@exemple.fr>",
    "prenom.nom@localhost",
    "prenom.nom@127.0.0.1",
    "prenom.nom@[127.0.0.1]",
    ".prenom@exemple.fr",
    "prenom..nom@exemple.fr",
    "prenom.nom@-exemple.fr",
    "prenom.nom@exemple.fr\r\nBcc: evil@attaquant.example",
    ",prenom.nom@exemple.fr",
  ])("refuses %j", (raw) => {
    expect(() => normaliseEmail(raw)).toThrow(InvalidEmailError);
  });

  it("is idempotent and its result is one plain lower-case address (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.emailAddress(),
          fc.string(),
          fc.emailAddress().map((email) => ` ${email.toUpperCase()}., x@y.z`),
        ),
        (raw) => {
          let normalised: string;
          try {
            normalised = normaliseEmail(raw);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidEmailError);
            return;
          }
          expect(normaliseEmail(normalised)).toBe(normalised);
          expect(normalised).toMatch(/^[^\s@,;"<>A-Z]+@[a-z0-9.-]+$/);
        },
      ),
    );
  });
});

describe("mailboxKey", () => {
  it("gives sub-addresses their mailbox's key", () => {
    expect(mailboxKey("prenom.nom+1@exemple.fr")).toBe("prenom.nom@exemple.fr");
    expect(mailboxKey("prenom.nom+a+b@exemple.fr")).toBe("prenom.nom@exemple.fr");
    expect(mailboxKey("prenom.nom@exemple.fr")).toBe("prenom.nom@exemple.fr");
  });
});
