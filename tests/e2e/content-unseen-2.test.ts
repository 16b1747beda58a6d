/**
 * The second held-out set, tests/fixtures/unseen-2 (written blind after the first set became a
 * tuning target), measured in real Chromium exactly like the first (see held-out.ts):
 * precision and recall reported in test-results/content-unseen-2.json, not gated; page
 * errors, thrown exceptions and moved or changed controls still fail.
 */
import { UNSEEN_2_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_2_FIXTURE_DIR, resultName: 'content-unseen-2', title: 'unseen-2 pages' });
