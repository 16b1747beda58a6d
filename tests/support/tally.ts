/** How `npm test` (./test-all.ts) counts results. */

export interface Tally {
  passed: number;
  failed: number;
}

/** The parts of vitest's JSON report (jest-compatible) that the total needs. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

/**
 * Counts a vitest run: its passed and failed tests, plus one failure per file that failed
 * without a failing test (an import error, a hook that threw), plus one when vitest failed
 * and the report shows nothing else (no report, unhandled errors).
 */
export function tallyVitest(report: VitestReport | undefined, exitCode: number): Tally {
  if (!report) return { passed: 0, failed: 1 };
  let failed = report.numFailedTests;
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')) failed += 1;
  }
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { passed: report.numPassedTests, failed };
}
