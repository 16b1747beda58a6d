import type { StartDictionary } from './fr-start';

/** The German words of the side panel's first screen (keys: see ./fr-start.ts, the reference). */
export const deStart: StartDictionary = {
  appTitle: 'Payer Check',
  appTagline: 'Wem wird dieser Patient in Rechnung gestellt?',
  language: 'Sprache',
  newPatient: 'Neuer Patient',
  newPatientDone: 'Neuer Patient: alles ist gelöscht.',
  shortcutsHint: 'Tasten: / Dokument suchen · 1–9 antworten · 0 weiß nicht · Alt+Umschalt+N neuer Patient · Alt+Umschalt+C kopieren',
  privacyNote: 'Nichts über den Patienten wird gespeichert oder gesendet: alles verschwindet, wenn das Seitenfenster geschlossen wird.',
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
  copied: 'Zusammenfassung kopiert: in die Notiz der Akte einfügen.',
  copyFailed: 'Kopieren fehlgeschlagen: Text der Zusammenfassung markieren und kopieren.',
};
