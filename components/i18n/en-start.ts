import type { StartDictionary } from './fr-start';

/** The English words of the side panel's first screen (keys: see ./fr-start.ts, the reference). */
export const enStart: StartDictionary = {
  appTitle: 'Payer Check',
  appTagline: 'Who to bill for this patient?',
  language: 'Language',
  newPatient: 'New patient',
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
};
