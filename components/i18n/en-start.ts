import type { StartDictionary } from './fr-start';

/** The English words of the side panel's first screen (keys: see ./fr-start.ts, the reference). */
export const enStart: StartDictionary = {
  appTitle: 'Payer Check',
  appTagline: 'Who to bill for this patient?',
  language: 'Language',
  newPatient: 'New patient',
  newPatientDone: 'New patient: everything is cleared.',
  shortcutsHint: 'Keys: / find a document · 1–9 answer · 0 don’t know · Alt+Shift+N new patient · Alt+Shift+C copy',
  privacyNote: 'Nothing about the patient is stored or sent: it is all gone when the panel closes.',
  stepDocument: 'Which document?',
  searchLabel: 'Residence document',
  searchPlaceholder: 'Name, letter, number… e.g. K, annex 26, orange card',
  searchHelp: 'Arrows to browse, Enter to choose, Escape to clear.',
  groupCard: 'Electronic cards',
  groupPaper: 'Annexes and paper documents',
  groupNone: 'No valid document',
  resultCount: '{count} documents',
  resultCountOne: '1 document',
  noMatch: 'No document matches “{query}”.',
  changeDocument: 'Change document',
  loadingRules: 'Loading the rules…',
  oldNewReplaces: 'replaces {old}',
  oldNewReplacedBy: 'old model → {new}',
  standsInFor: 'provisional for {card}',
  copied: 'Summary copied: paste it into the file’s note.',
  copyFailed: 'Copying failed: select the summary text and copy it.',
};
