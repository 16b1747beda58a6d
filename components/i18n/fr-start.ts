/**
 * The French words of the side panel's first screen (header, document search): the
 * REFERENCE key set of the start part of every dictionary, loaded before the first render.
 * The rest of the interface's words are in ./fr.ts, loaded with the rest of the panel.
 */
export const frStart = {
  appTitle: 'Payer Check',
  appTagline: 'Qui facturer pour ce patient ?',
  language: 'Langue',
  newPatient: 'Nouveau patient',
  stepDocument: 'Quel document ?',
  searchLabel: 'Document de séjour',
  searchPlaceholder: 'Nom, lettre, numéro… ex. K, bijlage 26, carte orange',
  searchHelp: 'Flèches pour parcourir, Entrée pour choisir, Échap pour effacer.',
  groupCard: 'Cartes électroniques',
  groupPaper: 'Annexes et documents papier',
  groupNone: 'Sans document valable',
  resultCount: '{count} documents',
  resultCountOne: '1 document',
  noMatch: 'Aucun document ne correspond à « {query} ».',
  changeDocument: 'Changer de document',
  loadingRules: 'Chargement des règles…',
  oldNewReplaces: 'remplace {old}',
  oldNewReplacedBy: 'ancien modèle → {new}',
  standsInFor: 'provisoire pour {card}',
} as const;

export type StartKey = keyof typeof frStart;
/** The start part of another language: exactly the French keys. */
export type StartDictionary = { readonly [K in StartKey]: string };
