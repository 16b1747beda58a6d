/**
 * The eighth held-out set, tests/fixtures/unseen-8 (written blind while the seventh was being
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-8.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_8_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_8_FIXTURE_DIR, resultName: 'content-unseen-8', title: 'unseen-8 pages' });
