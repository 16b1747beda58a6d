/**
 * A verdict allocates little: its parts are shared, frozen objects (rules/engine/verdict-parts.ts),
 * the engine's outcomes are shared (cpas-aid.ts, evaluate.ts), and the questionnaire reuses one
 * probe. What a decision allocates sets its p99 (`npm run bench`): 8.9 kB a verdict made about
 * one decision in sixty pause for tens of µs. These tests fail when the sharing is undone, when a
 * shared part can be mutated, or when the allocation grows back.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideSituation, type Situation, type Verdict } from '../../rules/index';
import { evaluate } from '../../rules/engine/evaluate';
import { situationArb } from './situation-arbitrary';

/** Every shared part of a verdict, with where it sits. */
function partsOf(v: Verdict): [string, object][] {
  return [
    ...v.payers.map((p, i): [string, object] => [`payers[${i}]`, p]),
    ...v.warnings.map((w, i): [string, object] => [`warnings[${i}]`, w]),
    ['amuAttestation', v.amuAttestation],
    ['insuranceAccess', v.insuranceAccess],
    ['nationalRegister', v.nationalRegister],
    ['qualities', v.qualities],
    ...v.nextQuestions.map((q, i): [string, object] => [`nextQuestions[${i}]`, q]),
  ];
}

describe('verdict parts are shared and frozen', () => {
  it('two verdicts of the same situation share every part, but not their own object and lists', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const a = decideSituation(s);
        const b = decideSituation({ ...s });
        expect(b).not.toBe(a);
        expect(b.payers).not.toBe(a.payers);
        expect(b.warnings).not.toBe(a.warnings);
        expect(b.nextQuestions).not.toBe(a.nextQuestions);
        const pa = partsOf(a);
        const pb = partsOf(b);
        expect(pb.map(([k]) => k)).toEqual(pa.map(([k]) => k));
        // The expired-document question names the document: built per verdict, not shared.
        pa.forEach(([where, part], i) => {
          if (where.startsWith('nextQuestions') && (part as { fact: string }).fact === 'document') return;
          expect(pb[i]![1], where).toBe(part);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a shared part cannot be changed: a mutation throws instead of changing the next patient’s verdict', () => {
    const v = decideSituation({ document: 'annexe-19', nationality: 'RO', indigent: true });
    for (const [where, part] of partsOf(v)) expect(Object.isFrozen(part), where).toBe(true);
    expect(() => {
      (v.payers[0] as { name: unknown }).name = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (v.amuAttestation as { value: string }).value = 'required';
    }).toThrow(TypeError);
    expect(decideSituation({ document: 'annexe-19', nationality: 'RO', indigent: true })).toEqual(v);
  });

  it("the CPAS's aid and the AMU attestation are one object per outcome", () => {
    const situations: Situation[] = [
      { document: 'none', indigent: true },
      { document: 'annexe-19', nationality: 'RO', euStatus: 'job-seeker', indigent: true },
      { document: 'annexe-15', annexe15Case: 4, familyOf: 'eu-citizen', euStatus: 'student', monthsInBelgium: 1 },
      { document: 'annexe-15', annexe15Case: 3 },
      { document: 'annexe-3' },
      { document: 'annexe-13' },
    ];
    for (const s of situations) {
      const a = evaluate(s);
      const b = evaluate({ ...s });
      expect(b.aid, s.document).toBe(a.aid);
      expect(b.amu, s.document).toBe(a.amu);
    }
  });

  it('the CPAS is named "to be settled" in exactly the verdicts whose attestation depends, although the payer parts are shared', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const v = decideSituation(s);
        const cpas = v.payers.find((p) => p.id === 'cpas');
        if (!cpas) return;
        expect(cpas.name.en.includes('to be settled')).toBe(v.amuAttestation.value === 'depends');
      }),
      { numRuns: 500 },
    );
  });
});

describe('what a verdict allocates', () => {
  it('a verdict with its questionnaire allocates under 4 kB on average (it was 8.9 kB; about 1 kB now)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const situations = fc.sample(situationArb, { numRuns: 200, seed: 20261124 });
    for (let i = 0; i < 20; i++) for (const s of situations) decideSituation(s); // every part built once
    // What one loop allocates depends on the JIT's progress (unoptimised code allocates about
    // twice as much: 2.1 kB with --no-opt) and on what else the worker does, so the test keeps
    // the smallest of several loops. A collection inside a loop makes its figure negative:
    // such a loop is left out.
    const trials: number[] = [];
    for (let t = 0; t < 7; t++) {
      gc();
      const before = process.memoryUsage().heapUsed;
      for (const s of situations) decideSituation(s);
      const perVerdict = (process.memoryUsage().heapUsed - before) / situations.length;
      if (perVerdict > 0) trials.push(perVerdict);
    }
    expect(trials.length).toBeGreaterThan(0);
    expect(Math.min(...trials)).toBeLessThan(4_000);
  });
});
