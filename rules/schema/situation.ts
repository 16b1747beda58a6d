/**
 * The facts a clerk can tell about a patient: the contract of `../shared/scenarios/README.md`
 * ("situation"), plus the project's own facts (`documentValidUntil`, `today`).
 * Only `document` is required; an absent fact is unknown — never a default.
 */
import { z } from 'zod';

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

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoDate = z
  .string()
  .regex(ISO_DATE, { message: 'expected a date as YYYY-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'expected a real calendar date',
  });

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => `expected one of: ${values.join(', ')}` });
}
const bool = z.boolean({ error: () => 'expected true or false' });

export const SituationSchema = z.strictObject(
  {
    document: oneOf(DOCUMENT_IDS),
    annexe15Case: z
      .number({ error: () => 'expected a whole number from 1 to 8' })
      .int({ message: 'expected a whole number from 1 to 8' })
      .min(1, { message: 'expected a whole number from 1 to 8' })
      .max(8, { message: 'expected a whole number from 1 to 8' })
      .optional(),
    nationality: z
      .string({ error: () => 'expected an ISO 3166-1 alpha-2 code such as "BE", "MA", "GB"' })
      .regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 code in capitals, such as "BE", "MA", "GB"' })
      .optional(),
    familyOf: oneOf(FACT_VALUES.familyOf).optional(),
    euStatus: oneOf(FACT_VALUES.euStatus).optional(),
    monthsInBelgium: z
      .number({ error: () => 'expected a number of months ≥ 0' })
      .min(0, { message: 'expected a number of months ≥ 0' })
      .finite({ message: 'expected a finite number of months' })
      .optional(),
    indigent: bool.optional(),
    belgianInsurance: oneOf(FACT_VALUES.belgianInsurance).optional(),
    employedInBelgium: bool.optional(),
    higherEducationStudent: bool.optional(),
    dependentOf: oneOf(FACT_VALUES.dependentOf).optional(),
    unaccompaniedMinorConditions: bool.optional(),
    recognisedProtection: bool.optional(),
    reception: oneOf(FACT_VALUES.reception).optional(),
    absenceExceeded: bool.optional(),
    foreignCoverage: oneOf(FACT_VALUES.foreignCoverage).optional(),
    travelInsurance: bool.optional(),
    care: oneOf(FACT_VALUES.care).optional(),
    attestationReason: oneOf(FACT_VALUES.attestationReason).optional(),
    orderToLeaveExtended: bool.optional(),
    detained: bool.optional(),
    /** Project fact: the date printed on the document ("valable jusqu'au"). */
    documentValidUntil: isoDate.optional(),
    /** Project fact: the day of the decision, to judge expiry (the UI passes today's date). */
    today: isoDate.optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown fact(s): ${issue.keys.join(', ')}` : undefined) },
);

export type Situation = z.infer<typeof SituationSchema>;

export class SituationError extends Error {
  constructor(readonly issues: ReadonlyArray<{ field: string; message: string }>) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'SituationError';
  }
}

/** Validates unknown input; the error names each wrong field and what was expected. */
export function parseSituation(input: unknown): Situation {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new SituationError([{ field: 'situation', message: 'expected an object with at least "document"' }]);
  }
  const result = SituationSchema.safeParse(input);
  if (result.success) return result.data;
  throw new SituationError(
    result.error.issues.map((issue) => ({
      field: issue.path.length ? issue.path.join('.') : 'situation',
      message: issue.message,
    })),
  );
}
