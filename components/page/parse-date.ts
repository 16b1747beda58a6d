/**
 * A date as an HIS shows it → ISO yyyy-mm-dd: 30/07/2026, 30-07-2026, 30.07.2026, 2026-07-30,
 * 30/07/26, 30072026, "30 juillet 2026", "30 juli 2026", "30. Juli 2026", "July 30, 2026".
 * Day first, as in Belgium. Month names come from Intl in FR/NL/DE/EN. Impossible dates → null.
 */
import { normalizeText } from './normalize-text';

let months: Map<string, number> | null = null;

function monthIndex(): Map<string, number> {
  if (months) return months;
  months = new Map();
  for (const language of ['fr', 'nl', 'de', 'en']) {
    for (const style of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 0; m < 12; m++) {
        const name = normalizeText(format.format(new Date(Date.UTC(2001, m, 15))));
        if (name && !months.has(name)) months.set(name, m + 1);
      }
    }
  }
  for (const [name, m] of Object.entries({ sept: 9, juil: 7, janv: 1, fevr: 2, avr: 4, mrt: 3, mei: 5, okt: 10, maerz: 3, marz: 3 })) {
    if (!months.has(name)) months.set(name, m);
  }
  return months;
}

export function parseDateToIso(text: string, today: Date = new Date()): string | null {
  const raw = text.trim();
  if (!raw) return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(raw);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?:\s.*)?$/.exec(raw);
  if (m) return iso(fullYear(m[3]!, today), +m[2]!, +m[1]!);
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(raw);
  if (m) {
    const dayFirst = iso(+m[3]!, +m[2]!, +m[1]!);
    if (dayFirst) return dayFirst;
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  const t = normalizeText(raw);
  m = /^(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthIndex().get(m[2]!);
    return month ? iso(+m[3]!, month, +m[1]!) : null;
  }
  m = /^([a-z]+)\s+(\d{1,2})\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthIndex().get(m[1]!);
    return month ? iso(+m[3]!, month, +m[2]!) : null;
  }
  return null;
}

/** Two-digit years: up to 20 years ahead are this century (expiry dates), older are the last. */
function fullYear(year: string, today: Date): number {
  if (year.length === 4) return +year;
  const y = +year;
  const now = today.getUTCFullYear();
  const century = Math.floor(now / 100) * 100;
  return century + y > now + 20 ? century - 100 + y : century + y;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
