import { describe, expect, it } from 'vitest';
import { parseNationalNumber } from '../../rules/index';

describe('national number (NISS / INSZ) and BIS number — DOMAIN.md worked examples', () => {
  it.each([
    ['85.07.30-033.28', 'niss', 1900, '1985-07-30', true],
    ['01.02.03-004.67', 'niss', 2000, '2001-02-03', true],
    ['85.47.30-033.17', 'bis', 1900, '1985-07-30', false],
    ['85.27.30-033.71', 'bis', 1900, '1985-07-30', false],
    ['75.01.01-097.97', 'niss', 1900, '1975-01-01', true],
    ['85073003328', 'niss', 1900, '1985-07-30', true],
    [' 85 07 30 033 28 ', 'niss', 1900, '1985-07-30', true],
  ] as const)('%s → %s, %s', (input, kind, century, birthDate, inRegister) => {
    const r = parseNationalNumber(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe(kind);
    expect(r.century).toBe(century);
    expect(r.birthDate).toBe(birthDate);
    expect(r.inNationalRegister).toBe(inRegister);
  });

  it('tells a BIS number made with the sex known (+40) from one without (+20)', () => {
    const a = parseNationalNumber('85.47.30-033.17');
    const b = parseNationalNumber('85.27.30-033.71');
    expect(a.ok && a.bisSexKnown).toBe(true);
    expect(b.ok && b.bisSexKnown).toBe(false);
  });

  it('formats as YY.MM.DD-SSS.CC', () => {
    const r = parseNationalNumber('85073003328');
    expect(r.ok && r.formatted).toBe('85.07.30-033.28');
  });

  it.each([
    ['', 'empty'],
    ['85.07.30-033.2', 'length'],
    ['85.07.30-033.288', 'length'],
    ['85.O7.30-033.28', 'characters'],
    ['85.07.30-033.29', 'check-digits'],
    ['01.02.03-004.68', 'check-digits'],
    ['85.13.30-033.28', 'month'],
    ['85.07.32-033.28', 'day'],
  ] as const)('%j is rejected: %s', (input, error) => {
    const r = parseNationalNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe(error);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });

  it('accepts an unknown day or month (00)', () => {
    // 85.00.00-033.xx with its own check digits.
    const n = 850000033;
    const cc = String(97 - (n % 97)).padStart(2, '0');
    const r = parseNationalNumber(`85.00.00-033.${cc}`);
    expect(r.ok && r.birthDate).toBe('1985-00-00');
  });
});
