import type { StartDictionary } from './fr-start';

/** The Dutch words of the side panel's first screen (keys: see ./fr-start.ts, the reference). */
export const nlStart: StartDictionary = {
  appTitle: 'Payer Check',
  appTagline: 'Wie factureren voor deze patiënt?',
  language: 'Taal',
  newPatient: 'Nieuwe patiënt',
  stepDocument: 'Welk document?',
  searchLabel: 'Verblijfsdocument',
  searchPlaceholder: 'Naam, letter, nummer… bv. K, bijlage 26, oranje kaart',
  searchHelp: 'Pijltjes om te bladeren, Enter om te kiezen, Escape om te wissen.',
  groupCard: 'Elektronische kaarten',
  groupPaper: 'Bijlagen en papieren documenten',
  groupNone: 'Zonder geldig document',
  resultCount: '{count} documenten',
  resultCountOne: '1 document',
  noMatch: 'Geen document komt overeen met "{query}".',
  changeDocument: 'Ander document',
  loadingRules: 'Regels laden…',
  oldNewReplaces: 'vervangt {old}',
  oldNewReplacedBy: 'oud model → {new}',
  standsInFor: 'voorlopig voor {card}',
};
