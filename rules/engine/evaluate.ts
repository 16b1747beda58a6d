/**
 * The decision itself. Payers follow rule order (the contract's list: Immigration Office,
 * Belgian insurer, foreign insurer, travel insurer, Fedasil, CPAS, patient); the AMU attestation
 * is unique; warnings are collected. Pure: same situation, same evaluation.
 */
import type { Citation } from '../sources/registry';
import type { DocumentRule } from '../schema/document-rule';
import type { FactId, Situation } from '../schema/facts';
import { fillEach, type Text } from '../i18n/text';
import { ACTIONS as A, CPAS_UNDECIDED_NAME, PAYER_NAMES, QUALITY_NAMES, WHY, type PayerId } from '../i18n/payer-texts';
import { AID_REASONS } from '../i18n/aid-texts';
import type { WarningId } from '../i18n/warning-texts';
import { DOCUMENTS } from '../documents/index';
import { COUNTRY_CITATIONS, isTreatyCountry } from '../shared/countries';
import { isExpired } from '../shared/expiry';
import { F, Facts } from './facts';
import { cpasAid, type Aid } from './cpas-aid';
import { belgianInsurance, type BelgianInsurance } from './belgian-insurance';
import { P } from './passages';
import { memoByRef } from '../shared/memo';
import { payerPart, warningPart, type AmuAttestation, type AmuValue, type VerdictPayer, type VerdictWarning } from './verdict-parts';

export type { AmuAttestation, AmuValue } from './verdict-parts';

export interface Evaluation {
  readonly document: DocumentRule;
  /** The document the rules applied: `none` for a UK national's lapsed EU-law document. */
  readonly decidedAs: DocumentRule;
  /** As the verdict shows them (shared, frozen parts). */
  readonly payers: readonly VerdictPayer[];
  readonly aid: Aid;
  readonly amu: AmuAttestation;
  readonly warnings: readonly VerdictWarning[];
  readonly belgian: BelgianInsurance | undefined;
  readonly facts: Facts;
}

/** The date from which old-layout F/F+ cards have lapsed (DOMAIN.md, agii.be "Elektronische F-kaart"). */
const OLD_F_LAYOUT_LAPSE = '2026-08-03';

function joinQualities(qualities: BelgianInsurance['qualities']): Text {
  const pick = (l: keyof Text) => qualities.map((q) => QUALITY_NAMES[q][l]).join(', ');
  return { fr: pick('fr'), nl: pick('nl'), de: pick('de'), en: pick('en') };
}

/** Where a decision writes its payers and warnings: the full verdict keeps them, a probe only marks them. */
export interface Sink {
  /** Whether the sink keeps citations: a probe only compares outcomes, so its citation lists are not looked up. */
  readonly cites: boolean;
  payer(id: PayerId, why: Text, actions: readonly Text[], cite: readonly Citation[]): void;
  warn(id: WarningId, cite: readonly Citation[]): void;
  /** The rest of the outcome, once decided (passed, not returned: a probe allocates nothing for it). */
  done(document: DocumentRule, decidedAs: DocumentRule, aid: Aid, amu: AmuAttestation, belgian: BelgianInsurance | undefined): void;
}

