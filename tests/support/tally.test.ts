import { describe, expect, it } from 'vitest';
import { tallyVitest, type VitestReport } from './tally';

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
