/** `decide(situation) → verdict`: the one entry point the scenario runner, the side panel and the popup share. */
import type { Citation } from '../sources/registry';
import type { Situation } from '../schema/facts';
import type { Verdict } from '../schema/verdict';
import type { DocumentRule, Tri } from '../schema/document-rule';
import type { FactId } from '../schema/facts';
import type { Text } from '../i18n/text';
import { memoByRef } from '../shared/memo';
import { CPAS_UNDECIDED_NAME, PAYER_NAMES } from '../i18n/payer-texts';
import { WARNING_TEXTS } from '../i18n/warning-texts';
import { ANNEXE_15_REGISTER_CASES } from '../documents/annexe-15';
import { evaluate, type Evaluation } from './evaluate';
import { F } from './facts';
import { nextQuestions } from './questions';

function nationalRegister(e: Evaluation): Tri {
  const v = e.decidedAs.nationalRegister.value;
  if (v !== 'by-annexe-15-case') return v;
  const c = e.facts.peek(F.annexe15Case);
  if (c === undefined) return 'depends';
  if (ANNEXE_15_REGISTER_CASES.has(c)) return 'yes';
  return c === 5 ? 'no' : 'depends';
}

export interface DecideOptions {
  /** Generate the next questions (on by default; a quick look-up can skip them). */
  readonly questions?: boolean;
}

const qualityCites = memoByRef((doc: DocumentRule) => [...doc.holderQualities.cite, ...doc.dependantQualities.cite]);
const uncertainOf = memoByRef((doc: DocumentRule) => (doc.uncertain ?? []).map((u) => ({ note: u.note, citations: u.cite as Citation[] })));

/** Decides an already-validated situation. The verdict shares the knowledge base's frozen lists: read it, do not mutate it. */
export function decideSituation(situation: Situation, options: DecideOptions = {}): Verdict {
  const e = evaluate(situation);
  const doc = e.decidedAs;
  return {
    document: situation.document,
    decidedAs: doc.id,
    firstPayer: e.payers[0]!.id,
    payers: e.payers.map((p) => ({ id: p.id, name: p.id === 'cpas' && e.amu.value === 'depends' ? CPAS_UNDECIDED_NAME : PAYER_NAMES[p.id], why: p.why, actions: p.actions as Text[], citations: p.cite as Citation[] })),
    amuAttestation: { value: e.amu.value, reason: e.amu.reason, dependsOn: e.amu.dependsOn as FactId[], citations: e.amu.cite as Citation[] },
    cpasAid: e.aid.kind,
    warnings: e.warnings.map((w) => ({ id: w.id, text: WARNING_TEXTS[w.id], citations: w.cite as Citation[] })),
    insuranceAccess: { value: doc.insuranceAccess.value, citations: doc.insuranceAccess.cite as Citation[] },
    nationalRegister: { value: nationalRegister(e), citations: doc.nationalRegister.cite as Citation[] },
    qualities: {
      holder: doc.holderQualities.value as string[],
      dependant: doc.dependantQualities.value as string[],
      known: (e.belgian?.qualities ?? []) as string[],
      citations: qualityCites(doc),
    },
    uncertain: uncertainOf(doc),
    nextQuestions: options.questions === false ? [] : (nextQuestions(situation, e) as Verdict['nextQuestions']),
  };
}


/** Every citation of a verdict, without duplicates, in order of appearance. */
export function verdictCitations(v: Verdict): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  const add = (cs: readonly Citation[]) => {
    for (const c of cs) {
      const k = `${c.source}|${c.section}|${c.quote}`;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(c);
      }
    }
  };
  v.payers.forEach((p) => add(p.citations));
  add(v.amuAttestation.citations);
  v.warnings.forEach((w) => add(w.citations));
  add(v.insuranceAccess.citations);
  add(v.nationalRegister.citations);
  return out;
}