// Constant lists, so that a decision allocates as little as possible.
const ACT = {
  immigrationOffice: [A.immigrationOffice],
  affiliated: [A.checkMyCareNet],
  toAffiliate: [A.checkMyCareNet, A.affiliate],
  s2: [A.copyS2],
  ehic: [A.copyEhic],
  replacement: [A.copyEhic, A.forgottenEhic],
  treaty: [A.copyTreaty],
  travel: [A.travelInsurer],
  fedasilShare: [A.fedasilShare, A.fedasilCheck],
  fedasil: [A.fedasilCaami, A.fedasilCheck],
  // MediPrima is residual: the desk checks MyCareNet before anything else, even for an undocumented patient.
  cpasAmu: [A.checkMyCareNet, A.cpasNotify, A.cpasMediPrima, A.amuAttestation],
  cpasFull: [A.checkMyCareNet, A.cpasNotify, A.cpasMediPrima],
  patient: [A.patientBill],
} as const;
const CITES = {
  ukLapsed: [P.ukLapsed],
  fedasilNoShow: [P.fedasilNoShow, ...P.fedasil],
  fedasilShare: [P.fedasilShare, ...P.fedasil],
  fedasilShareNoShow: [P.fedasilShare, P.fedasilNoShow, ...P.fedasil],
  fedasilFirst: [P.fedasilFirst, ...P.fedasil],
  patient: [P.patientNoResources],
  confidential: [P.confidential],
  nonNomenclature: [P.nonNomenclature],
  expired: [P.hospitalisedRenewal],
  ukraine: [P.ukraine],
} as const;
const moroccoCites = memoByRef((cite: readonly Citation[]) => [...cite, COUNTRY_CITATIONS.moroccoConvention]);
const ehicUk = memoByRef((cite: readonly Citation[]) => [...cite, P.ukEhic]);
const oldLayoutCites = memoByRef((doc: DocumentRule) => doc.whatCite.filter((c) => c.source === 'agii-f-card'));
const uncertainCites = memoByRef((doc: DocumentRule) => (doc.uncertain ?? []).flatMap((u) => u.cite));

/** What a probe passes instead of a citation list. */
const UNCITED: readonly Citation[] = [];

const NO_FACTS: readonly FactId[] = [];
const amuOf = (value: AmuValue, reason: Text, cite: readonly Citation[], dependsOn: readonly FactId[] = NO_FACTS): AmuAttestation => ({ value, reason, dependsOn, cite });
const AMU_DETAINED = amuOf('not-required', AID_REASONS.detained, P.immigrationOffice);
const AMU_FEDASIL = amuOf('not-required', AID_REASONS.fedasilCompetent, CITES.fedasilFirst);
const AMU_NOT_INDIGENT = amuOf('not-required', AID_REASONS.notIndigent, CITES.patient);

