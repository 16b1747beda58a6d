/**
 * The seventh held-out set, tests/fixtures/unseen-7 (written blind while the first six were being
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-7.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_7_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_7_FIXTURE_DIR, resultName: 'content-unseen-7', title: 'unseen-7 pages' });
