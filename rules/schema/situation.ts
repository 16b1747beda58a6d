/**
 * The facts a clerk can tell about a patient: the contract of `../shared/scenarios/README.md`
 * ("situation"), plus the project's own facts (`documentValidUntil`, `today`).
 * Only `document` is required; an absent fact is unknown — never a default.
 */
import { z } from 'zod';

export { DOCUMENT_IDS, FACT_VALUES } from './facts';
export type { DocumentId, EnumFact, OpenFact, FactId, Situation } from './facts';
import { DOCUMENT_IDS, FACT_VALUES, type Situation } from './facts';

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

/** The schema accepts exactly the `Situation` interface (checked at compile time). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_TYPE: Same<Readonly<z.infer<typeof SituationSchema>>, Situation> = true;

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
