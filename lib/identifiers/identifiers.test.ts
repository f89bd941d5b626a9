import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  frenchIbanFromBban,
  luhnValid,
  nirKey,
  validateCertificationCode,
  validateCfd,
  validateFrenchIban,
  validateNir,
  validateSiren,
  validateSiret,
  validateTaxNumber,
  validateUai,
  withLuhnDigit,
} from "./identifiers.ts";

describe("SIREN and SIRET", () => {
  it("accepts real identifiers and refuses a wrong key", () => {
    expect(validateSiren("130025265")).toBeNull(); // DINUM
    expect(validateSiret("13002526500013")).toBeNull();
    expect(validateSiren("130025266")).toMatch(/clé de contrôle/);
    expect(validateSiret("13002526500014")).toMatch(/clé de contrôle/);
    expect(validateSiret("1300252650001")).toMatch(/14 chiffres/);
  });

  it("applies La Poste's exception (digit sum divisible by 5)", () => {
    expect(validateSiret("35600000000001")).toBeNull(); // digit sum 15, Luhn invalid
    expect(luhnValid("35600000000001")).toBe(false);
    expect(validateSiret("35600000000002")).toMatch(/La Poste/);
  });

  it("builds valid fictional identifiers", () => {
    expect(validateSiren(withLuhnDigit("12345678"))).toBeNull();
  });
});

describe("IBAN", () => {
  it("checks the mod-97 key", () => {
    expect(validateFrenchIban("FR76 3000 6000 0112 3456 7890 189")).toBeNull();
    expect(validateFrenchIban("FR76 3000 6000 0112 3456 7890 188")).toMatch(/clé de contrôle/);
    expect(validateFrenchIban("DE89370400440532013000")).toMatch(/IBAN français/);
    expect(validateFrenchIban(frenchIbanFromBban("20041010050500013M02606"))).toBeNull();
  });
});

describe("NIR", () => {
  it("checks the key, Corsica included", () => {
    const body = "1841276451089";
    const key = nirKey(body);
    expect(key).toBe(String(97 - Number(1841276451089n % 97n)).padStart(2, "0"));
    expect(validateNir(`${body}${key}`)).toBeNull();
    expect(validateNir(`${body}${String((Number(key) + 1) % 100).padStart(2, "0")}`)).toMatch(/clé/);
    const corsican = "285022A123456";
    expect(nirKey(corsican)).toBe(String(97 - Number(2850219123456n % 97n)).padStart(2, "0"));
    expect(validateNir(`${corsican}${nirKey(corsican)}`)).toBeNull();
    expect(validateNir("12345")).toMatch(/15 caractères/);
  });
});

describe("UAI, certification codes, tax number", () => {
  it("validates each format with a French message", () => {
    const letter = "ABCDEFGHJKLMNPRSTUVWXYZ"[751234 % 23];
    expect(validateUai(`0751234${letter}`)).toBeNull();
    expect(validateUai("075123")).toMatch(/7 chiffres/);
    expect(validateCertificationCode("RNCP35185")).toBeNull();
    expect(validateCertificationCode("RS5635")).toBeNull();
    expect(validateCertificationCode("RNCP1")).toMatch(/RNCP suivi/);
    expect(validateTaxNumber("1234567890123")).toBeNull();
    expect(validateTaxNumber("12345")).toMatch(/13 chiffres/);
  });
});

describe("UAI check letter", () => {
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  const uai = fc
    .integer({ min: 0, max: 9_999_999 })
    .map((number) => ({ digits: String(number).padStart(7, "0"), letter: letters[number % 23] }));

  it("accepts every number with its letter, in any case", () => {
    fc.assert(
      fc.property(uai, ({ digits, letter }) => {
        expect(validateUai(`${digits}${letter}`)).toBeNull();
        expect(validateUai(` ${digits}${letter.toLowerCase()} `)).toBeNull();
      }),
    );
  });

  it("refuses every other letter", () => {
    fc.assert(
      fc.property(uai, fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), ({ digits, letter }, other) => {
        fc.pre(other !== letter);
        expect(validateUai(`${digits}${other}`)).toMatch(/lettre de contrôle/);
      }),
    );
  });
});

describe("CFD (code formation diplôme)", () => {
  it("accepts codes of the nomenclature: level, specialty group, number", () => {
    // CAP, bac pro, BTS, and a level written with a letter.
    for (const code of ["50025438", "40025214", "32031213", "46T31203", "5002543A"])
      expect(validateCfd(code)).toBeNull();
    expect(validateCfd(" 500 254 38 ")).toBeNull();
    expect(validateCfd("50025438".toLowerCase())).toBeNull();
  });

  it("says what is wrong in French", () => {
    expect(validateCfd("5002543")).toMatch(/8 caractères/);
    expect(validateCfd("500254381")).toMatch(/8 caractères/);
    expect(validateCfd("500A5438")).toMatch(/groupe de spécialité \(NSF\)/);
    expect(validateCfd("5002543-")).toMatch(/n'est pas valide/);
    expect(validateCfd("RNCP3518")).toMatch(/n'est pas valide/);
  });

  const alphanumeric = fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  const digit = fc.constantFrom(..."0123456789");
  const chars = (arb: fc.Arbitrary<string>, n: number) =>
    fc.array(arb, { minLength: n, maxLength: n }).map((list) => list.join(""));

  it("accepts any 3 + 3 digits + 2 code, and refuses it once a specialty digit becomes a letter or its length changes", () => {
    fc.assert(
      fc.property(
        chars(alphanumeric, 3),
        chars(digit, 3),
        chars(alphanumeric, 2),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        (level, group, number, position, letter) => {
          expect(validateCfd(`${level}${group}${number}`)).toBeNull();
          const badGroup = group.slice(0, position) + letter + group.slice(position + 1);
          expect(validateCfd(`${level}${badGroup}${number}`)).not.toBeNull();
          expect(validateCfd(`${level}${group}${number}0`)).toMatch(/8 caractères/);
          expect(validateCfd(`${level}${group}${number}`.slice(1))).toMatch(/8 caractères/);
        },
      ),
    );
  });
});
