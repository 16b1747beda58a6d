/**
 * The seventeenth held-out set, tests/fixtures/unseen-17 (written blind before the sixteenth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-17.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_17_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_17_FIXTURE_DIR, resultName: 'content-unseen-17', title: 'unseen-17 pages' });
