import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { situationArb } from './situation-arbitrary';
import { DOCUMENT_IDS, FACT_VALUES, decideSituation, type Situation } from '../../rules/index';
import { VerdictSchema } from '../../rules/validate';
import { SituationSchema } from '../../rules/schema/situation';

const NON_CPAS = ['immigration-office', 'belgian-insurer', 's2', 'ehic', 'treaty', 'travel-insurance', 'fedasil'];
const RUNS = { numRuns: 2000 };

describe('properties over random valid situations', () => {
  it('generated situations are valid', () => {
    fc.assert(fc.property(situationArb, (s) => SituationSchema.safeParse(s).success), { numRuns: 300 });
  });

  it('never throws, and the verdict validates', () => {
    fc.assert(fc.property(situationArb, (s) => VerdictSchema.safeParse(decideSituation(s)).success), RUNS);
  });

  it('the patient is last, once', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const ids = decideSituation(s).payers.map((p) => p.id);
        return ids.at(-1) === 'patient' && ids.indexOf('patient') === ids.length - 1;
      }),
      RUNS,
    );
  });

  it('the CPAS comes after every non-CPAS payer, and never both cpas and cpas-amu', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const ids = decideSituation(s).payers.map((p) => p.id);
        const cpas = ids.findIndex((id) => id === 'cpas' || id === 'cpas-amu');
        if (ids.includes('cpas') && ids.includes('cpas-amu')) return false;
        return cpas === -1 || ids.every((id, i) => !NON_CPAS.includes(id) || i < cpas);
      }),
      RUNS,
    );
  });

  it('no CPAS route when indigent is false', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const ids = decideSituation({ ...s, indigent: false }).payers.map((p) => p.id);
        return !ids.includes('cpas') && !ids.includes('cpas-amu');
      }),
      RUNS,
    );
  });

  it('every payer and warning is cited', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const v = decideSituation(s);
        return v.payers.every((p) => p.citations.length > 0) && v.warnings.every((w) => w.citations.length > 0) && v.amuAttestation.citations.length > 0;
      }),
      RUNS,
    );
  });

  it('the AMU attestation agrees with the payers', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const v = decideSituation(s);
        const ids = v.payers.map((p) => p.id);
        if (v.amuAttestation.value === 'required') return ids.includes('cpas-amu');
        if (v.amuAttestation.value === 'depends') return ids.includes('cpas') && !ids.includes('cpas-amu');
        return !ids.includes('cpas-amu');
      }),
      RUNS,
    );
  });

  it('CPAS warnings only with a CPAS payer; AMU warnings only when the attestation may be needed', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const v = decideSituation(s);
        const ids = v.payers.map((p) => p.id);
        const w = v.warnings.map((x) => x.id);
        const cpas = ids.includes('cpas') || ids.includes('cpas-amu');
        const cpasWarnings = ['cpas-limited-in-practice', 'residence-right-at-risk', 'data-transfer-oe', 'spp-is-contested'];
        const amuWarnings = ['amu-confidential', 'non-nomenclature-not-reimbursed'];
        return (cpas || !w.some((x) => cpasWarnings.includes(x))) && (v.amuAttestation.value !== 'not-required' || !w.some((x) => amuWarnings.includes(x)));
      }),
      RUNS,
    );
  });

  it('an absent fact never adds a payer: no foreign, travel, Fedasil or Immigration Office payer without its fact', () => {
    const controlled: [keyof Situation, string[]][] = [
      ['foreignCoverage', ['s2', 'ehic', 'treaty']],
      ['travelInsurance', ['travel-insurance']],
      ['reception', ['fedasil']],
      ['detained', ['immigration-office']],
    ];
    fc.assert(
      fc.property(situationArb, (s) => {
        for (const [fact, payers] of controlled) {
          const without = { ...s };
          delete without[fact];
          if (decideSituation(without).payers.some((p) => payers.includes(p.id))) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(situationArb, (s) => JSON.stringify(decideSituation(s)) === JSON.stringify(decideSituation(structuredClone(s)))), { numRuns: 500 });
  });
});
