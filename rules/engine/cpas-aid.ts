/**
 * The CPAS's aid for this patient, before asking whether the CPAS is reached at all:
 * full social aid, limited to Urgent Medical Aid, none, or depends (a fact unknown or the
 * limitation disputed). Hit policy: unique — each path returns exactly one outcome.
 */
import type { Citation } from '../sources/registry';
import type { DocumentRule } from '../schema/document-rule';
import type { FactId } from '../schema/facts';
import { fill, type Text } from '../i18n/text';
import { AID_REASONS as R } from '../i18n/aid-texts';
import { countryGroup, isEuOrEea } from '../shared/countries';
import { ANNEXE_15_CASES, annexe15 as annexe15Document } from '../documents/annexe-15';
import { F, type Facts } from './facts';
import { memoByKey, memoByRef } from '../shared/memo';
import type { AmuAttestation, AmuValue } from './verdict-parts';

export type AidKind = 'full' | 'amu' | 'none' | 'depends';

export interface Aid {
  readonly kind: AidKind;
  readonly reason: Text;
  readonly cite: readonly Citation[];
  /** Facts whose value would settle a `depends`, most decisive first. */
  readonly dependsOn: readonly FactId[];
  /** The SPP IS reading that labour courts contradict. */
  readonly sppIs?: boolean;
  readonly swiss?: boolean;
  readonly limitedInPractice?: boolean;
  /** The AMU attestation when the CPAS is reached: it follows the aid (built with the outcome, shared with it). */
  readonly amu: AmuAttestation;
}

/** The facts a `depends` names, as shared constant lists (an outcome is cached by their identity). */
const NO_FACTS: readonly FactId[] = [];
const DEP = {
  euStatus: ['euStatus'],
  monthsInBelgium: ['monthsInBelgium'],
  orderToLeaveExtended: ['orderToLeaveExtended'],
  absenceExceeded: ['absenceExceeded'],
  annexe15Case: ['annexe15Case'],
  annexe15CaseMonths: ['annexe15Case', 'monthsInBelgium'],
  familyOf: ['familyOf'],
  attestationReasonFamily: ['attestationReason', 'familyOf'],
  euStatusFamily: ['euStatus', 'familyOf'],
  familyEuStatus: ['familyOf', 'euStatus'],
} as const satisfies Record<string, readonly FactId[]>;
const andNationality = memoByRef((facts: readonly FactId[]): readonly FactId[] => [...facts, 'nationality']);
const NO_EXTRA: Partial<Aid> = {};
const SPP_IS: Partial<Aid> = { sppIs: true };
const SWISS: Partial<Aid> = { swiss: true };
const LIMITED_IN_PRACTICE: Partial<Aid> = { limitedInPractice: true };

/**
 * Outcomes already built, by citation list: every argument of `aid` is a constant (a citation
 * list of the knowledge base, a text, one of the lists above), so the same outcome is one shared
 * object. The questionnaire re-decides a situation about twenty times; building a fresh
 * outcome each time was a third of what it allocated, and allocation is what sets the p99
 * (tests/rules/allocation.test.ts).
 */
const outcomes = new WeakMap<readonly Citation[], Aid[]>();

const AMU_OF_AID: Record<AidKind, AmuValue> = { none: 'not-required', full: 'not-required', amu: 'required', depends: 'depends' };

function aid(kind: AidKind, reason: Text, cite: readonly Citation[], dependsOn: readonly FactId[] = NO_FACTS, extra: Partial<Aid> = NO_EXTRA): Aid {
  let built = outcomes.get(cite);
  if (built === undefined) outcomes.set(cite, (built = []));
  for (const a of built) {
    if (a.kind === kind && a.reason === reason && a.dependsOn === dependsOn && a.sppIs === extra.sppIs && a.swiss === extra.swiss && a.limitedInPractice === extra.limitedInPractice) return a;
  }
  const amu: AmuAttestation = { value: AMU_OF_AID[kind], reason, dependsOn: kind === 'depends' ? dependsOn : NO_FACTS, cite };
  const made: Aid = { kind, reason, cite, dependsOn, ...extra, amu };
  built.push(made);
  return made;
}

