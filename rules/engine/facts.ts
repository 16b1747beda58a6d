/**
 * Read-tracking access to a situation: the engine asks for facts through `get`, which records
 * which facts the decision actually looked at. The questionnaire is generated from that record
 * (Publicodes' "missing variables"), never from a hand-written tree.
 */
import type { FactId, Situation } from '../schema/facts';
import type { DocumentRule } from '../schema/document-rule';

export const TRACKED_FACTS = [
  'nationality', 'annexe15Case', 'familyOf', 'euStatus', 'monthsInBelgium', 'indigent', 'belgianInsurance',
  'employedInBelgium', 'higherEducationStudent', 'dependentOf', 'unaccompaniedMinorConditions', 'recognisedProtection',
  'reception', 'absenceExceeded', 'foreignCoverage', 'travelInsurance', 'care', 'attestationReason',
  'orderToLeaveExtended', 'detained', 'documentValidUntil',
] as const satisfies readonly FactId[];
export type TrackedFact = (typeof TRACKED_FACTS)[number];

/** A tracked fact as the rules name it: its position in TRACKED_FACTS, typed with its name. */
export type FactRef<K extends TrackedFact> = number & { readonly fact: K };

/**
 * The rules read a fact as `f.get(F.detained)`: a number, so that every read is an array
 * element load, whatever the call site (the questionnaire re-decides a situation about twenty
 * times; reads by name went through V8's megamorphic property lookup and cost a tenth of it).
 */
export const F = Object.fromEntries(TRACKED_FACTS.map((f, i) => [f, i])) as unknown as { readonly [K in TrackedFact]: FactRef<K> };

const INDEX = new Map<string, number>(TRACKED_FACTS.map((f, i) => [f, i]));

export class Facts {
  /** The situation read: set by `load`, which the questionnaire's reusable probe calls per verdict. */
  situation!: Situation;
  /** Bit set of the facts read so far (kept only when `track`). */
  read = 0;
  /** The facts' values, by FactRef. The questionnaire's probes change one at a time. */
  readonly values: unknown[] = new Array<unknown>(TRACKED_FACTS.length).fill(undefined);
  /** The situation's document rule, once the decision has looked it up (kept for the probes). */
  rule: DocumentRule | undefined = undefined;
  /** A probe: the decision it varies, and the one fact it changed (by FactRef). */
  base: Facts | undefined = undefined;
  changed = -1;
  // Per part of the decision (see `part`): the document it was computed for, the facts it read,
  // its result. Fields rather than lists: a decision allocates as little as it can.
  private doc0: DocumentRule | undefined = undefined;
  private reads0 = 0;
  private value0: unknown = undefined;
  private doc1: DocumentRule | undefined = undefined;
  private reads1 = 0;
  private value1: unknown = undefined;

  /**
   * `track`: record the facts read (the questionnaire's probes only need the outcome). One
   * class for both, so that every `get` call site sees one shape.
   */
  constructor(
    situation: Situation,
    readonly track = true,
  ) {
    this.load(situation);
  }

  /** Reads `situation` afresh, forgetting everything about the previous one. */
  load(situation: Situation): this {
    this.situation = situation;
    this.read = 0;
    this.values.fill(undefined);
    this.rule = undefined;
    this.base = undefined;
    this.changed = -1;
    this.doc0 = this.doc1 = undefined;
    this.value0 = this.value1 = undefined;
    this.reads0 = this.reads1 = 0;
    // Walks the keys the situation has (a for-in reads them through the enum cache) instead of
    // asking for all 21: a situation arrives in any of thousands of shapes, and asking one of
    // those for a missing key is the slow path of a megamorphic load.
    for (const key in situation) {
      const i = INDEX.get(key);
      if (i !== undefined) this.values[i] = (situation as unknown as Record<string, unknown>)[key];
    }
    return this;
  }

  get<K extends TrackedFact>(fact: FactRef<K>): Situation[K] {
    if (this.track) this.read |= 1 << fact;
    return this.values[fact] as Situation[K];
  }

  /**
   * Part `n` of the decision (the Belgian insurer, the CPAS's aid): a pure function of the
   * document and of the facts it reads. A probe takes its base's result when the one fact it
   * changed is not among those: the same reads give the same result.
   */
  part<T>(n: 0 | 1, doc: DocumentRule, compute: (doc: DocumentRule, f: Facts) => T): T {
    const base = this.base;
    if (base !== undefined) {
      const bit = 1 << this.changed;
      if (n === 0 ? base.doc0 === doc && (base.reads0 & bit) === 0 : base.doc1 === doc && (base.reads1 & bit) === 0) {
        return (n === 0 ? base.value0 : base.value1) as T;
      }
    }
    if (!this.track) return compute(doc, this);
    const before = this.read;
    this.read = 0;
    const value = compute(doc, this);
    if (n === 0) {
      this.doc0 = doc;
      this.reads0 = this.read;
      this.value0 = value;
    } else {
      this.doc1 = doc;
      this.reads1 = this.read;
      this.value1 = value;
    }
    this.read |= before;
    return value;
  }

  /** A fact's value without recording the read: for what only picks a citation, never the outcome. */
  peek<K extends TrackedFact>(fact: FactRef<K>): Situation[K] {
    return this.values[fact] as Situation[K];
  }

  /** Whether the decision read this fact and the situation leaves it unknown: a candidate for the next questions. */
  unknownRead(fact: number): boolean {
    return (this.read & (1 << fact)) !== 0 && this.values[fact] === undefined;
  }
}
