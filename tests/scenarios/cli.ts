/**
 * `npm run scenarios -- <folder-or-file> [...more]`: runs the decision contract's vectors
 * against the rules engine the extension uses. Folders: every *.json inside (not recursive).
 * With no argument: ../shared/scenarios and this project's own tests/scenarios/*.json.
 * Prints one line per failing scenario and ends with "N passed, M failed"; exit 0 only when M is 0.
 * A malformed or unreadable file is an error naming the file and the field, counted as failed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenarios, validateScenarioFile } from '../../rules/scenarios/contract';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

export function defaultTargets(): string[] {
  return [resolve(root, '../shared/scenarios'), resolve(root, 'tests/scenarios')];
}

export function collectFiles(targets: readonly string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const t of targets) {
    let st;
    try {
      st = statSync(t);
    } catch {
      errors.push(`${t}: no such file or folder`);
      continue;
    }
    if (st.isDirectory()) {
      const json = readdirSync(t).filter((n) => n.endsWith('.json')).sort();
      if (json.length === 0) errors.push(`${t}: no *.json file in this folder`);
      files.push(...json.map((n) => join(t, n)));
    } else files.push(t);
  }
  return { files, errors };
}

export function main(argv: readonly string[], out: (line: string) => void = console.log): number {
  const { files, errors } = collectFiles(argv.length ? argv.map((a) => resolve(a)) : defaultTargets());
  let passed = 0;
  let failed = errors.length;
  for (const e of errors) out(`ERROR ${e}`);
  for (const file of files) {
    const rel = relative(process.cwd(), file);
    const name = rel && !rel.startsWith('..') ? rel : file;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      out(`ERROR ${name}: not valid JSON (${(err as Error).message})`);
      failed++;
      continue;
    }
    const checked = validateScenarioFile(name, json);
    if ('messages' in checked) {
      for (const m of checked.messages) out(`ERROR ${name}: ${m}`);
      failed++;
      continue;
    }
    for (const r of runScenarios(name, checked.scenarios)) {
      if (r.failures.length === 0) passed++;
      else {
        failed++;
        out(`FAIL ${r.id} (${name}): ${r.failures.join('; ')}`);
      }
    }
  }
  out(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
