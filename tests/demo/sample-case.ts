/**
 * THE SAMPLE CASE that `npm start` runs when there is no display (a server, CI).
 *
 * `npm start` has already loaded the demo HIS (French variant: HADDAD Samira, Syrian,
 * Annexe 26, code 207 Fedasil, no Belgian insurance) and opened the side panel when it
 * calls `runSampleCase`. Whatever this returns is printed in the terminal, one line each.
 *
 * `npm start` itself prints "Payer Check loaded; side panel rendered." before these lines
 * (tests/e2e/start.test.ts checks that line and the exit code, not these lines).
 *
 * Until the rules engine and the real side panel land, it returns a placeholder. To print
 * a real verdict: drive the panel (or let it read the demo page), wait for its verdict
 * element and return its text, e.g.
 *
 *   const verdict = await panel.getByTestId('verdict').textContent({ timeout: 10_000 });
 *   return [`Sample case (${SAMPLE_CASE.patient}): ${verdict}`];
 *
 * Throwing here makes `npm start` print the message and exit 1.
 */
import type { Page } from 'playwright-core';

export const SAMPLE_CASE = {
  patient: 'HADDAD Samira, Syrian national, Annexe 26, code 207 Fedasil, no Belgian insurance',
  page: 'fr',
} as const;

export interface SampleCaseSession {
  /** The demo HIS's top page (the admission screen is in its frame). */
  his: Page;
  /** The side panel's page (chrome-extension://<id>/sidepanel.html). */
  panel: Page;
}

/** Runs the sample case; returns the lines to print (the verdict, once there is one). */
export async function runSampleCase(_session: SampleCaseSession): Promise<string[]> {
  return [`Sample case (${SAMPLE_CASE.patient}): no verdict yet; the rules engine will print it here.`];
}