/** The decision, writing its payers (in rule order), warnings and outcome into `sink`. */
export function decideInto(f: Facts, sink: Sink): void {
  const situation = f.situation;
  // Looked up once per situation, not once per probe.
  const document = (f.rule ??= DOCUMENTS[situation.document]);
  const cites = sink.cites;

  // UK nationals: EU-law documents lapsed on 31 March 2022 → decided as no valid document.
  let doc = document;
  if (document.lapsesForUk && f.get(F.nationality) === 'GB') {
    doc = DOCUMENTS.none;
    sink.warn('uk-eu-document-lapsed', CITES.ukLapsed);
  }

  const detained = f.get(F.detained) === true;
  if (detained) sink.payer('immigration-office', WHY.detained, ACT.immigrationOffice, P.immigrationOffice);

  // 1. Belgian insurer.
  const belgian = f.part(0, doc, belgianInsurance);
  if (belgian) {
    const p = belgianPayer(belgian);
    sink.payer('belgian-insurer', p.why, p.actions, p.cite);
  }

  // 2. Foreign insurer.
  const coverage = f.get(F.foreignCoverage);
  if (coverage === 's2') {
    if (f.get(F.care) !== 'unplanned') sink.payer('s2', WHY.s2, ACT.s2, cites ? P.s2(doc.id) : UNCITED);
  } else if (coverage === 'ehic' || coverage === 'replacement-certificate') {
    const care = f.get(F.care);
    if (care === undefined || care === 'unplanned') {
      const cite = !cites ? UNCITED : f.peek(F.nationality) === 'GB' ? ehicUk(P.ehic(doc.id)) : P.ehic(doc.id);
      sink.payer('ehic', WHY.ehic, coverage === 'ehic' ? ACT.ehic : ACT.replacement, cite);
    } else {
      sink.warn('ehic-planned-care-needs-s2', cites ? P.ehicPlanned(doc.id) : UNCITED);
    }
  } else if (coverage === 'treaty-attestation') {
    const nationality = f.get(F.nationality);
    sink.payer('treaty', WHY.treaty, ACT.treaty, !cites ? UNCITED : nationality === 'MA' ? moroccoCites(P.treaty(doc.id)) : P.treaty(doc.id));
    if (nationality !== undefined && !isTreatyCountry(nationality)) sink.warn('treaty-country-check', cites ? P.treaty(doc.id) : UNCITED);
  }

  // 3. Private travel insurance.
  if (f.get(F.travelInsurance) === true) {
    sink.payer('travel-insurance', WHY.travelInsurance, ACT.travel, cites ? P.travel(doc.id) : UNCITED);
    sink.warn('travel-insurance-exclusions', cites ? P.travelExclusions(doc.id) : UNCITED);
  }

  // 4. Fedasil: reception beneficiaries with a code 207 (not a CPAS-run initiative), and "no show" applicants.
  const reception = detained ? undefined : f.get(F.reception);
  const fedasil = reception === 'collective-centre' || reception === 'local-initiative' || reception === 'no-show';
  if (fedasil) {
    const noShow = reception === 'no-show';
    if (belgian) sink.payer('fedasil', WHY.fedasilShare, ACT.fedasilShare, noShow ? CITES.fedasilShareNoShow : CITES.fedasilShare);
    else sink.payer('fedasil', WHY.fedasil, ACT.fedasil, noShow ? CITES.fedasilNoShow : P.fedasil);
  }

  // 5. CPAS: residual; needs indigence (unknown counts as indigent: the verdict asks).
  const aid = f.part(1, doc, cpasAid);
  const indigent = f.get(F.indigent);
  let amu: AmuAttestation;
  let cpasListed = false;
  if (detained) {
    amu = AMU_DETAINED;
  } else if (fedasil) {
    amu = AMU_FEDASIL;
  } else if (aid.kind === 'none') {
    amu = aid.amu;
    if (!belgian) sink.warn('not-insured-no-cpas', aid.cite);
  } else if (indigent === false) {
    amu = AMU_NOT_INDIGENT;
  } else {
    cpasListed = true;
    amu = aid.amu;
    if (aid.kind === 'amu') sink.payer('cpas-amu', WHY.cpasAmu, ACT.cpasAmu, cites ? cpasAmuCites(aid.cite) : UNCITED);
    else if (aid.kind === 'full') sink.payer('cpas', WHY.cpasFull, ACT.cpasFull, cites ? cpasCites(aid.cite) : UNCITED);
    else sink.payer('cpas', WHY.cpasDepends, ACT.cpasAmu, cites ? cpasCites(aid.cite) : UNCITED);
  }

  // 6. The patient, always last.
  sink.payer('patient', WHY.patient, ACT.patient, CITES.patient);

  // Warnings that stand in the fiche's CPAS section: only when the CPAS is in the list.
  if (cpasListed) {
    if (aid.limitedInPractice) sink.warn('cpas-limited-in-practice', doc.cpas.cite);
    if (doc.warnings.residenceRightAtRisk) sink.warn('residence-right-at-risk', doc.warnings.residenceRightAtRisk);
    const transfer = doc.warnings.dataTransfer;
    if (transfer && dataTransferApplies(doc, transfer.value, f)) sink.warn('data-transfer-oe', transfer.cite);
    if (aid.sppIs) sink.warn('spp-is-contested', doc.warnings.sppIsNote ?? aid.cite);
    if (aid.swiss) sink.warn('swiss-cpas-limits-unknown', P.swiss);
  }
  if (amu.value !== 'not-required') {
    sink.warn('amu-confidential', CITES.confidential);
    sink.warn('non-nomenclature-not-reimbursed', CITES.nonNomenclature);
  }

  // Document facts beyond the payer order.
  const today = situation.today;
  const validUntil = f.get(F.documentValidUntil);
  if (validUntil !== undefined && today !== undefined && doc.id !== 'none' && isExpired(validUntil, today)) {
    sink.warn('document-expired', CITES.expired);
  }
  if ((doc.id === 'card-f' || doc.id === 'card-f-plus') && (today === undefined || today >= OLD_F_LAYOUT_LAPSE)) {
    sink.warn('f-card-old-layout', cites ? oldLayoutCites(doc) : UNCITED);
  }
  if (doc.uncertain) sink.warn('register-uncertain', cites ? uncertainCites(doc) : UNCITED);
  if (doc.id === 'temporary-protection') sink.warn('ukraine-affiliation', CITES.ukraine);

  sink.done(document, doc, aid, amu, belgian);
}

