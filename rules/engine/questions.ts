/**
 * Next questions, generated from the rules: each unknown fact that the decision read is tried
 * with each of its values; a fact is asked when some value changes the verdict, most decisive
 * first (changes the first payer, then the AMU attestation, then the payers, then warnings).
 */
import { FACT_VALUES, type DocumentId, type EnumFact, type FactId, type Situation } from '../schema/facts';
import type { Text } from '../i18n/text';
import { ANSWERS, EXPIRED, QUESTIONS } from '../i18n/question-texts';
import { decideInto, type AmuAttestation, type Evaluation, type Sink } from './evaluate';
import { PAYER_IDS, type PayerId } from '../i18n/payer-texts';
import { WARNING_IDS, type WarningId } from '../i18n/warning-texts';
import { Facts, TRACKED_FACTS, type TrackedFact } from './facts';
import { memoByKey } from '../shared/memo';

export type Change = 'first-payer' | 'amu-attestation' | 'payers' | 'warnings';
export type AnswerValue = string | number | boolean;

export interface NextQuestion {
  /** `document` only for an expired document: which document the patient has now. */
  readonly fact: FactId | 'document';
  /** How the UI asks it: a list of choices, a country, a duration, a date. */
  readonly kind: 'choice' | 'country' | 'months';
  readonly question: Text;
  readonly answers: readonly { readonly value: AnswerValue; readonly label: Text }[];
  /** What an answer can change. */
  readonly changes: readonly Change[];
}

/** One representative per group that the rules tell apart (EU, Swiss, UK, treaty country, other). */
const NATIONALITY_PROBES = ['FR', 'CH', 'GB', 'MA', 'US'] as const;
const MONTH_PROBES = [1, 3] as const;

/** When two questions change the same things, ask in this order (what a clerk can see first). */
const PRIORITY: readonly TrackedFact[] = [
  'detained', 'belgianInsurance', 'annexe15Case', 'attestationReason', 'reception', 'nationality', 'familyOf', 'euStatus',
  'monthsInBelgium', 'orderToLeaveExtended', 'absenceExceeded', 'indigent', 'employedInBelgium', 'recognisedProtection',
  'higherEducationStudent', 'unaccompaniedMinorConditions', 'dependentOf', 'foreignCoverage', 'care', 'travelInsurance',
  'documentValidUntil',
];
/** Each fact's place in PRIORITY, by its position in TRACKED_FACTS. */
const PRIORITY_RANK: readonly number[] = TRACKED_FACTS.map((f) => PRIORITY.indexOf(f));

/**
 * Facts that change everything but are rare outside some documents (a detained patient, a
 * Fedasil reception place): still asked, after the questions that usually decide.
 */
const USUAL_ONLY_FOR: { readonly [F in TrackedFact]?: readonly DocumentId[] } = {
  detained: [],
  reception: ['attestation-immatriculation', 'annexe-26'],
};

/**
 * What the rules take an unknown fact to be: each rule reads these facts so that "unknown" and
 * this value decide alike (unknown indigence counts as indigent, the verdict asks; a detention,
 * an EHIC, a travel insurance, an affiliation, a Fedasil place, a quality count only once
 * known). Trying that value cannot change the verdict, so the questionnaire does not (it was
 * more than a third of its probes). tests/rules/questions.test.ts checks, over random
 * situations, that each really decides like unknown: a rule that starts telling them apart
 * fails it.
 */
export const UNKNOWN_READS_AS: { readonly [F in EnumFact]?: readonly (typeof FACT_VALUES)[F][number][] } = {
  indigent: [true],
  belgianInsurance: ['not-affiliated'],
  detained: [false],
  foreignCoverage: ['none'],
  travelInsurance: [false],
  reception: ['none', 'cpas-local-initiative'],
  employedInBelgium: [false],
  higherEducationStudent: [false],
  recognisedProtection: [false],
  unaccompaniedMinorConditions: [false],
};

/**
 * Answers that the rules tell apart only in what they cite or ask to collect, never in who pays,
 * the AMU attestation or the warnings: a Fedasil place of any kind (a "no show" changes the
 * citation), an EHIC or its replacement certificate (the copy to take). The questionnaire tries
 * the first of each group for all of them (they were a seventh of its probes).
 * tests/rules/questions.test.ts checks, over random situations, that each decides like the first.
 */
