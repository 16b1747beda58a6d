/**
 * DMN-style gap check: document × the facts that matter, every combination decided, none
 * undefined, each verdict valid; and the hit policies hold (payers in rule order, one AMU answer).
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS, PAYER_IDS, decideSituation, type Situation } from '../../rules/index';
import { VerdictSchema } from '../../rules/validate';
import { evaluate } from '../../rules/engine/evaluate';

const nationalities = [undefined, 'FR', 'CH', 'GB', 'MA', 'US'] as const;
const familyOf = [undefined, 'none', 'eu-citizen', 'belgian', 'third-country-national'] as const;
const euStatus = [undefined, 'worker', 'job-seeker', 'student', 'inactive'] as const;
const months = [undefined, 1, 5] as const;
const indigent = [undefined, true, false] as const;
const cases = [undefined, 1, 2, 3, 4, 5, 6, 7, 8] as const;

function* situations(): Generator<Situation> {
  for (const document of DOCUMENT_IDS)
    for (const nationality of nationalities)
      for (const f of familyOf)
        for (const st of euStatus)
          for (const m of months)
            for (const ind of indigent)
              for (const c of document === 'annexe-15' ? cases : [undefined]) {
                const s: Record<string, unknown> = { document };
                if (nationality) s.nationality = nationality;
                if (f) s.familyOf = f;
                if (st) s.euStatus = st;
                if (m !== undefined) s.monthsInBelgium = m;
                if (ind !== undefined) s.indigent = ind;
                if (c !== undefined) s.annexe15Case = c;
                yield s as unknown as Situation;
              }
}

describe('enumeration over document × the facts that matter', () => {
  it('finds no undefined verdict, and every verdict is valid and ordered', () => {
    let n = 0;
    for (const s of situations()) {
      const e = evaluate(s);
      n++;
      const order = e.payers.map((p) => PAYER_IDS.indexOf(p.id));
      if (order.some((i) => i < 0) || order.some((x, i) => i > 0 && x <= order[i - 1]!)) throw new Error(`payers out of rule order: ${JSON.stringify(s)}`);
      if (!['required', 'not-required', 'depends'].includes(e.amu.value)) throw new Error(`no AMU answer: ${JSON.stringify(s)}`);
      // The whole verdict (with its questionnaire) for one combination in 20.
      if (n % 20 === 0) {
        const r = VerdictSchema.safeParse(decideSituation(s));
        if (!r.success) throw new Error(`${JSON.stringify(s)}: ${r.error.message}`);
      }
    }
    expect(n).toBeGreaterThan(40_000);
  }, 120_000);
});
