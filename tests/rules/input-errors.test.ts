import { describe, expect, it } from 'vitest';
import { SituationError, decide } from '../../rules/validate';

function errorOf(input: unknown): SituationError {
  try {
    decide(input);
  } catch (e) {
    if (e instanceof SituationError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('bad input gets a clear, specific error naming the field', () => {
  it.each([
    [null, 'situation', 'expected an object'],
    [[], 'situation', 'expected an object'],
    [{}, 'document', 'expected one of'],
    [{ document: 'card-z' }, 'document', 'card-k'],
    [{ document: 'none', nationality: 'ma' }, 'nationality', 'ISO 3166-1'],
    [{ document: 'annexe-15', annexe15Case: 9 }, 'annexe15Case', '1 to 8'],
    [{ document: 'annexe-15', annexe15Case: 2.5 }, 'annexe15Case', 'whole number'],
    [{ document: 'none', monthsInBelgium: -1 }, 'monthsInBelgium', '≥ 0'],
    [{ document: 'none', indigent: 'yes' }, 'indigent', 'true or false'],
    [{ document: 'none', reception: 'hotel' }, 'reception', 'collective-centre'],
    [{ document: 'none', documentValidUntil: '2026-02-30' }, 'documentValidUntil', 'calendar date'],
    [{ document: 'none', documentValidUntil: '30/01/2026' }, 'documentValidUntil', 'YYYY-MM-DD'],
    [{ document: 'none', colour: 'blue' }, 'situation', 'unknown fact(s): colour'],
  ])('%j → %s', (input, field, words) => {
    const e = errorOf(input);
    const issue = e.issues.find((i) => i.field === field);
    expect(issue, e.message).toBeDefined();
    expect(issue!.message).toContain(words);
  });

  it('lists every wrong field at once', () => {
    expect(errorOf({ document: 'none', indigent: 1, care: 'urgent' }).issues.map((i) => i.field).sort()).toEqual(['care', 'indigent']);
  });
});
