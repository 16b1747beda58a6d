/**
 * `npm test`: type-check, unit tests, build (Chrome and Firefox), end-to-end tests in a
 * real Chromium and in Firefox ESR. Every step runs even when an earlier one failed, except
 * the end-to-end tests, which need the builds (the Firefox test is left out when only the
 * Firefox build failed). The last line is the total:
 *
 *   N passed, M failed
 *
 * counting every vitest test, plus one for each other step (type-check, each build); a
 * test file that cannot even load counts as one failure. Exits non-zero on any failure.
 * Vitest's JSON reports are kept in test-results/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChromeNotFoundError, findChrome } from './find-chrome';
import { FirefoxNotFoundError, findFirefox } from './find-firefox';
import { failuresOf, tallyVitest, type Tally, type VitestReport } from './tally';
import { ROOT, runTool } from './tools';

function readReport(file: string): VitestReport | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  } catch {
    return undefined;
  }
}

function banner(title: string): void {
  console.log(`\n=== ${title} ===`);
}

/** `npm run <script>`, with the npm that started us when there is one. */
function npmRun(script: string): Promise<number> {
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli
    ? [process.execPath, [npmCli, 'run', '--silent', script]]
    : ['npm', ['run', '--silent', script]];
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: !npmCli && process.platform === 'win32' });
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
}

/** What failed, repeated just before the total (CI shows only the end of the output). */
const failures: string[] = [];

async function vitestStep(title: string, report: string, extraArgs: string[]): Promise<Tally> {
  banner(title);
  const file = resolve(ROOT, report);
  rmSync(file, { force: true });
  const { code } = await runTool('vitest', [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${file}`,
  ]);
  const parsed = readReport(file);
  const tally = tallyVitest(parsed, code);
  const listed = failuresOf(parsed, ROOT);
  failures.push(...listed);
  if (tally.failed > listed.length) failures.push(`${title}: vitest failed (exit ${code}) beyond the tests listed; see its output above`);
  console.log(`${title}: ${tally.passed} passed, ${tally.failed} failed`);
  return tally;
}

async function checkStep(title: string, run: () => Promise<number>): Promise<Tally> {
  banner(title);
  const ok = (await run()) === 0;
  console.log(`${title}: ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) failures.push(`${title}: FAILED; see its output above`);
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

async function main(): Promise<Tally> {
  const tallies: Tally[] = [];
  tallies.push(await checkStep('Type-check', () => npmRun('typecheck')));
  tallies.push(await vitestStep('Unit tests', 'test-results/unit.json', []));
  const chromeBuild = await checkStep('Build for Chrome (wxt build)', async () => (await runTool('wxt', ['build'])).code);
  tallies.push(chromeBuild);
  const firefoxBuild = await checkStep('Build for Firefox (wxt build -b firefox)', async () => (await runTool('wxt', ['build', '-b', 'firefox'])).code);
  tallies.push(firefoxBuild);
  if (chromeBuild.failed > 0) {
    banner('End-to-end tests');
    console.log('End-to-end tests: not run, the Chrome build failed.');
  } else {
    // The e2e suites fail on these too (they never skip); say it here where it is easy to see.
    for (const find of [findChrome, findFirefox]) {
      try {
        find();
      } catch (error) {
        if (error instanceof ChromeNotFoundError || error instanceof FirefoxNotFoundError) console.log(`\n${error.message}`);
      }
    }
    const args = ['-c', 'vitest.e2e.config.ts'];
    if (firefoxBuild.failed > 0) {
      // Never test a stale .output/firefox-mv2: the failed build already counts as a failure.
      console.log('\nThe Firefox end-to-end test (tests/e2e/firefox.test.ts) is not run: the Firefox build failed.');
      args.push('--exclude', 'tests/e2e/firefox.test.ts');
    }
    tallies.push(await vitestStep('End-to-end tests (Chromium, Firefox ESR)', 'test-results/e2e.json', args));
  }
  return tallies.reduce((sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed }), {
    passed: 0,
    failed: 0,
  });
}

main().then(
  ({ passed, failed }) => {
    if (failures.length > 0) {
      console.log('\nWhat failed:');
      for (const line of failures) console.log(`- ${line}`);
    }
    console.log('');
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
  },
  (error: unknown) => {
    console.error(`npm test could not run: ${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
