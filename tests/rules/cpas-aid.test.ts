/** One table per CPAS rule of the fiches: removing a rule makes its rows fail. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_VALUES, decideSituation, type Situation } from '../../rules/index';
import { situationArb } from './situation-arbitrary';

const aid = (s: Situation) => {
  const v = decideSituation(s);
  return { aid: v.cpasAid, amu: v.amuAttestation.value };
};

describe('CPAS aid by document', () => {
  it.each([
    ['none', { document: 'none' }, 'amu'],
    ['annexe 3: full, limited in practice', { document: 'annexe-3' }, 'full'],
    ['annexe 3ter: full, limited in practice', { document: 'annexe-3ter' }, 'full'],
    ['card B', { document: 'card-b' }, 'full'],
    ['card N: none', { document: 'card-n' }, 'none'],
    ['annexe 13, passed', { document: 'annexe-13', orderToLeaveExtended: false }, 'amu'],
    ['annexe 13, extended', { document: 'annexe-13', orderToLeaveExtended: true }, 'full'],
    ['annexe 13, unknown', { document: 'annexe-13' }, 'depends'],
  ] as [string, Situation, string][])('%s', (_, s, expected) => {
    expect(aid(s).aid).toBe(expected);
  });
});

describe('annexe 15, case by case', () => {
  it.each([
    [1, {}, 'depends'],
    [1, { familyOf: 'none' }, 'full'],
    [1, { familyOf: 'eu-citizen', euStatus: 'job-seeker' }, 'amu'],
    [1, { familyOf: 'eu-citizen', euStatus: 'inactive', monthsInBelgium: 1 }, 'full'],
    [2, {}, 'full'],
    [3, { absenceExceeded: true }, 'amu'],
    [3, { absenceExceeded: false }, 'full'],
    [3, {}, 'depends'],
    [4, { familyOf: 'eu-citizen', euStatus: 'job-seeker' }, 'amu'],
    [5, {}, 'none'],
    [6, {}, 'full'],
    [7, {}, 'full'],
    [8, { familyOf: 'eu-citizen', euStatus: 'student', monthsInBelgium: 2 }, 'amu'],
    [8, { familyOf: 'eu-citizen', euStatus: 'student', monthsInBelgium: 4 }, 'full'],
    [8, { familyOf: 'eu-citizen', euStatus: 'student' }, 'depends'],
    [8, { familyOf: 'belgian', monthsInBelgium: 1 }, 'depends'],
    [8, { familyOf: 'belgian', monthsInBelgium: 3 }, 'full'],
  ] as [number, Partial<Situation>, string][])('case %s with %j → %s', (c, facts, expected) => {
    expect(aid({ document: 'annexe-15', annexe15Case: c, nationality: 'MA', ...facts } as Situation).aid).toBe(expected);
  });
});

describe('annexe 15, box not known yet', () => {
  const unknownBox = { document: 'annexe-15', nationality: 'MA', indigent: true } as const;

  it('no box limits to AMU (own right, absence not exceeded): no attestation, and no AMU warnings', () => {
    const v = decideSituation({ ...unknownBox, familyOf: 'none', absenceExceeded: false });
    expect(v.amuAttestation.value).toBe('not-required');
    expect(v.payers.map((p) => p.id)).toContain('cpas');
    expect(v.warnings.map((w) => w.id)).not.toContain('amu-confidential');
    // The box still decides who pays first (the Belgian insurer for boxes 1–4 and 8): still asked.
    expect(v.nextQuestions.map((q) => q.fact)).toContain('annexe15Case');
  });

  it.each([
    ['the absence may have exceeded the legal duration (box 3)', { familyOf: 'none' }],
    ['the absence exceeded it (box 3)', { familyOf: 'none', absenceExceeded: true }],
    ['a family member of an EU job-seeker (boxes 1, 4, 8)', { familyOf: 'eu-citizen', euStatus: 'job-seeker', absenceExceeded: false }],
    ['whose family is not known (boxes 1, 4, 8)', { absenceExceeded: false }],
  ] as [string, Partial<Situation>][])('some box could limit to AMU, %s: depends on the box', (_, facts) => {
    const v = decideSituation({ ...unknownBox, ...facts } as Situation);
    expect(v.amuAttestation.value).toBe('depends');
    expect(v.amuAttestation.dependsOn).toContain('annexe15Case');
  });

  it('over random situations: "depends" exactly when some box would not give "not required"', () => {
    fc.assert(
      fc.property(situationArb, (random) => {
        const s = { ...random, document: 'annexe-15' } as Situation;
        delete (s as { annexe15Case?: number }).annexe15Case;
        const byBox = FACT_VALUES.annexe15Case.map((box) => decideSituation({ ...s, annexe15Case: box }).amuAttestation.value);
        const expected = byBox.every((value) => value === 'not-required') ? 'not-required' : 'depends';
        return decideSituation(s).amuAttestation.value === expected;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('EU-citizen limits (annexes 19, 35, card E/EU) and family-member limits (19ter, orange card, card F)', () => {
  it.each([
    ['annexe-19', { nationality: 'PL', familyOf: 'none', euStatus: 'job-seeker' }, 'amu'],
    ['annexe-19', { nationality: 'PL', familyOf: 'none', euStatus: 'student', monthsInBelgium: 2 }, 'amu'],
    ['annexe-19', { nationality: 'PL', familyOf: 'none', euStatus: 'student', monthsInBelgium: 3 }, 'full'],
    ['annexe-19', { nationality: 'PL', familyOf: 'none', euStatus: 'self-employed' }, 'full'],
    ['annexe-19', { nationality: 'PL', euStatus: 'job-seeker' }, 'amu'],
    ['annexe-19', { nationality: 'IS', familyOf: 'none', euStatus: 'job-seeker' }, 'amu'],
    ['annexe-19', { nationality: 'CH', familyOf: 'none', euStatus: 'job-seeker' }, 'depends'],
    ['annexe-19', { euStatus: 'job-seeker', familyOf: 'none' }, 'depends'],
    ['annexe-19', { nationality: 'PL' }, 'depends'],
    ['annexe-35', { nationality: 'AF', familyOf: 'none' }, 'full'],
    ['annexe-35', { nationality: 'AF', familyOf: 'eu-citizen', euStatus: 'job-seeker' }, 'amu'],
    ['annexe-35', { nationality: 'AF', familyOf: 'third-country-national' }, 'full'],
    ['card-e', { nationality: 'IT', familyOf: 'none', euStatus: 'job-seeker' }, 'amu'],
    ['card-eu', { nationality: 'IT', familyOf: 'none', euStatus: 'inactive', monthsInBelgium: 0 }, 'amu'],
    ['annexe-19ter', { nationality: 'MA', familyOf: 'eu-citizen', euStatus: 'job-seeker' }, 'amu'],
    ['annexe-19ter', { nationality: 'MA', familyOf: 'belgian', monthsInBelgium: 2 }, 'depends'],
    ['annexe-19ter', { nationality: 'MA', familyOf: 'belgian', monthsInBelgium: 12 }, 'full'],
    ['annexe-19ter', { nationality: 'MA' }, 'depends'],
    ['attestation-immatriculation', { nationality: 'MA', attestationReason: 'international-protection' }, 'full'],
    ['attestation-immatriculation', { nationality: 'MA', attestationReason: 'family-reunification' }, 'depends'],
    ['attestation-immatriculation', { nationality: 'MA', familyOf: 'eu-citizen', euStatus: 'inactive', monthsInBelgium: 1 }, 'amu'],
    ['card-f', { nationality: 'MA', familyOf: 'eu-citizen', euStatus: 'job-seeker' }, 'amu'],
    ['card-f', { nationality: 'MA', familyOf: 'none' }, 'full'],
    ['card-f-plus', { nationality: 'MA', familyOf: 'eu-citizen', euStatus: 'job-seeker' }, 'full'],
  ] as [Situation['document'], Partial<Situation>, string][])('%s %j → %s', (document, facts, expected) => {
    expect(aid({ document, ...facts } as Situation).aid).toBe(expected);
  });
});

describe('who reaches the CPAS', () => {
  it('unknown indigence is decided as if indigent', () => {
    expect(decideSituation({ document: 'none' }).payers.map((p) => p.id)).toContain('cpas-amu');
  });
  it('Fedasil competent: no CPAS, no attestation', () => {
    const v = decideSituation({ document: 'none', reception: 'collective-centre', indigent: true });
    expect(v.payers.map((p) => p.id)).toEqual(['fedasil', 'patient']);
    expect(v.amuAttestation.value).toBe('not-required');
  });
  it('the Immigration Office: first, and no CPAS', () => {
    const v = decideSituation({ document: 'none', detained: true, indigent: true });
    expect(v.payers.map((p) => p.id)).toEqual(['immigration-office', 'patient']);
  });
  it('an undecided CPAS is not named "full social aid"', () => {
    const v = decideSituation({ document: 'annexe-19', nationality: 'PL', indigent: true });
    const cpas = v.payers.find((p) => p.id === 'cpas')!;
    expect(v.amuAttestation.value).toBe('depends');
    expect(cpas.name.en).toContain('full aid or AMU');
    expect(decideSituation({ document: 'card-b', indigent: true }).payers.find((p) => p.id === 'cpas')!.name.en).toContain('full social aid');
  });

  it('the SPP IS dispute shows its warning and keeps cpas', () => {
    const v = decideSituation({ document: 'card-f', nationality: 'MA', familyOf: 'belgian', indigent: true });
    expect(v.warnings.map((w) => w.id)).toContain('spp-is-contested');
    expect(v.amuAttestation.dependsOn).toContain('monthsInBelgium');
  });
});
