// Validators of the identifiers that the pre-fill wizard and the mock APIs
// handle, with the rules of shared/reference/README.md. Each returns null when
// the value is valid, or a French message that says what is wrong.

const digitsOnly = (value: string) => value.replace(/\s/g, "");

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Appends the Luhn check digit (used to build valid fictional identifiers). */
export function withLuhnDigit(digits: string): string {
  for (let check = 0; check < 10; check++) if (luhnValid(`${digits}${check}`)) return `${digits}${check}`;
  throw new Error("inatteignable");
}

export const LA_POSTE_SIREN = "356000000";

export function validateSiren(value: string): string | null {
  const siren = digitsOnly(value);
  if (!/^\d{9}$/.test(siren)) return "Le SIREN compte 9 chiffres.";
  if (!luhnValid(siren)) return "Ce SIREN n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres saisis.";
  return null;
}

export function validateSiret(value: string): string | null {
  const siret = digitsOnly(value);
  if (!/^\d{14}$/.test(siret)) return "Le SIRET compte 14 chiffres (SIREN + 5 chiffres de l'établissement).";
  // La Poste's establishments outnumber what the Luhn key can number: their digit sum is a multiple of 5 instead.
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0 ? null : "Ce SIRET de La Poste n'est pas valide : vérifiez les chiffres saisis.";
  }
  if (!luhnValid(siret)) return "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres saisis.";
  return null;
}

export function validateFrenchIban(value: string): string | null {
  const iban = value.replace(/\s/g, "").toUpperCase();
  if (!iban.startsWith("FR")) return "Saisissez un IBAN français (il commence par FR).";
  if (!/^FR\d{2}[0-9A-Z]{23}$/.test(iban))
    return "Un IBAN français compte 27 caractères : FR, 2 chiffres de clé puis 23 caractères.";
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) =>
    String(letter.charCodeAt(0) - 55),
  );
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1
    ? null
    : "Cet IBAN n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez-le sur votre RIB.";
}

/** Builds a valid French IBAN from a 23-character BBAN (fictional demo data). */
export function frenchIbanFromBban(bban: string): string {
  const numeric = `${bban}FR00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `FR${String(98 - remainder).padStart(2, "0")}${bban}`;
}

export function validateNir(value: string): string | null {
  const nir = value.replace(/\s/g, "").toUpperCase();
  if (!/^[12]\d{4}(\d{2}|2A|2B)\d{8}$/.test(nir))
    return "Le numéro de sécurité sociale compte 15 caractères (13 + une clé de 2 chiffres).";
  // Corsica: 2A counts as 19 and 2B as 18 in the key computation.
  const body = nir.slice(0, 13).replace("2A", "19").replace("2B", "18");
  const key = 97 - Number(BigInt(body) % 97n);
  return key === Number(nir.slice(13))
    ? null
    : "La clé du numéro de sécurité sociale ne correspond pas : vérifiez les chiffres saisis.";
}

export function nirKey(body13: string): string {
  const numeric = body13.toUpperCase().replace("2A", "19").replace("2B", "18");
  return String(97 - Number(BigInt(numeric) % 97n)).padStart(2, "0");
}

const UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

export function validateUai(value: string): string | null {
  const uai = value.trim().toUpperCase();
  if (!/^\d{7}[A-Z]$/.test(uai)) return "L'UAI compte 7 chiffres suivis d'une lettre, par exemple 0751234J.";
  return UAI_LETTERS[Number(uai.slice(0, 7)) % 23] === uai[7]
    ? null
    : "La lettre de contrôle de cet UAI ne correspond pas : vérifiez-le.";
}

/**
 * Code formation diplôme (CFD) of the Base centrale des nomenclatures of the
 * Éducation nationale (also carried by DECA and the « Kit apprentissage »
 * linking it to France compétences' RNCP): 8 characters, 3 for the level of the
 * training (digits or capitals, e.g. 500 for a CAP, 400 for a bac pro), 3
 * digits for its specialty group (NSF), 2 digits or capitals numbering the
 * diploma in that group, e.g. 50025438. It carries no check key.
 */
export function validateCfd(value: string): string | null {
  const cfd = value.replace(/\s/g, "").toUpperCase();
  if (cfd.length !== 8) return "Le code formation diplôme (CFD) compte 8 caractères, par exemple 50025438.";
  if (!/^[0-9A-Z]{3}\d{3}[0-9A-Z]{2}$/.test(cfd)) {
    return "Ce code formation diplôme (CFD) n'est pas valide : 3 chiffres ou lettres pour le niveau, 3 chiffres pour le groupe de spécialité (NSF), puis 2 chiffres ou lettres, par exemple 50025438.";
  }
  return null;
}

export function validateCertificationCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (/^RNCP\d{2,5}$/.test(code) || /^RS\d{1,5}$/.test(code)) return null;
  return "Le code de certification s'écrit RNCP suivi de 2 à 5 chiffres (RNCP35185) ou RS suivi de chiffres (RS5635).";
}

export function validateTaxNumber(value: string): string | null {
  return /^\d{13}$/.test(digitsOnly(value))
    ? null
    : "Le numéro fiscal compte 13 chiffres (en haut de votre avis d'imposition).";
}
