import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, validateScenarioFile, type Scenario } from '../../rules/scenarios/contract';
import { decideSituation } from '../../rules/index';
import { projectRoot, readShared, sharedDir } from './shared-spec';

function load(file: string, json: string): [string, Scenario][] {
  const r = validateScenarioFile(file, JSON.parse(json));
  if ('messages' in r) throw new Error(`${file}: ${r.messages.join('; ')}`);
  return r.scenarios.map((s) => [`${file} › ${s.id}`, s]);
}

const sharedFiles = (() => {
  try {
    return readdirSync(resolve(sharedDir, 'scenarios')).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
})();
const ownDir = resolve(projectRoot, 'tests/scenarios');
const ownFiles = readdirSync(ownDir).filter((f) => f.endsWith('.json'));

describe('the decision contract', () => {
  it('the shared scenario folder is present beside the checkout', () => {
    expect(sharedFiles.length, `no scenario file in ${sharedDir}/scenarios`).toBeGreaterThan(0);
  });

  const cases = [
    ...sharedFiles.flatMap((f) => load(`shared/scenarios/${f}`, readShared(`scenarios/${f}`))),
    ...ownFiles.flatMap((f) => load(`tests/scenarios/${f}`, readFileSync(resolve(ownDir, f), 'utf8'))),
  ];

  it.each(cases)('%s', (_, s) => {
    expect(compare(s.expect, decideSituation(s.situation))).toEqual([]);
  });
});
