/** One table per CPAS rule of the fiches: removing a rule makes its rows fail. */
import { describe, expect, it } from 'vitest';
import { decideSituation, type Situation } from '../../rules/index';

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
