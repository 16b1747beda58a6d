import { describe, expect, it } from 'vitest';
import { failuresOf, tallyVitest, type VitestReport } from './tally';

const file = (status: string, tests: string[]) => ({
  name: 'x.test.ts',
  status,
  assertionResults: tests.map((test) => ({ status: test })),
});

describe('tallyVitest', () => {
  it('counts passed and failed tests', () => {
    const report: VitestReport = {
      numPassedTests: 3,
      numFailedTests: 1,
      testResults: [file('passed', ['passed', 'passed']), file('failed', ['passed', 'failed'])],
    };
    expect(tallyVitest(report, 1)).toEqual({ passed: 3, failed: 1 });
  });

  it('counts a file that failed to load as one failure', () => {
    const report: VitestReport = { numPassedTests: 2, numFailedTests: 0, testResults: [file('failed', [])] };
    expect(tallyVitest(report, 1)).toEqual({ passed: 2, failed: 1 });
  });

  it('counts a failed run with a clean report (unhandled error) as one failure', () => {
    expect(tallyVitest({ numPassedTests: 5, numFailedTests: 0, testResults: [] }, 1)).toEqual({ passed: 5, failed: 1 });
  });

  it('counts a run without a report as one failure', () => {
    expect(tallyVitest(undefined, 0)).toEqual({ passed: 0, failed: 1 });
  });

  it('skipped tests count neither way', () => {
    expect(tallyVitest({ numPassedTests: 1, numFailedTests: 0, testResults: [file('passed', ['passed', 'skipped'])] }, 0)).toEqual({
      passed: 1,
      failed: 0,
    });
  });
});

describe('failuresOf', () => {
  it('names each failed test with the first line of its message, and each file that failed to load', () => {
    const report: VitestReport = {
      numPassedTests: 1,
      numFailedTests: 1,
      testResults: [
        {
          name: '/repo/tests/a.test.ts',
          status: 'failed',
          assertionResults: [
            { status: 'passed', fullName: 'a works' },
            { status: 'failed', fullName: 'a > breaks', failureMessages: ['AssertionError: expected 1 to be 2\n    at a.test.ts:3'] },
          ],
        },
        { name: '/repo/tests/b.test.ts', status: 'failed', message: 'Cannot find module x\nstack', assertionResults: [] },
        { name: '/repo/tests/c.test.ts', status: 'passed', assertionResults: [{ status: 'passed', fullName: 'c' }] },
      ],
    };
    expect(failuresOf(report, '/repo')).toEqual([
      'tests/a.test.ts > a > breaks: AssertionError: expected 1 to be 2',
      'tests/b.test.ts: Cannot find module x',
    ]);
  });

  it('lists nothing for a clean run or a missing report', () => {
    expect(failuresOf({ numPassedTests: 1, numFailedTests: 0, testResults: [file('passed', ['passed'])] })).toEqual([]);
    expect(failuresOf(undefined)).toEqual([]);
  });
});
