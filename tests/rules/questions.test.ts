import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACT_VALUES, decideSituation, type Situation } from '../../rules/index';
import type { EnumFact } from '../../rules/schema/facts';
import { DECIDE_ALIKE, UNKNOWN_READS_AS } from '../../rules/engine/questions';
import { situationArb } from './situation-arbitrary';

const facts = (s: Situation) => decideSituation(s).nextQuestions.map((q) => q.fact);

/** What a situation decides, as the questionnaire compares it (payers in order, warnings as a set). */
const outcome = (s: Situation) => {
  const v = decideSituation(s, { questions: false });
  return { first: v.firstPayer, payers: v.payers.map((p) => p.id), amu: v.amuAttestation.value, warnings: v.warnings.map((w) => w.id).sort() };
};

describe('next questions, generated from the rules', () => {
  it('annexe 15 without its case asks for the case first', () => {
    expect(facts({ document: 'annexe-15' })[0]).toBe('annexe15Case');
  });

  it('asks the facts the AMU attestation depends on before the others', () => {
    const v = decideSituation({ document: 'annexe-19', nationality: 'RO', indigent: true });
    expect(v.amuAttestation.dependsOn).toContain('euStatus');
    expect(v.nextQuestions[0]!.fact).toBe('euStatus');
    const q19ter = facts({ document: 'annexe-19ter', nationality: 'MA', indigent: true });
    expect(q19ter.indexOf('familyOf')).toBeGreaterThanOrEqual(0);
    expect(q19ter.indexOf('familyOf')).toBeLessThan(q19ter.indexOf('travelInsurance'));
  });

  it('asks the reception place of an asylum applicant first, and why the orange card is held', () => {
    const q = facts({ document: 'attestation-immatriculation', indigent: true });
    expect(q[0]).toBe('reception');
    expect(q).toContain('attestationReason');
  });

  it('never asks a known fact, nor one that changes nothing', () => {
    const s: Situation = { document: 'card-b', nationality: 'TR', belgianInsurance: 'affiliated', indigent: false, detained: false, foreignCoverage: 'none', travelInsurance: false, reception: 'none' };
    expect(facts(s)).toEqual([]);
    const q = facts({ document: 'annexe-19', nationality: 'RO', euStatus: 'worker' });
    expect(q).not.toContain('euStatus');
    expect(q).not.toContain('monthsInBelgium');
  });

  it('once indigence is known, the MyCareNet check (already affiliated?) comes first', () => {
    expect(facts({ document: 'none', indigent: true })[0]).toBe('belgianInsurance');
  });

  it('a rare fact (detention) is asked after the usual ones', () => {
    const q = facts({ document: 'none' });
    expect(q.indexOf('detained')).toBeGreaterThan(q.indexOf('indigent'));
  });

  it('each question has its text and labelled answers in four languages', () => {
    for (const q of decideSituation({ document: 'annexe-15' }).nextQuestions) {
      expect(q.question.nl.length).toBeGreaterThan(5);
      if (q.kind === 'choice') {
        expect(q.answers.length).toBeGreaterThan(1);
        for (const a of q.answers) expect(a.label.de).not.toBe(q.question.de);
      }
    }
  });

  it('answering a question removes it and the verdict moves on', () => {
    const before = decideSituation({ document: 'annexe-13', indigent: true });
    expect(before.amuAttestation.value).toBe('depends');
    expect(before.nextQuestions[0]!.fact).toBe('orderToLeaveExtended');
    const after = decideSituation({ document: 'annexe-13', indigent: true, orderToLeaveExtended: false });
    expect(after.amuAttestation.value).toBe('required');
    expect(after.nextQuestions.map((q) => q.fact)).not.toContain('orderToLeaveExtended');
  });
});

describe('the values the rules read an unknown fact as', () => {
  it('decide every random situation like unknown, so that the questionnaire may skip them', () => {
    const checked: Record<string, number> = {};
    fc.assert(
      fc.property(situationArb, (s) => {
        for (const [fact, values] of Object.entries(UNKNOWN_READS_AS) as [keyof Situation, readonly unknown[]][]) {
          if (s[fact] !== undefined) continue;
          const unknown = outcome(s);
          for (const value of values) {
            expect(outcome({ ...s, [fact]: value } as Situation), `${fact} = ${String(value)} in ${JSON.stringify(s)}`).toEqual(unknown);
            checked[fact] = (checked[fact] ?? 0) + 1;
          }
        }
      }),
      { numRuns: 3000 },
    );
    // Each entry was really tried.
    expect(Object.keys(checked).sort()).toEqual(Object.keys(UNKNOWN_READS_AS).sort());
  });

  it('are never a fact’s only answers, and the clerk is still offered them', () => {
    for (const [fact, values] of Object.entries(UNKNOWN_READS_AS) as [EnumFact, readonly unknown[]][]) {
      expect(FACT_VALUES[fact].length).toBeGreaterThan(values.length);
      for (const value of values) expect(FACT_VALUES[fact]).toContain(value);
    }
    const indigence = decideSituation({ document: 'none' }).nextQuestions.find((q) => q.fact === 'indigent')!;
    expect(indigence.answers.map((a) => a.value)).toEqual([true, false]);
  });

  it('a value that decides unlike unknown is still tried: removing the skip list changes no question', () => {
    // Indigence false removes the CPAS: the question stays, found by trying "false".
    expect(facts({ document: 'none' })).toContain('indigent');
    expect(facts({ document: 'card-b', nationality: 'TR' })).toContain('travelInsurance');
  });
});