/** The full verdict's sink: keeps every payer and warning with its reasons and citations, and is the evaluation. */
class Collect implements Sink, Evaluation {
  readonly cites = true;
  readonly payers: VerdictPayer[] = [];
  readonly warnings: VerdictWarning[] = [];
  document!: DocumentRule;
  decidedAs!: DocumentRule;
  aid!: Aid;
  amu!: AmuAttestation;
  belgian: BelgianInsurance | undefined = undefined;
  constructor(readonly facts: Facts) {}
  payer(id: PayerId, why: Text, actions: readonly Text[], cite: readonly Citation[]): void {
    this.payers.push(payerPart(id, PAYER_NAMES[id], why, actions, cite));
  }
  warn(id: WarningId, cite: readonly Citation[]): void {
    this.warnings.push(warningPart(id, cite));
  }
  done(document: DocumentRule, decidedAs: DocumentRule, aid: Aid, amu: AmuAttestation, belgian: BelgianInsurance | undefined): void {
    this.document = document;
    this.decidedAs = decidedAs;
    this.aid = aid;
    this.amu = amu;
    this.belgian = belgian;
    // Until the attestation is settled, the CPAS is named as "full aid or AMU (to be settled)".
    if (amu.value !== 'depends') return;
    const i = this.payers.findIndex((p) => p.id === 'cpas');
    if (i >= 0) {
      const p = this.payers[i]!;
      this.payers[i] = payerPart('cpas', CPAS_UNDECIDED_NAME, p.why, p.actions, p.citations);
    }
  }
}

/** The full evaluation: payers and warnings with their reasons and citations. */
export function evaluate(situation: Situation): Evaluation {
  return evaluateWith(new Facts(situation));
}

/**
 * The evaluation of the situation `facts` has loaded. decideSituation passes one reader it
 * reuses for every verdict (its evaluation is read before the next verdict starts): a decision
 * allocates as little as it can.
 */
export function evaluateWith(facts: Facts): Evaluation {
  const sink = new Collect(facts);
  decideInto(facts, sink);
  return sink;
}

/** Affiliated: bill the insurer; a quality opens the right: have the patient affiliated. Insurability is checked first either way. */
const belgianPayer = memoByRef((b: BelgianInsurance): { why: Text; actions: readonly Text[]; cite: readonly Citation[] } => ({
  why: b.basis === 'affiliated' ? WHY.affiliated : fillEach(WHY.qualityOpens, (l) => ({ quality: joinQualities(b.qualities)[l] })),
  actions: b.basis === 'affiliated' ? ACT.affiliated : ACT.toAffiliate,
  cite: [P.checkInsurability, ...b.cite],
}));
const cpasCites = memoByRef((cite: readonly Citation[]) => [...cite, P.checkInsurability, P.competentCpas, P.mediPrima]);
const cpasAmuCites = memoByRef((cite: readonly Citation[]) => [...cite, P.checkInsurability, P.competentCpas, P.mediPrima, P.notifyCpas, P.doctorDecides, P.attestationRules]);

/** Card A and the orange card: only students and family reunification; annexes 19, 19ter, cards E, F: always (some hedged). */
function dataTransferApplies(doc: DocumentRule, rule: 'always' | 'hedged' | 'students-and-family', f: Facts): boolean {
  if (rule !== 'students-and-family') return true;
  const family = f.get(F.familyOf);
  if (family !== undefined && family !== 'none') return true;
  if (doc.id === 'attestation-immatriculation') {
    const reason = f.get(F.attestationReason);
    return reason === 'student' || reason === 'family-reunification';
  }
  return f.get(F.higherEducationStudent) === true;
}
