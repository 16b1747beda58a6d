/**
 * Every held-out set (tests/fixtures/unseen, unseen-2 …: pages written blind to the detection,
 * each folder's README says by whom, what they read, and when the set was first measured and
 * tuned on), measured in real Chromium exactly like our own pages (see held-out.ts): precision and
 * recall reported per set in test-results/content-<folder>.json, not gated; page errors, thrown
 * exceptions and moved or changed controls still fail. A new set is measured by adding its folder.
 * (Until 2026-11-24 each set had a file of its own here, content-unseen-N.test.ts.)
 */
import { describe } from 'vitest';
import { heldOutDir, heldOutSets } from '../page/load-fixture';
import { measureHeldOutSet } from './held-out';

for (const set of heldOutSets()) {
  // One describe per set: its browser and fixture server start and stop with it.
  describe(set, () => measureHeldOutSet({ dir: heldOutDir(set), resultName: `content-${set}`, title: `${set} pages` }));
}