/** The EU-citizen limits, by the quality in which the EU citizen concerned is registered. */
function byEuStatus(f: Facts, jobSeekerOnly: boolean, cite: readonly Citation[]): Aid {
  const status = f.get(F.euStatus);
  if (status === undefined) return aid('depends', R.unknownFacts, cite, DEP.euStatus);
  if (status === 'job-seeker') return aid('amu', R.euJobSeeker, cite);
  if ((status === 'student' || status === 'inactive') && !jobSeekerOnly) {
    const months = f.get(F.monthsInBelgium);
    if (months === undefined) return aid('depends', R.unknownFacts, cite, DEP.monthsInBelgium);
    return months < 3 ? aid('amu', R.euFirstMonths, cite) : aid('full', R.euAfterFirstMonths, cite);
  }
  return aid('full', R.euWorker, cite);
}

/** The SPP IS extends the first-three-months limitation to family members of a Belgian; labour courts disagree. */
const sppIsCites = memoByRef((doc: DocumentRule) => [...(doc.warnings.sppIsNote ?? []), ...doc.cpas.cite]);
function familyOfBelgian(doc: DocumentRule, f: Facts): Aid {
  const cite = sppIsCites(doc);
  const months = f.get(F.monthsInBelgium);
  if (months !== undefined && months >= 3) return aid('full', R.familyOfBelgianAfter, cite);
  return aid('depends', R.familyOfBelgianDisputed, cite, months === undefined ? DEP.monthsInBelgium : NO_FACTS, SPP_IS);
}

/**
 * Whose family the patient belongs to. `euStatus` without `familyOf` describes the patient when
 * the patient is an EU/EEA/Swiss citizen (so: in their own right), otherwise the EU citizen the
 * patient joins. An orange card held for another reason than family reunification is not held
 * as a family member.
 */
export function effectiveFamilyOf(doc: DocumentRule, f: Facts): 'none' | 'eu-citizen' | 'belgian' | 'third-country-national' | undefined {
  const familyOf = f.get(F.familyOf);
  if (familyOf !== undefined) return familyOf;
  if (doc.id === 'attestation-immatriculation') {
    const reason = f.get(F.attestationReason);
    if (reason !== undefined && reason !== 'family-reunification') return 'none';
  }
  if (f.get(F.euStatus) !== undefined) {
    const nationality = f.get(F.nationality);
    if (nationality !== undefined) {
      const g = countryGroup(nationality);
      return isEuOrEea(g) || g === 'swiss' ? 'none' : 'eu-citizen';
    }
    // Nationality unknown: a family-member document's holder joins an EU citizen; an EU-citizen
    // document's holder is presumed the citizen; elsewhere (annexe 15) it could be either.
    if (doc.cpas.value.kind !== 'eu-limits') return undefined;
    return doc.cpas.value.who === 'family-member' ? 'eu-citizen' : 'none';
  }
  return undefined;
}

function euLimits(doc: DocumentRule, who: 'eu-citizen-or-family' | 'family-member', f: Facts): Aid {
  const cite = doc.cpas.cite;
  const family = effectiveFamilyOf(doc, f);
  if (family === 'belgian') return familyOfBelgian(doc, f);
  if (family === 'eu-citizen') return byEuStatus(f, false, cite);
  // Joining a third-country national is no EU-law family link: an EU citizen then stays in their own right.
  if (family === 'third-country-national' && who === 'family-member') return aid('full', R.ownRight, cite);
  if (family === 'none' || family === 'third-country-national') {
    if (who === 'family-member') return aid('full', R.ownRight, cite);
    // The patient is (presumably) the EU citizen in their own right.
    const own = byEuStatus(f, false, cite);
    const nationality = f.get(F.nationality);
    if (own.kind === 'full') return own;
    if (nationality === undefined) return aid('depends', R.unknownFacts, cite, andNationality(own.dependsOn));
    const g = countryGroup(nationality);
    if (isEuOrEea(g)) return own;
    if (g === 'swiss') return own.kind === 'amu' ? aid('depends', R.swissUnknown, cite, NO_FACTS, SWISS) : own;
    return aid('full', R.ownRight, cite);
  }
  // familyOf unknown, and no euStatus to tell.
  if (who === 'family-member') {
    return aid('depends', R.unknownFacts, cite, doc.id === 'attestation-immatriculation' ? DEP.attestationReasonFamily : DEP.familyOf);
  }
  const nationality = f.get(F.nationality);
  const eu = nationality !== undefined && (isEuOrEea(countryGroup(nationality)) || countryGroup(nationality) === 'swiss');
  return aid('depends', R.unknownFacts, cite, eu ? DEP.euStatusFamily : DEP.familyEuStatus);
}

