/** How the panel and the summary name facts, answers, dates and the AMU attestation, in a given language. */
import { ANSWERS, DONT_KNOW, type FactId, type Lang, type Verdict } from '@/rules/index';
import { isUiKey, tIn, type UiKey } from '@/components/i18n/index';
import { countryName } from '@/components/ui/countries';
import type { AnswerValue } from '@/components/state/patient';

/** A fact's short name ("Nationality"); the id itself for a fact the dictionaries do not name. */
export function factLabel(fact: FactId | string, language: Lang): string {
  const key = `fact_${fact}`;
  return isUiKey(key) ? tIn(language, key) : fact;
}

/** YYYY-MM-DD as the clerk writes dates (e.g. 31/12/2026 in French). */
export function formatDate(iso: string, language: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(`${language}-BE`, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** An answer in words: the rules' label, a country's name, a date. */
export function answerLabel(fact: FactId, value: AnswerValue, language: Lang): string {
  if (fact === 'nationality' && typeof value === 'string') return `${countryName(value, language)} (${value})`;
  if (fact === 'documentValidUntil' && typeof value === 'string') return formatDate(value, language);
  return ANSWERS[fact]?.[String(value)]?.[language] ?? String(value);
}

export function dontKnowLabel(language: Lang): string {
  return DONT_KNOW[language];
}

/** "required" / "not required" / "depends on: nationality, EU citizen's quality". */
export function amuText(amu: Verdict['amuAttestation'], language: Lang): string {
  if (amu.value === 'required') return tIn(language, 'amuRequired');
  if (amu.value === 'not-required') return tIn(language, 'amuNotRequired');
  if (amu.dependsOn.length === 0) return tIn(language, 'amuDependsShort');
  return tIn(language, 'amuDepends', { facts: amu.dependsOn.map((f) => factLabel(f, language)).join(', ') });
}

/** The one line the panel announces and `npm start` prints. */
export function verdictLine(verdict: Verdict, language: Lang): string {
  const first = verdict.payers[0]!;
  return tIn(language, 'verdictLine', { payer: first.name[language], amu: amuText(verdict.amuAttestation, language) });
}
