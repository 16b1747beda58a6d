/**
 * The interface's own words in French: the REFERENCE key set. Every other dictionary has
 * exactly these keys (the type checks it, and tests/ui/i18n.test.ts checks keys and
 * `{placeholders}` at run time). Legal texts (payers, reasons, actions, warnings, questions,
 * answers, document names) are not here: they come from the rules in four languages. The
 * words of the side panel's first screen are in ./fr-start.ts (loaded before its first
 * render; these come with the rest of the panel).
 */
import type { StartKey } from './fr-start';

export const fr = {
  // Shown only after the first render (the footer, the status of a click): not in the start part.
  newPatientDone: 'Nouveau patient : tout est effacé.',
  shortcutsHint: 'Raccourcis : / chercher un document · 1–9 répondre · 0 je ne sais pas · Alt+Maj+N nouveau patient · Alt+Maj+C copier',
  privacyNote: 'Rien sur le patient n’est enregistré ni envoyé : tout s’efface à la fermeture du panneau.',
  copied: 'Résumé copié : collez-le dans la note du dossier.',
  copyFailed: 'La copie a échoué : sélectionnez le texte du résumé et copiez-le.',
  // Page chrome
  optionsTitle: 'Payer Check – réglages',
  /** Before a value: French puts a narrow space before the colon. */
  colon: ' :',

  // Step 1: the document
  validUntil: 'Valable jusqu’au',
  expiredFlag: 'Expiré',
  daysLeft: 'encore {days} jours',
  nationalNumber: 'NISS ou numéro BIS',
  nationalNumberHelp: '11 chiffres, AA.MM.JJ-SSS.CC (facultatif, pour vérifier)',
  nnNiss: 'Numéro national valable ({formatted}) : inscrit au Registre national.',
  nnBis: 'Numéro BIS ({formatted}) : pas inscrit au Registre national.',
  nnErrorCharacters: 'Seuls les chiffres, points, tirets et espaces sont permis.',
  nnErrorLength: 'Il faut exactement 11 chiffres.',
  nnErrorMonth: 'Le mois (chiffres 3–4) doit être 00–12, ou 20–32 / 40–52 pour un numéro BIS.',
  nnErrorDay: 'Le jour (chiffres 5–6) doit être 00–31.',
  nnErrorCheck: 'Les deux derniers chiffres ne correspondent pas : faute de frappe ?',

  // Step 2: questions
  stepQuestions: 'Les questions qui comptent',
  questionsHelp: 'Touches 1–9 pour répondre, 0 pour « je ne sais pas », flèches pour se déplacer.',
  noQuestions: 'Plus aucune question ne changerait le verdict.',
  changesFirstPayer: 'change le premier payeur',
  changesAmu: 'change l’attestation AMU',
  changesPayers: 'change les payeurs',
  changesWarnings: 'change les avertissements',
  countryLabel: 'Nationalité',
  countryPlaceholder: 'Tapez un pays ou son code (ex. Maroc, MA)',
  countryNoMatch: 'Aucun pays ne correspond.',
  countryEu: 'UE et EEE',
  countrySwiss: 'Suisse',
  countryUk: 'Royaume-Uni',
  countryTreaty: 'Pays avec une convention de sécurité sociale',
  countryOther: 'Autres pays',
  answersHeading: 'Réponses',
  answerChange: 'Modifier',
  answerClear: 'Effacer',
  answerChangeLabel: 'Modifier la réponse « {fact} »',
  answerClearLabel: 'Effacer la réponse « {fact} »',

  // Facts, as short labels for the answers list and the summary
  fact_nationality: 'Nationalité',
  fact_annexe15Case: 'Case de l’annexe 15',
  fact_familyOf: 'Lien familial',
  fact_euStatus: 'Qualité du citoyen de l’Union',
  fact_monthsInBelgium: 'Durée du séjour',
  fact_indigent: 'Sans ressources',
  fact_belgianInsurance: 'Mutualité belge',
  fact_employedInBelgium: 'Travaille en Belgique',
  fact_higherEducationStudent: 'Étudiant du supérieur',
  fact_dependentOf: 'À charge d’un assuré',
  fact_unaccompaniedMinorConditions: 'MENA : conditions remplies',
  fact_recognisedProtection: 'Protection reconnue',
  fact_reception: 'Accueil (code 207)',
  fact_absenceExceeded: 'Absence trop longue',
  fact_foreignCoverage: 'Couverture étrangère',
  fact_travelInsurance: 'Assurance voyage',
  fact_care: 'Type de soins',
  fact_attestationReason: 'Motif de la carte orange',
  fact_orderToLeaveExtended: 'Délai de l’OQT prolongé',
  fact_detained: 'Détenu ou hébergé par l’OE',
  fact_documentValidUntil: 'Valable jusqu’au',

  // Step 3: the verdict
  stepVerdict: 'Verdict',
  billFirst: 'Facturer d’abord',
  verdictLine: 'Facturer d’abord : {payer} · attestation AMU : {amu}',
  amuLabel: 'Attestation AMU',
  amuRequired: 'requise',
  amuNotRequired: 'pas nécessaire',
  amuDepends: 'dépend de : {facts}',
  amuDependsShort: 'dépend',
  payersHeading: 'Qui facturer, dans l’ordre',
  whyLabel: 'Pourquoi',
  todoLabel: 'À faire (cochez au fur et à mesure)',
  checklistProgress: '{done} sur {total} fait',
  warningsHeading: 'Attention',
  uncertainHeading: 'Incertain selon nos sources',
  aboutDocument: 'Le document',
  insuranceLabel: 'Assurance maladie belge',
  insurance_sufficient: 'le document suffit pour s’affilier',
  'insurance_sufficient-in-principle': 'en principe suffisant pour s’affilier',
  'insurance_some-cases': 'peut suffire dans certains cas',
  insurance_insufficient: 'ne suffit pas à lui seul',
  registerLabel: 'Registre national',
  register_yes: 'inscrit',
  register_no: 'pas inscrit',
  register_depends: 'cela dépend',
  sourcesLabel: 'Sources ({count})',
  sourceSection: 'Section',
  contactsHeading: 'Contacts donnés par les sources',
  contactHours: 'Heures',
  contactPhone: 'Téléphone',
  contactEmail: 'Courriel',
  copySummary: 'Copier le résumé',
  summaryPreview: 'Voir le résumé',

  // The plain-text summary
  summaryTitle: 'Payer Check — résumé du {date}',
  summaryDocument: 'Document',
  summaryAnswers: 'Réponses',
  summaryPayers: 'Qui facturer, dans l’ordre',
  summaryAmu: 'Attestation AMU',
  summaryWarnings: 'Attention',
  summarySources: 'Sources',
  summaryNone: 'aucune',

  // Popup
  popupIntro: 'Cherchez un document pour voir ce qu’il ouvre, ou ouvrez le panneau pour un patient.',
  popupSearchLabel: 'Chercher un document',
  openSidePanel: 'Ouvrir le panneau latéral',
  checkThisPage: 'Vérifier cette page',
  checkPatient: 'Vérifier un patient',
  checkPatientLabel: 'Vérifier un patient avec : {document}',
  cpasLabel: 'CPAS / AMU',
  cpas_full: 'aide sociale complète si sans ressources',
  cpas_amu: 'aide médicale urgente seulement (attestation AMU)',
  cpas_none: 'pas d’aide du CPAS ni d’AMU',
  cpas_depends: 'aide complète ou AMU seulement : dépend de {facts}',
  fedasilLabel: 'Fedasil',
  fedasilAsk: 'demandez le code 207 : Fedasil paie s’il y a une place d’accueil',
  fedasilOnlyIf: 'seulement avec une place d’accueil Fedasil (code 207)',
  moreResults: '{count} autres résultats : précisez la recherche.',

  // Options
  optionsLanguageHeading: 'Langue de l’interface',
  optionsLanguageHelp: 'Langue du panneau latéral, du popup et de ces réglages.',
  languageAuto: 'Celle du navigateur ({language})',
  optionsHighlightHeading: 'Champs du logiciel d’admission',
  optionsHighlight: 'Surligner les champs reconnus dans le logiciel d’admission',
  optionsHighlightHelp: 'Les adresses des logiciels d’admission de l’hôpital se régleront ici.',
  saved: 'Enregistré.',
} as const;

/** Every key of the interface: the first screen's (./fr-start.ts) and these. */
export type UiKey = StartKey | keyof typeof fr;
/** A whole dictionary: exactly the French keys. */
export type Dictionary = { readonly [K in UiKey]: string };
/** The part of another language in its own ./<lang>.ts (the first screen's words are in ./<lang>-start.ts). */
export type MoreDictionary = { readonly [K in keyof typeof fr]: string };
