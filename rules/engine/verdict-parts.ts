/**
 * The parts of a verdict (a payer, a warning, the AMU attestation, the document's facts), each
 * built once, frozen, and shared by every verdict that shows it.
 *
 * Every part is made of the knowledge base's constant citation lists and texts, and of the
 * engine's outcomes, which are shared objects too (cpas-aid.ts, belgian-insurance.ts). So a
 * verdict allocates its own object and lists and little else: the questionnaire re-decides a
 * situation about twenty times, and what a decision allocates is what sets its p99 (the
 * collector's pauses; tests/bench/rules.ts, tests/rules/allocation.test.ts). Read a verdict,
 * never mutate it: the parts are frozen, so a mutation fails loudly instead of changing the
 * next patient's verdict.
 */
import type { Citation } from '../sources/registry';
import type { DocumentRule, Tri } from '../schema/document-rule';
import type { FactId } from '../schema/facts';
import type { Verdict } from '../schema/verdict';
import type { Text } from '../i18n/text';
import type { PayerId } from '../i18n/payer-texts';
import { WARNING_TEXTS, type WarningId } from '../i18n/warning-texts';
import { memoByKey, memoByRef } from '../shared/memo';

export type VerdictPayer = Verdict['payers'][number];
export type VerdictWarning = Verdict['warnings'][number];
export type AmuValue = 'required' | 'not-required' | 'depends';
export interface AmuAttestation {
  readonly value: AmuValue;
  readonly reason: Text;
  readonly dependsOn: readonly FactId[];
  readonly cite: readonly Citation[];
}

const payersByCite = new WeakMap<readonly Citation[], VerdictPayer[]>();

/** A payer as the verdict shows it: one shared object per payer, name, reason, actions and citations. */
export function payerPart(id: PayerId, name: Text, why: Text, actions: readonly Text[], cite: readonly Citation[]): VerdictPayer {
  let built = payersByCite.get(cite);
  if (built === undefined) payersByCite.set(cite, (built = []));
  for (let i = 0; i < built.length; i++) {
    const v = built[i]!;
    if (v.id === id && v.name === name && v.why === why && v.actions === actions) return v;
  }
  const made = Object.freeze({ id, name, why, actions: actions as Text[], citations: cite as Citation[] });
  built.push(made);
  return made;
}

const warningsByCite = new WeakMap<readonly Citation[], Map<WarningId, VerdictWarning>>();

/** A warning as the verdict shows it: one shared object per warning and citations. */
export function warningPart(id: WarningId, cite: readonly Citation[]): VerdictWarning {
  let byId = warningsByCite.get(cite);
  if (byId === undefined) warningsByCite.set(cite, (byId = new Map()));
  let v = byId.get(id);
  if (v === undefined) byId.set(id, (v = Object.freeze({ id, text: WARNING_TEXTS[id], citations: cite as Citation[] })));
  return v;
}

export const amuAttestationPart = memoByRef(
  (amu: AmuAttestation): Verdict['amuAttestation'] =>
    Object.freeze({ value: amu.value, reason: amu.reason, dependsOn: amu.dependsOn as FactId[], citations: amu.cite as Citation[] }),
);

export const insuranceAccessPart = memoByRef(
  (doc: DocumentRule): Verdict['insuranceAccess'] => Object.freeze({ value: doc.insuranceAccess.value, citations: doc.insuranceAccess.cite as Citation[] }),
);

const registerParts = memoByRef((doc: DocumentRule) =>
  memoByKey((value: Tri): Verdict['nationalRegister'] => Object.freeze({ value, citations: doc.nationalRegister.cite as Citation[] })),
);
export const nationalRegisterPart = (doc: DocumentRule, value: Tri): Verdict['nationalRegister'] => registerParts(doc)(value);

const qualityCites = memoByRef((doc: DocumentRule) => [...doc.holderQualities.cite, ...doc.dependantQualities.cite]);
const qualityParts = memoByRef((doc: DocumentRule) =>
  memoByRef(
    (known: readonly string[]): Verdict['qualities'] =>
      Object.freeze({
        holder: doc.holderQualities.value as string[],
        dependant: doc.dependantQualities.value as string[],
        known: known as string[],
        citations: qualityCites(doc),
      }),
  ),
);
/** `known`: a shared list (the Belgian-insurance outcome's), so that the part is found again. */
export const qualitiesPart = (doc: DocumentRule, known: readonly string[]): Verdict['qualities'] => qualityParts(doc)(known);