describe('the answers that decide alike', () => {
  it('decide every random situation like the first of their group, so that the questionnaire tries only that one', () => {
    const checked: Record<string, number> = {};
    fc.assert(
      fc.property(situationArb, (s) => {
        for (const [fact, groups] of Object.entries(DECIDE_ALIKE) as [keyof Situation, readonly (readonly unknown[])[]][]) {
          for (const [first, ...others] of groups) {
            const expected = outcome({ ...s, [fact]: first } as Situation);
            for (const value of others) {
              expect(outcome({ ...s, [fact]: value } as Situation), `${fact} = ${String(value)} in ${JSON.stringify(s)}`).toEqual(expected);
              checked[fact] = (checked[fact] ?? 0) + 1;
            }
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(Object.keys(checked).sort()).toEqual(Object.keys(DECIDE_ALIKE).sort());
  });

  it('are real answers, each in one group, and the clerk is still offered every one of them', () => {
    for (const [fact, groups] of Object.entries(DECIDE_ALIKE) as [EnumFact, readonly (readonly unknown[])[]][]) {
      const all = groups.flat();
      expect(new Set(all).size).toBe(all.length);
      for (const value of all) expect(FACT_VALUES[fact]).toContain(value);
    }
    const reception = decideSituation({ document: 'annexe-26' }).nextQuestions.find((q) => q.fact === 'reception')!;
    expect(reception.answers.map((a) => a.value)).toEqual([...FACT_VALUES.reception]);
    const coverage = decideSituation({ document: 'none', nationality: 'FR' }).nextQuestions.find((q) => q.fact === 'foreignCoverage')!;
    expect(coverage.answers.map((a) => a.value)).toEqual([...FACT_VALUES.foreignCoverage]);
  });
});

describe('the questionnaire against brute force', () => {
  const outcome = (s: Situation) => {
    const v = decideSituation(s, { questions: false });
    return { first: v.firstPayer, payers: v.payers.map((p) => p.id).join(), amu: v.amuAttestation.value, warnings: v.warnings.map((w) => w.id).join() };
  };
  const NATIONALITIES = ['FR', 'CH', 'GB', 'MA', 'US'];

  it('asks exactly the unknown facts some answer would change, each with what it changes (no probe shortcut may lose one)', () => {
    fc.assert(
      fc.property(situationArb, (s) => {
        const base = outcome(s);
        const asked = new Map(decideSituation(s).nextQuestions.map((q) => [q.fact, [...q.changes].sort()]));
        const candidates: [string, readonly unknown[]][] = [
          ...(Object.entries(FACT_VALUES) as [string, readonly unknown[]][]),
          ['nationality', NATIONALITIES],
          ['monthsInBelgium', [1, 3]],
        ];
        for (const [fact, values] of candidates) {
          if ((s as unknown as Record<string, unknown>)[fact] !== undefined) continue;
          const changes = new Set<string>();
          for (const value of values) {
            const o = outcome({ ...s, [fact]: value } as Situation);
            if (o.first !== base.first) changes.add('first-payer');
            if (o.amu !== base.amu) changes.add('amu-attestation');
            if (o.payers !== base.payers) changes.add('payers');
            if (o.warnings !== base.warnings) changes.add('warnings');
          }
          expect(asked.get(fact as never) ?? [], `${fact} in ${JSON.stringify(s)}`).toEqual([...changes].sort());
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the order in which the rules emit payers and warnings', () => {
  // The questionnaire compares a probe's payers and warnings with the verdict's as sequences
  // (rules/engine/questions.ts, Signature): that is a comparison of sets only if every id comes
  // at most once and any two ids always come in the same order.
  it('each id comes at most once, and two ids never come in both orders', () => {
    const before = new Map<string, Set<string>>();
    const check = (ids: string[]) => {
      expect(new Set(ids).size, ids.join(',')).toBe(ids.length);
      ids.forEach((a, i) => {
        for (const b of ids.slice(i + 1)) {
          expect(before.get(b)?.has(a) ?? false, `${b} came before ${a} elsewhere`).toBe(false);
          if (!before.has(a)) before.set(a, new Set());
          before.get(a)!.add(b);
        }
      });
    };
    fc.assert(
      fc.property(situationArb, (s) => {
        const v = decideSituation(s, { questions: false });
        check(v.payers.map((p) => p.id));
        check(v.warnings.map((w) => w.id));
      }),
      { numRuns: 3000 },
    );
  });
});
