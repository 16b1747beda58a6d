/**
 * The twentieth held-out set, tests/fixtures/unseen-20 (written blind while the nineteenth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-20.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_20_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_20_FIXTURE_DIR, resultName: 'content-unseen-20', title: 'unseen-20 pages' });
