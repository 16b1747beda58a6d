/**
 * The fourteenth held-out set, tests/fixtures/unseen-14 (written blind after the thirteenth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-14.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_14_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_14_FIXTURE_DIR, resultName: 'content-unseen-14', title: 'unseen-14 pages' });