export const DECIDE_ALIKE: { readonly [F in EnumFact]?: readonly (readonly (typeof FACT_VALUES)[F][number][])[] } = {
  reception: [['collective-centre', 'local-initiative', 'no-show']],
  foreignCoverage: [['ehic', 'replacement-certificate']],
};

/** Every answer a fact has (what the clerk is offered). */
function answerValues(fact: TrackedFact): readonly AnswerValue[] {
  if (fact === 'nationality') return NATIONALITY_PROBES;
  if (fact === 'monthsInBelgium') return MONTH_PROBES;
  if (fact === 'documentValidUntil') return [];
  return FACT_VALUES[fact];
}

/**
 * The values the questionnaire tries, by the fact's position in TRACKED_FACTS: every answer but
 * those that decide like unknown, and one of each group that decides alike.
 */
const PROBE_VALUES: readonly (readonly AnswerValue[])[] = TRACKED_FACTS.map((fact) => {
  const same = (UNKNOWN_READS_AS as Record<string, readonly AnswerValue[] | undefined>)[fact] ?? [];
  const alike = (DECIDE_ALIKE as Record<string, readonly (readonly AnswerValue[])[] | undefined>)[fact] ?? [];
  const stands = (v: AnswerValue) => alike.every((group) => !group.includes(v) || group[0] === v);
  return answerValues(fact).filter((v) => !same.includes(v) && stands(v));
});

/**
 * What a decision showed: its payers and warnings in the order the rules emit them, and its AMU
 * attestation. The rules emit each payer and each warning at most once and always in the same
 * order, so two decisions show the same set exactly when they show the same sequence: comparing
 * ids one by one needs no lookup per payer (tests/rules/questions.test.ts checks the order).
 */
class Signature implements Sink {
  readonly cites = false;
  readonly payerIds: string[] = new Array<string>(PAYER_IDS.length).fill('');
  readonly warningIds: string[] = new Array<string>(WARNING_IDS.length).fill('');
  payerCount = 0;
  warningCount = 0;
  amu = '';
  payer(id: PayerId): void {
    this.payerIds[this.payerCount++] = id;
  }
  warn(id: WarningId): void {
    this.warningIds[this.warningCount++] = id;
  }
  done(_document: unknown, _decidedAs: unknown, _aid: unknown, amu: AmuAttestation): void {
    this.amu = amu.value;
  }
  reset(): void {
    this.payerCount = 0;
    this.warningCount = 0;
    this.amu = '';
  }
  /** This signature, made that of the evaluation `e`. */
  of(e: Evaluation): this {
    this.reset();
    for (let i = 0; i < e.payers.length; i++) this.payer(e.payers[i]!.id);
    for (let i = 0; i < e.warnings.length; i++) this.warn(e.warnings[i]!.id);
    this.amu = e.amu.value;
    return this;
  }
  /** What differs from `base`, as change bits (first payer 1, AMU attestation 2, payers 4, warnings 8). */
  changesFrom(base: Signature): number {
    let bits = 0;
    if (this.payerIds[0] !== base.payerIds[0]) bits |= 1;
    if (this.amu !== base.amu) bits |= 2;
    if (!sameIds(this.payerIds, this.payerCount, base.payerIds, base.payerCount)) bits |= 4;
    if (!sameIds(this.warningIds, this.warningCount, base.warningIds, base.warningCount)) bits |= 8;
    return bits;
  }
}

