import { describe, expect, it } from 'vitest';
import { DOCUMENTS, PAYER_NAMES, WARNING_TEXTS, decideSituation, describeSource, type FactId } from '@/rules/index';
import { buildSummary } from '@/components/panel/summary';
import { UI_LANGS } from '@/components/i18n/index';

const verdict = decideSituation({ document: 'annexe-19', nationality: 'PL', euStatus: 'job-seeker', indigent: true, familyOf: 'none', monthsInBelgium: 8, today: '2026-03-15' });
const answers = new Map<FactId, string | number | boolean>([
  ['nationality', 'PL'],
  ['euStatus', 'job-seeker'],
  ['indigent', true],
  ['familyOf', 'none'],
  ['monthsInBelgium', 3],
]);
const input = { verdict, answers, dontKnow: new Set<FactId>(['travelInsurance']), today: '2026-03-15' };

describe('the plain-text summary for the HIS note', () => {
  it('has the document, the answers, the payer order, the AMU attestation, the warnings and the sources', () => {
    const text = buildSummary(input, 'fr');
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Payer Check — résumé du 15/03/2026',
      `Document\u202f: ${DOCUMENTS['annexe-19'].names.official.fr}`,
      'Réponses\u202f:',
      '- Nationalité\u202f: Pologne (PL)',
      '- Qualité du citoyen de l’Union\u202f: Demandeur d’emploi',
      '- Sans ressources\u202f: Oui, sans ressources',
      '- Lien familial\u202f: Non, à titre propre',
      '- Durée du séjour\u202f: 3 mois ou plus',
    ]);
    expect(text).toContain('- Assurance voyage\u202f: Je ne sais pas');
    expect(text).toContain(`1. ${PAYER_NAMES['cpas-amu'].fr} — ${verdict.payers[0]!.why.fr}`);
    expect(text).toContain(`Attestation AMU\u202f: requise — ${verdict.amuAttestation.reason.fr}`);
    expect(text).toContain(`- ${WARNING_TEXTS['residence-right-at-risk'].fr}`);
    expect(text).toContain(`- ${describeSource('seed-documents')} — Annexe 19 › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS`);
  });

  it.each(UI_LANGS)('is written in the interface language (%s), plain text only', (language) => {
    const text = buildSummary(input, language);
    expect(text).toContain(PAYER_NAMES['cpas-amu'][language]);
    expect(text).toContain(DOCUMENTS['annexe-19'].names.official[language]);
    expect(text).not.toMatch(/<[a-z]/i);
    // Each source and section once.
    const sources = text.split('\n').filter((l) => l.startsWith('- ') && l.includes(' › '));
    expect(new Set(sources).size).toBe(sources.length);
  });
});
