/** Random valid situations for the property tests (fast-check): every fact absent or any of its values. */
import fc from 'fast-check';
import { DOCUMENT_IDS, FACT_VALUES, type Situation } from '../../rules/index';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const enumFact = <K extends keyof typeof FACT_VALUES>(k: K) => opt(fc.constantFrom(...(FACT_VALUES[k] as readonly (typeof FACT_VALUES)[K][number][])));

export const situationArb: fc.Arbitrary<Situation> = fc
  .record({
    document: fc.constantFrom(...DOCUMENT_IDS),
    nationality: opt(fc.constantFrom('BE', 'FR', 'PL', 'RO', 'NO', 'CH', 'GB', 'MA', 'TR', 'AL', 'US', 'CD', 'AF', 'UA')),
    annexe15Case: enumFact('annexe15Case'),
    familyOf: enumFact('familyOf'),
    euStatus: enumFact('euStatus'),
    monthsInBelgium: opt(fc.integer({ min: 0, max: 120 })),
    indigent: enumFact('indigent'),
    belgianInsurance: enumFact('belgianInsurance'),
    employedInBelgium: enumFact('employedInBelgium'),
    higherEducationStudent: enumFact('higherEducationStudent'),
    dependentOf: enumFact('dependentOf'),
    unaccompaniedMinorConditions: enumFact('unaccompaniedMinorConditions'),
    recognisedProtection: enumFact('recognisedProtection'),
    reception: enumFact('reception'),
    absenceExceeded: enumFact('absenceExceeded'),
    foreignCoverage: enumFact('foreignCoverage'),
    travelInsurance: enumFact('travelInsurance'),
    care: enumFact('care'),
    attestationReason: enumFact('attestationReason'),
    orderToLeaveExtended: enumFact('orderToLeaveExtended'),
    detained: enumFact('detained'),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as Situation);

