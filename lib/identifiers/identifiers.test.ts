import { describe, expect, it } from "vitest";
import {
  frenchIbanFromBban, luhnValid, nirKey, validateCertificationCode, validateFrenchIban, validateNir, validateSiren,
  validateSiret, validateTaxNumber, validateUai, withLuhnDigit,
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
