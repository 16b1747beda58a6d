/** `npm run matrix`: regenerates rules/DECISION-MATRIX.md from the rules. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decisionMatrix } from '../../rules/report/decision-matrix';

export const MATRIX_PATH = resolve(fileURLToPath(import.meta.url), '../../../rules/DECISION-MATRIX.md');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(MATRIX_PATH, decisionMatrix());
  console.log(`wrote ${MATRIX_PATH}`);
}
