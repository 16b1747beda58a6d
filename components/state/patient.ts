/**
 * The patient being checked: the document, the answers, the "don't know"s, the ticked
 * checklist, the national number typed to check it. IN MEMORY ONLY — this module imports no
 * storage and sends nothing anywhere; closing the panel or "New patient" forgets it all
 * (tests/panel/privacy.test.ts).
 *
 * The verdict and the questions are the engine's (`decideSituation`): the interface holds
 * no legal logic, it only remembers what the clerk answered. The engine is handed in
 * (`decide`), so that the side panel can start without it and plug it in once it has loaded:
 * until then there is no verdict.
 */
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { DocumentId, FactId, Situation, Verdict } from '@/rules/index';

/** The engine's decision (`decideSituation` from rules/index). */
export type Decide = (situation: Situation) => Verdict;

export type AnswerValue = string | number | boolean;
export type NextQuestion = Verdict['nextQuestions'][number];

/** Today in the browser's time zone, YYYY-MM-DD (the engine judges expiry against it). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface PatientStore {
  /** The engine; null until it has loaded (no verdict, no questions meanwhile). */
  readonly decide: Signal<Decide | null>;
  readonly document: ReadonlySignal<DocumentId | null>;
  /** The facts answered, in the order the clerk answered them. */
  readonly answers: ReadonlySignal<ReadonlyMap<FactId, AnswerValue>>;
  /** Facts the clerk said they do not know: unknown to the engine, no longer asked. */
  readonly dontKnow: ReadonlySignal<ReadonlySet<FactId>>;
  /** Typed only to check it (NISS or BIS); not a fact of the rules. */
  readonly nationalNumber: Signal<string>;
  /** Ticked checklist items (payer id + action), for this patient. */
  readonly checked: ReadonlySignal<ReadonlySet<string>>;
  readonly today: ReadonlySignal<string>;
  readonly situation: ReadonlySignal<Situation | null>;
  readonly verdict: ReadonlySignal<Verdict | null>;
  /** The engine's next questions, minus those answered or set aside as "don't know". */
  readonly questions: ReadonlySignal<readonly NextQuestion[]>;
  chooseDocument(document: DocumentId): void;
  clearDocument(): void;
  answer(fact: FactId, value: AnswerValue): void;
  setDontKnow(fact: FactId): void;
  /** Forgets an answer or a "don't know": the fact is unknown again (and asked, if it matters). */
  forget(fact: FactId): void;
  /** The date printed on the document, YYYY-MM-DD, or null to forget it. */
  setValidUntil(date: string | null): void;
  toggleChecked(key: string, on: boolean): void;
  /** Forgets everything about this patient. */
  reset(): void;
}

export interface PatientStoreOptions {
  /** The engine, when it is already here; else set `decide` once it has loaded. */
  decide?: Decide | null;
  clock?: () => Date;
}

export function createPatientStore({ decide: engine = null, clock = () => new Date() }: PatientStoreOptions = {}): PatientStore {
  const decide = signal<Decide | null>(engine);
  const document = signal<DocumentId | null>(null);
  const answers = signal<ReadonlyMap<FactId, AnswerValue>>(new Map());
  const dontKnow = signal<ReadonlySet<FactId>>(new Set());
  const nationalNumber = signal('');
  const checked = signal<ReadonlySet<string>>(new Set());
  const today = signal(localToday(clock()));

  const situation = computed<Situation | null>(() => {
    const id = document.value;
    if (!id) return null;
    return { ...Object.fromEntries(answers.value), document: id, today: today.value } as Situation;
  });
  const verdict = computed(() => {
    const run = decide.value;
    return situation.value && run ? run(situation.value) : null;
  });
  const questions = computed(() => {
    const v = verdict.value;
    if (!v) return [];
    return v.nextQuestions.filter(
      (q) => !answers.value.has(q.fact as FactId) && !dontKnow.value.has(q.fact as FactId) && q.fact !== 'documentValidUntil',
    );
  });

  const without = <T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> => {
    const next = new Set(set);
    next.delete(value);
    return next;
  };
  const withoutKey = <K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> => {
    const next = new Map(map);
    next.delete(key);
    return next;
  };

  const store: PatientStore = {
    decide,
    document,
    answers,
    dontKnow,
    nationalNumber,
    checked,
    today,
    situation,
    verdict,
    questions,
    chooseDocument(id) {
      if (document.value === id) return;
      batch(() => {
        document.value = id;
        today.value = localToday(clock());
      });
    },
    clearDocument() {
      document.value = null;
    },
    answer(fact, value) {
      batch(() => {
        const next = new Map(answers.value);
        next.set(fact, value);
        answers.value = next;
        if (dontKnow.value.has(fact)) dontKnow.value = without(dontKnow.value, fact);
      });
    },
    setDontKnow(fact) {
      batch(() => {
        if (answers.value.has(fact)) answers.value = withoutKey(answers.value, fact);
        dontKnow.value = new Set(dontKnow.value).add(fact);
      });
    },
    forget(fact) {
      batch(() => {
        if (answers.value.has(fact)) answers.value = withoutKey(answers.value, fact);
        if (dontKnow.value.has(fact)) dontKnow.value = without(dontKnow.value, fact);
      });
    },
    setValidUntil(date) {
      if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) store.answer('documentValidUntil', date);
      else store.forget('documentValidUntil');
    },
    toggleChecked(key, on) {
      const next = new Set(checked.value);
      if (on) next.add(key);
      else next.delete(key);
      checked.value = next;
    },
    reset() {
      batch(() => {
        document.value = null;
        answers.value = new Map();
        dontKnow.value = new Set();
        nationalNumber.value = '';
        checked.value = new Set();
        today.value = localToday(clock());
      });
    },
  };
  return store;
}
