/**
 * The twenty-fourth held-out set, tests/fixtures/unseen-24 (written blind while the twenty-second was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-24.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_24_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_24_FIXTURE_DIR, resultName: 'content-unseen-24', title: 'unseen-24 pages' });
