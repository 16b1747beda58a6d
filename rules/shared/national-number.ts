/**
 * The Belgian national number (NISS / INSZ) and the BIS number.
 * Source: DOMAIN.md, "The national number (NISS / INSZ) and the BIS number":
 * 11 digits YYMMDD-SSS-CC; CC = 97 − (N mod 97), N = the first 9 digits, or 2 000 000 000 + the
 * first 9 digits for births from 2000 (so a valid number tells its century). BIS number: month
 * + 40 when the sex was known, + 20 when not — the person is NOT in the National Register.
 * Day or month may be 00 when unknown. Sex is not inferred from the serial.
 */

export type NationalNumberResult =
  | {
      readonly ok: true;
      readonly digits: string;
      /** Printed form: YY.MM.DD-SSS.CC */
      readonly formatted: string;
      readonly kind: 'niss' | 'bis';
      /** BIS: whether the sex was known when the number was made (+40) or not (+20). */
      readonly bisSexKnown?: boolean;
      readonly inNationalRegister: boolean;
      readonly century: 1900 | 2000;
      /** YYYY-MM-DD, with 00 kept where the day or month is unknown. */
      readonly birthDate: string;
    }
  | { readonly ok: false; readonly error: NationalNumberError; readonly message: string };

export type NationalNumberError = 'empty' | 'characters' | 'length' | 'month' | 'day' | 'check-digits';

const MESSAGES: Record<NationalNumberError, string> = {
  empty: 'expected 11 digits (YY.MM.DD-SSS.CC)',
  characters: 'only digits, dots, dashes and spaces are allowed',
  length: 'expected exactly 11 digits',
  month: 'the month (digits 3–4) must be 00–12, or 20–32 / 40–52 for a BIS number',
  day: 'the day (digits 5–6) must be 00–31',
  'check-digits': 'the check digits (last two) do not match: a typing error?',
};

const fail = (error: NationalNumberError): NationalNumberResult => ({ ok: false, error, message: MESSAGES[error] });

export function parseNationalNumber(input: string): NationalNumberResult {
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty');
  if (!/^[\d.\-\s/]+$/.test(trimmed)) return fail('characters');
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length !== 11) return fail('length');

  const rawMonth = Number(digits.slice(2, 4));
  let month = rawMonth;
  let kind: 'niss' | 'bis' = 'niss';
  let bisSexKnown: boolean | undefined;
  if (rawMonth >= 40 && rawMonth <= 52) {
    kind = 'bis';
    bisSexKnown = true;
    month = rawMonth - 40;
  } else if (rawMonth >= 20 && rawMonth <= 32) {
    kind = 'bis';
    bisSexKnown = false;
    month = rawMonth - 20;
  } else if (rawMonth > 12) {
    return fail('month');
  }
  const day = Number(digits.slice(4, 6));
  if (day > 31) return fail('day');

  const first9 = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9, 11));
  const expected = (n: number) => 97 - (n % 97);
  let century: 1900 | 2000;
  if (expected(first9) === check) century = 1900;
  else if (expected(2_000_000_000 + first9) === check) century = 2000;
  else return fail('check-digits');

  const yy = digits.slice(0, 2);
  const year = century === 2000 ? `20${yy}` : `19${yy}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ok: true,
    digits,
    formatted: `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`,
    kind,
    ...(bisSexKnown === undefined ? {} : { bisSexKnown }),
    inNationalRegister: kind === 'niss',
    century,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
  };
}
