/**
 * THE SAMPLE CASE that `npm start` runs when there is no display (a server, CI).
 *
 * `npm start` has already loaded the demo HIS (French variant: HADDAD Samira, Syrian,
 * Annexe 26, code 207 Fedasil, no Belgian insurance) and opened the side panel when it
 * calls `runSampleCase`. This types the case into the panel from the keyboard, as a clerk
 * would (document, then each question the panel asks), and returns the verdict line, e.g.
 *
 *   Verdict: Bill first: Fedasil · AMU attestation: not required
 *
 * Throwing here makes `npm start` print the message and exit 1.
 */
import type { Page } from 'playwright-core';
import { answerQuestions, chooseDocument, readVerdict, setLanguage } from '../panel/driver';

export const SAMPLE_CASE = {
  patient: 'HADDAD Samira, Syrian national, Annexe 26, code 207 Fedasil, no Belgian insurance',
  page: 'fr',
  document: { query: 'bijlage 26', id: 'annexe-26' },
  facts: { nationality: 'SY', reception: 'collective-centre', belgianInsurance: 'not-affiliated' },
} as const;

export interface SampleCaseSession {
  /** The demo HIS's top page (the admission screen is in its frame). */
  his: Page;
  /** The side panel's page (chrome-extension://<id>/sidepanel.html). */
  panel: Page;
}

/** Runs the sample case; returns the lines to print (the verdict). */
export async function runSampleCase({ panel }: SampleCaseSession): Promise<string[]> {
  await setLanguage(panel, 'en');
  await panel.locator('#doc-search').focus();
  const chosen = await chooseDocument(panel, SAMPLE_CASE.document.query);
  if (chosen !== SAMPLE_CASE.document.id) throw new Error(`the panel chose ${chosen} for "${SAMPLE_CASE.document.query}"`);
  const steps = await answerQuestions(panel, SAMPLE_CASE.facts);
  const verdict = await readVerdict(panel);
  return [
    `Sample case (${SAMPLE_CASE.patient}):`,
    `  typed: "${SAMPLE_CASE.document.query}" Enter, then ${steps.map((s) => `${s.fact}=${s.value}`).join(', ')}`,
    `Verdict: ${verdict.line}`,
  ];
}
