/**
 * The fifteenth held-out set, tests/fixtures/unseen-15 (written blind after the fourteenth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-15.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_15_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_15_FIXTURE_DIR, resultName: 'content-unseen-15', title: 'unseen-15 pages' });
