/**
 * The twelfth held-out set, tests/fixtures/unseen-12 (written blind after the eleventh was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-12.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_12_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_12_FIXTURE_DIR, resultName: 'content-unseen-12', title: 'unseen-12 pages' });