function sameIds(a: readonly string[], n: number, b: readonly string[], m: number): boolean {
  if (n !== m) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

const CHANGES = ['first-payer', 'amu-attestation', 'payers', 'warnings'] as const;
const ALL_CHANGES = (1 << CHANGES.length) - 1;
const WEIGHT: Record<Change, number> = { 'first-payer': 8, 'amu-attestation': 4, payers: 2, warnings: 1 };
/** "Check insurability first, always" (DOMAIN.md; medimmigrant.be "Ziekteverzekering"): MyCareNet before the other payers. */
const ASK_EARLY: { readonly [F in TrackedFact]?: number } = { belgianInsurance: 4 };
/** The facts the AMU attestation says it depends on come first: the verdict names them. */
const DEPENDS_ON_BONUS = 8;

/** What a set of change bits means, one shared list per set. */
const changeList = memoByKey((bits: number): readonly Change[] => CHANGES.filter((_, i) => bits & (1 << i)));

/** A fact's answers with their labels (none for the nationality: the UI offers every country). */
const answersOf = memoByKey((fact: TrackedFact): NextQuestion['answers'] => {
  if (fact === 'nationality') return [];
  const labels = ANSWERS[fact];
  return answerValues(fact).map((value) => ({ value, label: labels?.[String(value)] ?? QUESTIONS[fact] }));
});

/** A question with what its answers change: one shared object per fact and set of changes (read it, do not mutate it). */
const questionOf = memoByKey((key: number): NextQuestion => {
  const fact = TRACKED_FACTS[key >> CHANGES.length]!;
  return Object.freeze({
    fact,
    kind: fact === 'nationality' ? 'country' : fact === 'monthsInBelgium' ? 'months' : 'choice',
    question: QUESTIONS[fact],
    answers: answersOf(fact),
    changes: changeList(key & ALL_CHANGES),
  });
});
/** The questionnaire's reusable state (deciding is synchronous: one verdict at a time). */
const PROBE = new Facts({ document: 'none' }, false);
const SIG = new Signature();
const BASE_SIG = new Signature();
const KEYS = new Int32Array(TRACKED_FACTS.length);
/** What a set of change bits weighs, by the set. */
const WEIGHT_OF: readonly number[] = Array.from({ length: ALL_CHANGES + 1 }, (_, bits) => changeList(bits).reduce((w, c) => w + WEIGHT[c], 0));

export function nextQuestions(situation: Situation, base: Evaluation): NextQuestion[] {
  const baseSig = BASE_SIG.of(base);
  // The questions in asking order, kept sorted as they are found by their keys (at most 21,
  // usually 4; Array.prototype.sort allocated more than the probes themselves).
  const questions: NextQuestion[] = [];
  const keys = KEYS;
  // One reader whose values change one fact at a time, and one signature, reused across
  // verdicts: the probes allocate nothing.
  const probe = PROBE.load(situation);
  probe.base = base.facts;
  const sig = SIG;
  for (let at = 0; at < TRACKED_FACTS.length; at++) {
    if (!base.facts.unknownRead(at)) continue;
    const fact = TRACKED_FACTS[at]!;
    probe.changed = at;
    const values = PROBE_VALUES[at]!;
    let changed = 0;
    // Once an answer can change all four, the other values cannot add anything.
    for (let i = 0; i < values.length && changed !== ALL_CHANGES; i++) {
      probe.values[at] = values[i];
      sig.reset();
      decideInto(probe, sig);
      probe.values[at] = undefined;
      changed |= sig.changesFrom(baseSig);
    }
    if (changed === 0) continue;
    const score =
      WEIGHT_OF[changed]! +
      (base.amu.dependsOn.includes(fact) ? DEPENDS_ON_BONUS : 0) +
      (ASK_EARLY[fact] ?? 0) -
      (USUAL_ONLY_FOR[fact]?.includes(situation.document) === false ? 100 : 0);
    // Higher score first; on a tie, the earlier fact in PRIORITY.
    const key = score * 64 - PRIORITY_RANK[at]!;
    keys[questions.length] = key;
    questions.push(questionOf((at << CHANGES.length) | changed));
    for (let i = questions.length - 1; i > 0 && keys[i - 1]! < key; i--) {
      const before = questions[i - 1]!;
      questions[i - 1] = questions[i]!;
      questions[i] = before;
      keys[i] = keys[i - 1]!;
      keys[i - 1] = key;
    }
  }
  // An expired document is a question, not proof of irregular stay (DOMAIN.md, agii.be card pages).
  if (base.warnings.some((w) => w.id === 'document-expired')) questions.unshift(expiredQuestion(situation.document));
  return questions;
}

function expiredQuestion(document: DocumentId): NextQuestion {
  const answers: { value: AnswerValue; label: Text }[] = [
    { value: document, label: EXPIRED.keep },
    { value: 'annexe-15', label: EXPIRED.annexe15 },
    { value: 'none', label: EXPIRED.none },
  ];
  return {
    fact: 'document',
    kind: 'choice',
    question: EXPIRED.question,
    answers: document === 'annexe-15' ? answers.filter((a) => a.value !== 'annexe-15') : answers,
    changes: ['first-payer', 'amu-attestation', 'payers', 'warnings'],
  };
}
