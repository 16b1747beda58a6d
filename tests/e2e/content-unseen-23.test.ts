/**
 * The twenty-third held-out set, tests/fixtures/unseen-23 (written blind while the twenty-second was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-23.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_23_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_23_FIXTURE_DIR, resultName: 'content-unseen-23', title: 'unseen-23 pages' });
