/**
 * The thirteenth held-out set, tests/fixtures/unseen-13 (written blind after the twelfth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-13.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_13_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_13_FIXTURE_DIR, resultName: 'content-unseen-13', title: 'unseen-13 pages' });
