/**
 * `npm run bench`: speed figures, measured, never asserted. Each section is a module of this
 * folder exporting an async function that returns printable lines.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = resolve(fileURLToPath(import.meta.url), '..');
const SECTIONS: readonly [file: string, fn: string][] = [
  ['rules.ts', 'benchRules'],
  ['side-panel.ts', 'benchSidePanel'],
  ['content-script.ts', 'benchContentScript'],
];

let failed = false;
for (const [file, fn] of SECTIONS) {
  const path = resolve(here, file);
  if (!existsSync(path)) {
    console.log(`${file}: not present yet`);
    continue;
  }
  try {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, () => Promise<string[]>>;
    for (const line of await mod[fn]!()) console.log(line);
  } catch (e) {
    failed = true;
    console.log(`${file}: failed — ${(e as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
