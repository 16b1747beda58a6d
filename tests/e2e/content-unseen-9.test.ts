/**
 * The ninth held-out set, tests/fixtures/unseen-9 (written blind while the eighth was being
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-9.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_9_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_9_FIXTURE_DIR, resultName: 'content-unseen-9', title: 'unseen-9 pages' });
