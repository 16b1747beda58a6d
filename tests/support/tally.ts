/** How `npm test` (./test-all.ts) counts results. */

export interface Tally {
  passed: number;
  failed: number;
}

/** The parts of vitest's JSON report (jest-compatible) that the total needs. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName?: string; failureMessages?: string[] }[];
  }[];
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

/**
 * One line per failure of a vitest run: "file > test: first line of the message", or
 * "file: message" for a file that failed to load. CI shows only the end of the output, so
 * `npm test` repeats these just before its total, where they are seen.
 */
export function failuresOf(report: VitestReport | undefined, root = ''): string[] {
  if (!report) return [];
  const lines: string[] = [];
  const firstLine = (text: string | undefined) => (text ?? '').trim().split('\n')[0]!.slice(0, 300);
  for (const file of report.testResults) {
    const name = root && file.name.startsWith(root) ? file.name.slice(root.length).replace(/^[\\/]/, '') : file.name;
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failed) lines.push(`${name} > ${test.fullName ?? '?'}: ${firstLine(test.failureMessages?.[0])}`);
    if (file.status === 'failed' && failed.length === 0) lines.push(`${name}: ${firstLine(file.message) || 'failed to run'}`);
  }
  return lines;
}
