/**
 * The twenty-first held-out set, tests/fixtures/unseen-21 (written blind while the twentieth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-21.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_21_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_21_FIXTURE_DIR, resultName: 'content-unseen-21', title: 'unseen-21 pages' });
