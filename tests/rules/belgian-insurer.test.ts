import { describe, expect, it } from 'vitest';
import { decideSituation, type Situation } from '../../rules/index';

const first = (s: Situation) => decideSituation(s).payers[0]!.id;
const has = (s: Situation) => decideSituation(s).payers.some((p) => p.id === 'belgian-insurer');

describe('Belgian insurer', () => {
  it('affiliated: always first (insurance can outlast legal stay), even without a document', () => {
    expect(first({ document: 'none', belgianInsurance: 'affiliated' })).toBe('belgian-insurer');
    expect(first({ document: 'annexe-13', belgianInsurance: 'affiliated' })).toBe('belgian-insurer');
  });

  it.each([
    ['card-a'], ['card-b'], ['card-c'], ['card-d'], ['card-e'], ['card-e-plus'], ['card-f'], ['card-f-plus'], ['card-h'],
    ['card-k'], ['card-l'], ['card-eu'], ['card-eu-plus'], ['annexe-8ter'], ['annexe-8quater'], ['card-m'], ['temporary-protection'], ['belgian-eid'],
  ] as [Situation['document']][])('%s: the registered-resident quality comes with the document', (document) => {
    expect(first({ document, belgianInsurance: 'not-affiliated', nationality: 'MA' })).toBe('belgian-insurer');
  });

  it.each([['card-i'], ['card-j'], ['card-n']] as [Situation['document']][])('%s: employment comes with the document', (document) => {
    expect(first({ document })).toBe('belgian-insurer');
  });

  it('annexe 15: registered only in cases 1, 2, 3, 4, 8', () => {
    for (const c of [1, 2, 3, 4, 8]) expect(has({ document: 'annexe-15', annexe15Case: c })).toBe(true);
    for (const c of [5, 6, 7]) expect(has({ document: 'annexe-15', annexe15Case: c })).toBe(false);
    expect(has({ document: 'annexe-15' })).toBe(false);
  });

  it('orange card: registered resident only with recognised protection', () => {
    expect(has({ document: 'attestation-immatriculation', recognisedProtection: true })).toBe(true);
    expect(has({ document: 'attestation-immatriculation', recognisedProtection: false })).toBe(false);
    expect(has({ document: 'attestation-immatriculation' })).toBe(false);
  });

  it.each([
    ['annexe-3', 'employedInBelgium', false],
    ['annexe-3ter', 'employedInBelgium', true],
    ['annexe-19ter', 'employedInBelgium', true],
    ['annexe-35', 'unaccompaniedMinorConditions', true],
    ['annexe-19', 'unaccompaniedMinorConditions', false],
    ['attestation-immatriculation', 'unaccompaniedMinorConditions', true],
    ['annexe-3', 'higherEducationStudent', true],
    ['none', 'employedInBelgium', false],
    ['annexe-26', 'employedInBelgium', true],
  ] as [Situation['document'], keyof Situation, boolean][])('%s with %s: %s', (document, fact, expected) => {
    expect(has({ document, [fact]: true } as Situation)).toBe(expected);
  });

  it('a known quality is named in the reason', () => {
    const v = decideSituation({ document: 'annexe-3ter', employedInBelgium: true });
    expect(v.payers[0]!.why.en).toContain('salaried or self-employed');
    expect(v.qualities.known).toEqual(['employed']);
  });
});
