/** `decide(situation) → verdict`: the one entry point the scenario runner, the side panel and the popup share. */
import type { Citation } from '../sources/registry';
import type { Situation } from '../schema/facts';
import type { Verdict } from '../schema/verdict';
import type { DocumentRule, Tri } from '../schema/document-rule';
import type { FactId } from '../schema/facts';
import type { Text } from '../i18n/text';
import { memoByRef } from '../shared/memo';
import { ANNEXE_15_REGISTER_CASES } from '../documents/annexe-15';
import { evaluateWith, type Evaluation } from './evaluate';
import { amuAttestationPart, insuranceAccessPart, nationalRegisterPart, qualitiesPart } from './verdict-parts';
import { F, Facts } from './facts';
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

const uncertainOf = memoByRef((doc: DocumentRule) => (doc.uncertain ?? []).map((u) => ({ note: u.note, citations: u.cite as Citation[] })));
const NO_QUALITIES: readonly string[] = [];
/** The reader of every verdict's situation, reloaded each time (deciding is synchronous; the evaluation does not outlive the call). */
const READER = new Facts({ document: 'none' });

/**
 * Decides an already-validated situation. The verdict's own object and lists are new; its parts
 * are shared and frozen (verdict-parts.ts): read it, do not mutate it.
 */
export function decideSituation(situation: Situation, options: DecideOptions = {}): Verdict {
  const e = evaluateWith(READER.load(situation));
  const doc = e.decidedAs;
  return {
    document: situation.document,
    decidedAs: doc.id,
    firstPayer: e.payers[0]!.id,
    payers: e.payers as Verdict['payers'],
    amuAttestation: amuAttestationPart(e.amu),
    cpasAid: e.aid.kind,
    warnings: e.warnings as Verdict['warnings'],
    insuranceAccess: insuranceAccessPart(doc),
    nationalRegister: nationalRegisterPart(doc, nationalRegister(e)),
    qualities: qualitiesPart(doc, e.belgian?.qualities ?? NO_QUALITIES),
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
