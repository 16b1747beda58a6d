/**
 * The twenty-second held-out set, tests/fixtures/unseen-22 (written blind while the twenty-first was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-22.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_22_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_22_FIXTURE_DIR, resultName: 'content-unseen-22', title: 'unseen-22 pages' });