/** Annexe 15 cases 1, 4 and 8 limit the aid of family members of an EU citizen only. */
function annexe15FamilyLimit(doc: DocumentRule, f: Facts, jobSeekerOnly: boolean, box: number): Aid {
  const family = effectiveFamilyOf(doc, f);
  const cite = caseCites(box);
  if (family === 'belgian') return familyOfBelgian(doc, f);
  if (family === 'eu-citizen') return byEuStatus(f, jobSeekerOnly, cite);
  if (family === undefined) return aid('depends', R.unknownFacts, cite, DEP.familyOf);
  return aid('full', R.ownRight, cite);
}

const caseReason = memoByKey((c: number) => fill(R.annexe15Case, { case: String(c) }));
const caseCites = memoByKey((c: number) => [ANNEXE_15_CASES[c as keyof typeof ANNEXE_15_CASES], ...annexe15Document.cpas.cite]);

/**
 * The boxes, those that decide alone first, then those that read the family, then box 3 (the
 * absence): trying them in this order stops at the first that could limit the aid to AMU,
 * having read no fact that the boxes before it did not need.
 */
const BOXES_FEWEST_READS_FIRST = [2, 5, 6, 7, 1, 4, 8, 3] as const;

function annexe15(doc: DocumentRule, f: Facts): Aid {
  const c = f.get(F.annexe15Case);
  if (c !== undefined) return annexe15Box(doc, f, c);
  // Boxes 1, 4 and 8 may limit a family member's aid; for a Belgian's family the SPP IS dispute may apply.
  if (effectiveFamilyOf(doc, f) === 'belgian') {
    const months = f.get(F.monthsInBelgium);
    if (months === undefined || months < 3) {
      return aid('depends', R.unknownFacts, sppIsCites(doc), months === undefined ? DEP.annexe15CaseMonths : DEP.annexe15Case, SPP_IS);
    }
  }
  // The attestation "depends" only when it hinges on the box: when no box could limit the aid
  // to AMU (what is known rules that out for each), there is none to fill, box known or not.
  for (const box of BOXES_FEWEST_READS_FIRST) {
    const kind = annexe15Box(doc, f, box).kind;
    if (kind === 'amu' || kind === 'depends') return aid('depends', R.unknownFacts, doc.cpas.cite, DEP.annexe15Case);
  }
  return aid('full', R.annexe15AnyBox, doc.cpas.cite);
}

function annexe15Box(doc: DocumentRule, f: Facts, c: number): Aid {
  const cite = caseCites(c);
  const reason = caseReason(c);
  switch (c) {
    case 5:
      return aid('none', R.frontierWorker, cite);
    case 2:
    case 6:
      return aid('full', reason, cite);
    case 7:
      return aid('full', R.annexe15Case7, cite);
    case 3: {
      const exceeded = f.get(F.absenceExceeded);
      if (exceeded === undefined) return aid('depends', R.unknownFacts, cite, DEP.absenceExceeded);
      return exceeded ? aid('amu', R.annexe15Absence, cite) : aid('full', reason, cite);
    }
    case 1:
    case 4:
      return annexe15FamilyLimit(doc, f, true, c);
    default:
      return annexe15FamilyLimit(doc, f, false, c);
  }
}

export function cpasAid(doc: DocumentRule, f: Facts): Aid {
  const rule = doc.cpas.value;
  switch (rule.kind) {
    case 'full':
      return rule.limitedInPractice
        ? aid('full', R.fullLimitedInPractice, doc.cpas.cite, NO_FACTS, LIMITED_IN_PRACTICE)
        : aid('full', R.full, doc.cpas.cite);
    case 'amu-only':
      return aid('amu', R.noLegalStay, doc.cpas.cite);
    case 'none':
      return aid('none', R.frontierWorker, doc.cpas.cite);
    case 'order-to-leave': {
      const extended = f.get(F.orderToLeaveExtended);
      if (extended === undefined) return aid('depends', R.unknownFacts, doc.cpas.cite, DEP.orderToLeaveExtended);
      return extended ? aid('full', R.orderExtended, doc.cpas.cite) : aid('amu', R.orderExpired, doc.cpas.cite);
    }
    case 'annexe-15-cases':
      return annexe15(doc, f);
    case 'eu-limits':
      return euLimits(doc, rule.who, f);
  }
}
