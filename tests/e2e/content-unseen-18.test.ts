/**
 * The eighteenth held-out set, tests/fixtures/unseen-18 (written blind while the seventeenth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-18.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_18_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_18_FIXTURE_DIR, resultName: 'content-unseen-18', title: 'unseen-18 pages' });
