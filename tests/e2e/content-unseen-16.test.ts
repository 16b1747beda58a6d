/**
 * The sixteenth held-out set, tests/fixtures/unseen-16 (written blind after the fifteenth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-16.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_16_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_16_FIXTURE_DIR, resultName: 'content-unseen-16', title: 'unseen-16 pages' });
