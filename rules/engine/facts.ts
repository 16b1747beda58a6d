/**
 * Read-tracking access to a situation: the engine asks for facts through `get`, which records
 * which facts the decision actually looked at. The questionnaire is generated from that record
 * (Publicodes' "missing variables"), never from a hand-written tree.
 */
import type { FactId, Situation } from '../schema/facts';

export const TRACKED_FACTS = [
  'nationality', 'annexe15Case', 'familyOf', 'euStatus', 'monthsInBelgium', 'indigent', 'belgianInsurance',
  'employedInBelgium', 'higherEducationStudent', 'dependentOf', 'unaccompaniedMinorConditions', 'recognisedProtection',
  'reception', 'absenceExceeded', 'foreignCoverage', 'travelInsurance', 'care', 'attestationReason',
  'orderToLeaveExtended', 'detained', 'documentValidUntil',
] as const satisfies readonly FactId[];
export type TrackedFact = (typeof TRACKED_FACTS)[number];

const BIT = new Map<string, number>(TRACKED_FACTS.map((f, i) => [f, 1 << i]));

/**
 * One object shape for every situation the engine sees, so that property reads stay
 * monomorphic when the questionnaire re-decides many variants of a situation.
 */
export function normalise(s: Situation): Situation {
  return {
    document: s.document,
    nationality: s.nationality,
    annexe15Case: s.annexe15Case,
    familyOf: s.familyOf,
    euStatus: s.euStatus,
    monthsInBelgium: s.monthsInBelgium,
    indigent: s.indigent,
    belgianInsurance: s.belgianInsurance,
    employedInBelgium: s.employedInBelgium,
    higherEducationStudent: s.higherEducationStudent,
    dependentOf: s.dependentOf,
    unaccompaniedMinorConditions: s.unaccompaniedMinorConditions,
    recognisedProtection: s.recognisedProtection,
    reception: s.reception,
    absenceExceeded: s.absenceExceeded,
    foreignCoverage: s.foreignCoverage,
    travelInsurance: s.travelInsurance,
    care: s.care,
    attestationReason: s.attestationReason,
    orderToLeaveExtended: s.orderToLeaveExtended,
    detained: s.detained,
    documentValidUntil: s.documentValidUntil,
    today: s.today,
  };
}

export class Facts {
  /** Bit set of the facts read so far. */
  read = 0;
  readonly situation: Situation;
  /** `normalised`: the caller passes an object made by `normalise` (the questionnaire's probes reuse one). */
  constructor(situation: Situation, normalised = false) {
    this.situation = normalised ? situation : normalise(situation);
  }

  get<K extends TrackedFact>(fact: K): Situation[K] {
    this.read |= BIT.get(fact)!;
    return this.situation[fact];
  }

  /** The facts that were read and are unknown: the candidates for the next questions. */
  unknownRead(): TrackedFact[] {
    const out: TrackedFact[] = [];
    for (const f of TRACKED_FACTS) if (this.read & BIT.get(f)! && this.situation[f] === undefined) out.push(f);
    return out;
  }
}
