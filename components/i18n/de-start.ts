import type { StartDictionary } from './fr-start';

/** The German words of the side panel's first screen (keys: see ./fr-start.ts, the reference). */
export const deStart: StartDictionary = {
  appTitle: 'Payer Check',
  appTagline: 'Wem wird dieser Patient in Rechnung gestellt?',
  language: 'Sprache',
  newPatient: 'Neuer Patient',
  stepDocument: 'Welches Dokument?',
  searchLabel: 'Aufenthaltsdokument',
  searchPlaceholder: 'Name, Buchstabe, Nummer… z. B. K, Anlage 26, orange Karte',
  searchHelp: 'Pfeiltasten zum Blättern, Eingabe zum Wählen, Escape zum Löschen.',
  groupCard: 'Elektronische Karten',
  groupPaper: 'Anlagen und Papierdokumente',
  groupNone: 'Ohne gültiges Dokument',
  resultCount: '{count} Dokumente',
  resultCountOne: '1 Dokument',
  noMatch: 'Kein Dokument passt zu „{query}“.',
  changeDocument: 'Anderes Dokument',
  loadingRules: 'Regeln werden geladen…',
  oldNewReplaces: 'ersetzt {old}',
  oldNewReplacedBy: 'altes Modell → {new}',
  standsInFor: 'vorläufig für {card}',
};
