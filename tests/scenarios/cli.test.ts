import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './cli';

function run(args: string[]) {
  const lines: string[] = [];
  const code = main(args, (l) => lines.push(l));
  return { code, lines, last: lines.at(-1) };
}

function file(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ok = JSON.stringify({ scenarios: [{ id: 'a', situation: { document: 'none', indigent: false }, expect: { firstPayer: 'patient' } }] });
const wrong = JSON.stringify({ scenarios: [{ id: 'b', situation: { document: 'none', indigent: true }, expect: { firstPayer: 'patient' } }] });

describe('npm run scenarios', () => {
  it('passes a passing file: exit 0 and the summary line', () => {
    expect(run([file('ok.json', ok)])).toMatchObject({ code: 0, last: '1 passed, 0 failed' });
  });

  it('prints the failing scenario with what was expected and decided; exit 1', () => {
    const r = run([file('wrong.json', wrong)]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/^FAIL b .*firstPayer: expected patient, decided cpas-amu/);
    expect(r.last).toBe('0 passed, 1 failed');
  });

  it('names the file, the scenario and the field of a malformed file, and goes on with the others', () => {
    const bad = file('bad.json', JSON.stringify({ scenarios: [{ id: 'c', situation: { document: 'none', indigent: 'maybe' }, expect: {} }] }));
    const r = run([bad, file('ok.json', ok)]);
    expect(r.code).toBe(1);
    expect(r.lines.some((l) => l.includes('bad.json') && l.includes('scenario "c"') && l.includes('situation.indigent'))).toBe(true);
    expect(r.last).toBe('1 passed, 1 failed');
  });

  it('reports invalid JSON, unknown expectations, duplicate ids and missing paths without crashing', () => {
    expect(run([file('x.json', '{ nope')]).lines[0]).toContain('not valid JSON');
    expect(run([file('y.json', JSON.stringify({ scenarios: [{ id: 'd', situation: { document: 'none' }, expect: { firstpayer: 'cpas' } }] }))]).lines[0]).toContain('unknown expectation(s): firstpayer');
    expect(run([file('z.json', JSON.stringify({ scenarios: [JSON.parse(ok).scenarios[0], JSON.parse(ok).scenarios[0]] }))]).lines[0]).toContain('duplicate id');
    expect(run(['/no/such/folder']).lines[0]).toContain('no such file or folder');
  });

  it('reads every *.json of a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'one.json'), ok);
    writeFileSync(join(dir, 'two.json'), ok.replace('"a"', '"a2"'));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    expect(run([dir]).last).toBe('2 passed, 0 failed');
  });
});
