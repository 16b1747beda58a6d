/**
 * The first held-out set, tests/fixtures/unseen, measured in real Chromium (see held-out.ts):
 * precision and recall reported in test-results/content-unseen.json, not gated.
 */
import { UNSEEN_FIXTURE_DIR } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

measureHeldOutSet({ dir: UNSEEN_FIXTURE_DIR, resultName: 'content-unseen', title: 'unseen pages' });
