/**
 * The thirtieth held-out set, tests/fixtures/unseen-30 (written blind while the twenty-seventh and twenty-eighth were
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-30.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_30_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_30_FIXTURE_DIR, resultName: 'content-unseen-30', title: 'unseen-30 pages' });
