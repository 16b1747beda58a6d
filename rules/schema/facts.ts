/**
 * The facts a clerk can tell about a patient — the contract of `../shared/scenarios/README.md`
 * ("situation") plus the project's own facts — as plain constants and types. The engine imports
 * these (no zod: the side panel's bundle stays small); `situation.ts` validates input against them.
 */
export const DOCUMENT_IDS = [
  'none',
  'annexe-3',
  'annexe-3ter',
  'annexe-15',
  'annexe-19',
  'annexe-19ter',
  'annexe-35',
  'attestation-immatriculation',
  'card-a',
  'card-b',
  'card-c',
  'card-d',
  'card-e',
  'card-e-plus',
  'card-f',
  'card-f-plus',
  'card-h',
  'card-k',
  'card-l',
  'card-eu',
  'card-eu-plus',
  'annexe-8ter',
  'annexe-8quater',
  'card-i',
  'card-j',
  'card-m',
  'card-n',
  'annexe-26',
  'annexe-13',
  'temporary-protection',
  'belgian-eid',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** The facts whose value is one of a closed list, in the order a questionnaire offers them. */
export const FACT_VALUES = {
  annexe15Case: [1, 2, 3, 4, 5, 6, 7, 8],
  familyOf: ['none', 'eu-citizen', 'belgian', 'third-country-national'],
  euStatus: ['worker', 'self-employed', 'job-seeker', 'student', 'inactive'],
  indigent: [true, false],
  belgianInsurance: ['affiliated', 'not-affiliated'],
  employedInBelgium: [true, false],
  higherEducationStudent: [true, false],
  dependentOf: ['spouse', 'ascendant', 'cohabitant', 'child'],
  unaccompaniedMinorConditions: [true, false],
  recognisedProtection: [true, false],
  reception: ['collective-centre', 'local-initiative', 'cpas-local-initiative', 'no-show', 'none'],
  absenceExceeded: [true, false],
  foreignCoverage: ['ehic', 'replacement-certificate', 's2', 'treaty-attestation', 'none'],
  travelInsurance: [true, false],
  care: ['unplanned', 'planned-hospital', 'planned-ambulatory'],
  attestationReason: [
    'international-protection',
    'medical-regularisation',
    'family-reunification',
    'student',
    'trafficking-victim',
    'unaccompanied-minor',
  ],
  orderToLeaveExtended: [true, false],
  detained: [true, false],
} as const;

export type EnumFact = keyof typeof FACT_VALUES;
/** Facts the questionnaire can ask that are not a closed list. */
export type OpenFact = 'nationality' | 'monthsInBelgium' | 'documentValidUntil';
export type FactId = EnumFact | OpenFact;

export interface Situation {
  readonly document: DocumentId;
  readonly annexe15Case?: number;
  /** ISO 3166-1 alpha-2. */
  readonly nationality?: string;
  readonly familyOf?: (typeof FACT_VALUES.familyOf)[number];
  readonly euStatus?: (typeof FACT_VALUES.euStatus)[number];
  readonly monthsInBelgium?: number;
  readonly indigent?: boolean;
  readonly belgianInsurance?: (typeof FACT_VALUES.belgianInsurance)[number];
  readonly employedInBelgium?: boolean;
  readonly higherEducationStudent?: boolean;
  readonly dependentOf?: (typeof FACT_VALUES.dependentOf)[number];
  readonly unaccompaniedMinorConditions?: boolean;
  readonly recognisedProtection?: boolean;
  readonly reception?: (typeof FACT_VALUES.reception)[number];
  readonly absenceExceeded?: boolean;
  readonly foreignCoverage?: (typeof FACT_VALUES.foreignCoverage)[number];
  readonly travelInsurance?: boolean;
  readonly care?: (typeof FACT_VALUES.care)[number];
  readonly attestationReason?: (typeof FACT_VALUES.attestationReason)[number];
  readonly orderToLeaveExtended?: boolean;
  readonly detained?: boolean;
  /** Project fact: the date printed on the document ("valable jusqu'au"), YYYY-MM-DD. */
  readonly documentValidUntil?: string;
  /** Project fact: the day of the decision, to judge expiry (the UI passes today's date). */
  readonly today?: string;
}

/** The payers a verdict can list, in the order the clerk tries them (the contract's ids plus none of our own). */
export const PAYER_IDS = [
  'immigration-office',
  'belgian-insurer',
  's2',
  'ehic',
  'treaty',
  'travel-insurance',
  'fedasil',
  'cpas',
  'cpas-amu',
  'patient',
] as const;
export type PayerId = (typeof PAYER_IDS)[number];

/** Warning ids: the contract's, then the project's own. */
export const WARNING_IDS = [
  // contract
  'cpas-limited-in-practice',
  'residence-right-at-risk',
  'data-transfer-oe',
  'spp-is-contested',
  'travel-insurance-exclusions',
  'amu-confidential',
  'uk-eu-document-lapsed',
  'non-nomenclature-not-reimbursed',
  // project
  'document-expired',
  'f-card-old-layout',
  'swiss-cpas-limits-unknown',
  'register-uncertain',
  'ehic-planned-care-needs-s2',
  'treaty-country-check',
  'ukraine-affiliation',
  'not-insured-no-cpas',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];
