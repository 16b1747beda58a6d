import { describe, expect, it } from 'vitest';
import { countryGroup, daysLeft, decideSituation, isExpired, isTreatyCountry } from '../../rules/index';

describe('document expiry', () => {
  it('valid on its last day, expired the day after', () => {
    expect(isExpired('2026-11-23', '2026-11-23')).toBe(false);
    expect(isExpired('2026-11-22', '2026-11-23')).toBe(true);
    expect(daysLeft('2026-12-01', '2026-11-23')).toBe(8);
    expect(daysLeft('2026-11-20', '2026-11-23')).toBe(-3);
  });

  it('an expired card is a warning and a question, not "no legal stay"', () => {
    const v = decideSituation({ document: 'card-b', nationality: 'TR', documentValidUntil: '2026-01-31', today: '2026-11-23', indigent: true });
    expect(v.warnings.map((w) => w.id)).toContain('document-expired');
    expect(v.decidedAs).toBe('card-b');
    expect(v.firstPayer).toBe('belgian-insurer');
    expect(v.amuAttestation.value).toBe('not-required');
  });

  it('an expired document asks what the patient has today: keep it (renewal), an Annexe 15, or no legal stay', () => {
    const q = decideSituation({ document: 'card-a', documentValidUntil: '2026-01-31', today: '2026-11-23' }).nextQuestions[0]!;
    expect(q.fact).toBe('document');
    expect(q.answers.map((a) => a.value)).toEqual(['card-a', 'annexe-15', 'none']);
    expect(decideSituation({ document: 'card-a', documentValidUntil: '2027-01-31', today: '2026-11-23' }).nextQuestions.map((x) => x.fact)).not.toContain('document');
  });

  it('a valid card has no expiry warning; without today nothing is judged', () => {
    expect(decideSituation({ document: 'card-b', documentValidUntil: '2030-01-01', today: '2026-11-23' }).warnings.map((w) => w.id)).not.toContain('document-expired');
    expect(decideSituation({ document: 'card-b', documentValidUntil: '2020-01-01' }).warnings.map((w) => w.id)).not.toContain('document-expired');
  });

  it('old-layout F/F+ cards: warned from 3 August 2026', () => {
    expect(decideSituation({ document: 'card-f', today: '2026-08-03' }).warnings.map((w) => w.id)).toContain('f-card-old-layout');
    expect(decideSituation({ document: 'card-f-plus', today: '2026-08-02' }).warnings.map((w) => w.id)).not.toContain('f-card-old-layout');
  });
});

describe('country groups', () => {
  it.each([
    ['BE', 'belgian'], ['FR', 'eu'], ['HR', 'eu'], ['IS', 'eea'], ['LI', 'eea'], ['NO', 'eea'], ['CH', 'swiss'], ['GB', 'uk'], ['MA', 'third-country'], ['UA', 'third-country'],
  ] as const)('%s is %s', (code, group) => expect(countryGroup(code)).toBe(group));

  it('a Moroccan treaty attestation cites the 2022 convention', () => {
    const v = decideSituation({ document: 'annexe-3', nationality: 'MA', foreignCoverage: 'treaty-attestation' });
    expect(v.payers[0]!.citations.some((c) => c.quote.includes('1 June 2022'))).toBe(true);
  });

  it('treaty countries, Albania included since the seeds', () => {
    for (const c of ['AL', 'DZ', 'AU', 'BA', 'MK', 'MA', 'ME', 'RS', 'TN', 'TR']) expect(isTreatyCountry(c)).toBe(true);
    for (const c of ['US', 'FR', 'CD', 'GB']) expect(isTreatyCountry(c)).toBe(false);
  });
});
