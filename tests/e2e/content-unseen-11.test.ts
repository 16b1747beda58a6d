/**
 * The eleventh held-out set, tests/fixtures/unseen-11 (written blind while the tenth was being
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-11.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_11_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_11_FIXTURE_DIR, resultName: 'content-unseen-11', title: 'unseen-11 pages' });
