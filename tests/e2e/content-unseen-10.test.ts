/**
 * The tenth held-out set, tests/fixtures/unseen-10 (written blind while the ninth was being
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-10.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_10_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_10_FIXTURE_DIR, resultName: 'content-unseen-10', title: 'unseen-10 pages' });
