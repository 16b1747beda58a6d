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

/** Each tracked fact's bit, in a plain object: a constant key at the call site reads as a constant. */
const BIT = Object.fromEntries(TRACKED_FACTS.map((f, i) => [f, 1 << i])) as { readonly [F in TrackedFact]: number };

/** The keys a situation may carry, so that `normalise` copies only those. */
const SITUATION_KEYS = new Set<string>(['document', 'today', ...TRACKED_FACTS]);

/**
 * One object shape for every situation the engine sees, so that property reads stay
 * monomorphic when the questionnaire re-decides many variants of a situation. The copy walks
 * the keys the situation has (a for-in reads them through the enum cache) instead of asking
 * for all 23, since a situation arrives in any of thousands of shapes and asking one of those
 * for a missing key is the slow path of a megamorphic load.
 */
export function normalise(s: Situation): Situation {
  const n: Record<string, unknown> = {
    document: s.document,
    nationality: undefined,
    annexe15Case: undefined,
    familyOf: undefined,
    euStatus: undefined,
    monthsInBelgium: undefined,
    indigent: undefined,
    belgianInsurance: undefined,
    employedInBelgium: undefined,
    higherEducationStudent: undefined,
    dependentOf: undefined,
    unaccompaniedMinorConditions: undefined,
    recognisedProtection: undefined,
    reception: undefined,
    absenceExceeded: undefined,
    foreignCoverage: undefined,
    travelInsurance: undefined,
    care: undefined,
    attestationReason: undefined,
    orderToLeaveExtended: undefined,
    detained: undefined,
    documentValidUntil: undefined,
    today: undefined,
  };
  for (const key in s) {
    if (SITUATION_KEYS.has(key)) n[key] = (s as unknown as Record<string, unknown>)[key];
  }
  return n as unknown as Situation;
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
    this.read |= BIT[fact];
    return this.situation[fact];
  }

  /** The facts that were read and are unknown: the candidates for the next questions. */
  unknownRead(): TrackedFact[] {
    const out: TrackedFact[] = [];
    for (const f of TRACKED_FACTS) if (this.read & BIT[f] && this.situation[f] === undefined) out.push(f);
    return out;
  }
}

/** A reader that does not record: the questionnaire's probes only need the outcome. */
export class ProbeFacts extends Facts {
  override get<K extends TrackedFact>(fact: K): Situation[K] {
    return this.situation[fact];
  }
}
