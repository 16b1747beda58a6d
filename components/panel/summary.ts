/**
 * The plain-text summary the clerk pastes into the HIS's note field: document, answers,
 * payer order, AMU attestation, warnings, sources — in the interface language.
 */
import { DOCUMENTS, describeSource, verdictCitations, type FactId, type Lang, type Verdict } from '@/rules/index';
import { tIn } from '@/components/i18n/index';
import type { AnswerValue } from '@/components/state/patient';
import { amuText, answerLabel, dontKnowLabel, factLabel, formatDate } from './format';

export interface SummaryInput {
  readonly verdict: Verdict;
  readonly answers: ReadonlyMap<FactId, AnswerValue>;
  readonly dontKnow: ReadonlySet<FactId>;
  readonly today: string;
}

export function buildSummary({ verdict, answers, dontKnow, today }: SummaryInput, language: Lang): string {
  const t = (key: Parameters<typeof tIn>[1], vars?: Parameters<typeof tIn>[2]) => tIn(language, key, vars);
  const colon = t('colon');
  const lines: string[] = [];
  lines.push(t('summaryTitle', { date: formatDate(today, language) }));
  lines.push(`${t('summaryDocument')}${colon} ${DOCUMENTS[verdict.document].names.official[language]}`);

  lines.push(`${t('summaryAnswers')}${colon}`);
  if (answers.size === 0 && dontKnow.size === 0) lines.push(`- ${t('summaryNone')}`);
  for (const [fact, value] of answers) lines.push(`- ${factLabel(fact, language)}${colon} ${answerLabel(fact, value, language)}`);
  for (const fact of dontKnow) lines.push(`- ${factLabel(fact, language)}${colon} ${dontKnowLabel(language)}`);

  lines.push(`${t('summaryPayers')}${colon}`);
  verdict.payers.forEach((payer, i) => lines.push(`${i + 1}. ${payer.name[language]} — ${payer.why[language]}`));

  lines.push(`${t('summaryAmu')}${colon} ${amuText(verdict.amuAttestation, language)} — ${verdict.amuAttestation.reason[language]}`);

  lines.push(`${t('summaryWarnings')}${colon}`);
  if (verdict.warnings.length === 0) lines.push(`- ${t('summaryNone')}`);
  for (const warning of verdict.warnings) lines.push(`- ${warning.text[language]}`);

  lines.push(`${t('summarySources')}${colon}`);
  const seen = new Set<string>();
  for (const c of verdictCitations(verdict)) {
    const line = `- ${describeSource(c.source)} — ${c.section}`;
    if (!seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  return lines.join('\n');
}
