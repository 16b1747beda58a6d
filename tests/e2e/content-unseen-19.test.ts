/**
 * The nineteenth held-out set, tests/fixtures/unseen-19 (written blind while the eighteenth was
 * tuned on), measured in real Chromium exactly like the others (see held-out.ts): precision and
 * recall reported in test-results/content-unseen-19.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail.
 */
import { UNSEEN_19_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_19_FIXTURE_DIR, resultName: 'content-unseen-19', title: 'unseen-19 pages' });
