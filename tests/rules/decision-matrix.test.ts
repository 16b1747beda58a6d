import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionMatrix } from '../../rules/report/decision-matrix';
import { MATRIX_PATH } from '../tools/write-matrix';

describe('the committed decision matrix', () => {
  it('is current (run `npm run matrix` after changing a rule)', () => {
    expect(readFileSync(MATRIX_PATH, 'utf8')).toBe(decisionMatrix());
  });
});
