/**
 * Read-tracking access to a situation: the engine asks for facts through `get`, which records
 * which facts the decision actually looked at. The questionnaire is generated from that record
 * (Publicodes' "missing variables"), never from a hand-written tree.
 */
import type { FactId, Situation } from '../schema/situation';

export const TRACKED_FACTS = [
  'nationality', 'annexe15Case', 'familyOf', 'euStatus', 'monthsInBelgium', 'indigent', 'belgianInsurance',
  'employedInBelgium', 'higherEducationStudent', 'dependentOf', 'unaccompaniedMinorConditions', 'recognisedProtection',
  'reception', 'absenceExceeded', 'foreignCoverage', 'travelInsurance', 'care', 'attestationReason',
  'orderToLeaveExtended', 'detained', 'documentValidUntil',
] as const satisfies readonly FactId[];
export type TrackedFact = (typeof TRACKED_FACTS)[number];

const BIT: Readonly<Record<TrackedFact, number>> = Object.fromEntries(TRACKED_FACTS.map((f, i) => [f, 1 << i])) as Record<TrackedFact, number>;

export class Facts {
  /** Bit set of the facts read so far. */
  read = 0;
  constructor(readonly situation: Situation) {}

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
