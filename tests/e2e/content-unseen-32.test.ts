/**
 * The thirty-second held-out set, tests/fixtures/unseen-32 (written blind after sets 22 to 30 were
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-32.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_32_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_32_FIXTURE_DIR, resultName: 'content-unseen-32', title: 'unseen-32 pages' });
