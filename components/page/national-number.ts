/**
 * The Belgian national number (NISS/INSZ) and BIS number, as typed in an HIS:
 * "85.07.30-033.28", "85073003328", "850730 033 28". 11 digits YYMMDD-SSS-CC with
 * CC = 97 − (N mod 97), N the first nine digits, or 2 000 000 000 + them for births from 2000.
 * A BIS number has the month + 20 (sex unknown) or + 40 (sex known). DOMAIN.md, "The national
 * number". Sex is never inferred from the serial.
 */
export interface NationalNumber {
  readonly digits: string;
  /** YY.MM.DD-SSS.CC */
  readonly formatted: string;
  readonly type: 'niss' | 'bis';
  readonly checksumValid: boolean;
  /** The century the check digits point to, when they are valid. */
  readonly century?: 1900 | 2000;
}

export function parseNationalNumber(text: string): NationalNumber | null {
  const compact = text.trim();
  if (!/^[\d\s.\-/]+$/.test(compact)) return null;
  const digits = compact.replace(/\D/g, '');
  if (digits.length !== 11) return null;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const century = 97 - (base % 97) === check ? 1900 : 97 - ((2_000_000_000 + base) % 97) === check ? 2000 : undefined;
  const month = Number(digits.slice(2, 4));
  const type = month >= 20 && month <= 52 ? 'bis' : 'niss';
  const formatted = `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
  return century ? { digits, formatted, type, checksumValid: true, century } : { digits, formatted, type, checksumValid: false };
}
