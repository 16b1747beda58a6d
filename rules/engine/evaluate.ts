/**
 * The decision itself. Payers follow rule order (the contract's list: Immigration Office,
 * Belgian insurer, foreign insurer, travel insurer, Fedasil, CPAS, patient); the AMU attestation
 * is unique; warnings are collected. Pure: same situation, same evaluation.
 */
import type { Citation } from '../sources/registry';
import type { DocumentRule } from '../schema/document-rule';
import type { FactId, Situation } from '../schema/facts';
import { fillEach, type Text } from '../i18n/text';
import { ACTIONS as A, QUALITY_NAMES, WHY, type PayerId } from '../i18n/payer-texts';
import { AID_REASONS } from '../i18n/aid-texts';
import type { WarningId } from '../i18n/warning-texts';
import { DOCUMENTS } from '../documents/index';
import { isTreatyCountry } from '../shared/countries';
import { isExpired } from '../shared/expiry';
import { Facts } from './facts';
import { cpasAid, type Aid } from './cpas-aid';
import { belgianInsurance, type BelgianInsurance } from './belgian-insurance';
import { P } from './passages';
import { memoByKey, memoByRef } from '../shared/memo';

export interface PayerEntry {
  readonly id: PayerId;
  readonly why: Text;
  readonly actions: readonly Text[];
  readonly cite: readonly Citation[];
}
export interface WarningEntry {
  readonly id: WarningId;
  readonly cite: readonly Citation[];
}
export type AmuValue = 'required' | 'not-required' | 'depends';
export interface AmuAttestation {
  readonly value: AmuValue;
  readonly reason: Text;
  readonly dependsOn: readonly FactId[];
  readonly cite: readonly Citation[];
}

export interface Evaluation {
  readonly document: DocumentRule;
  /** The document the rules applied: `none` for a UK national's lapsed EU-law document. */
  readonly decidedAs: DocumentRule;
  readonly payers: readonly PayerEntry[];
  readonly aid: Aid;
  readonly amu: AmuAttestation;
  readonly warnings: readonly WarningEntry[];
  readonly belgian: BelgianInsurance | undefined;
  readonly facts: Facts;
}

/** The date from which old-layout F/F+ cards have lapsed (DOMAIN.md, agii.be "Elektronische F-kaart"). */
const OLD_F_LAYOUT_LAPSE = '2026-08-03';

function joinQualities(qualities: BelgianInsurance['qualities']): Text {
  const pick = (l: keyof Text) => qualities.map((q) => QUALITY_NAMES[q][l]).join(', ');
  return { fr: pick('fr'), nl: pick('nl'), de: pick('de'), en: pick('en') };
}

export function evaluate(situation: Situation): Evaluation {
  const f = new Facts(situation);
  const document = DOCUMENTS[situation.document];
  const warnings: WarningEntry[] = [];
  const warn = (id: WarningId, cite: readonly Citation[]) => warnings.push({ id, cite });

  // UK nationals: EU-law documents lapsed on 31 March 2022 → decided as no valid document.
  let doc = document;
  if (document.lapsesForUk && f.get('nationality') === 'GB') {
    doc = DOCUMENTS.none;
    warn('uk-eu-document-lapsed', [P.ukLapsed]);
  }

  const payers: PayerEntry[] = [];
  const detained = f.get('detained') === true;
  if (detained) payers.push({ id: 'immigration-office', why: WHY.detained, actions: [A.immigrationOffice], cite: P.immigrationOffice });

  // 1. Belgian insurer.
  const belgian = belgianInsurance(doc, f);
  if (belgian) {
    payers.push(
      belgian.basis === 'affiliated'
        ? { id: 'belgian-insurer', why: WHY.affiliated, actions: [A.checkMyCareNet], cite: withInsurability(belgian.cite) }
        : { id: 'belgian-insurer', why: qualityWhy(belgian), actions: [A.checkMyCareNet, A.affiliate], cite: withInsurability(belgian.cite) },
    );
  }

  // 2. Foreign insurer.
  const coverage = f.get('foreignCoverage');
  if (coverage === 's2') {
    if (f.get('care') !== 'unplanned') payers.push({ id: 's2', why: WHY.s2, actions: [A.copyS2], cite: P.s2(doc.id) });
  } else if (coverage === 'ehic' || coverage === 'replacement-certificate') {
    const care = f.get('care');
    if (care === undefined || care === 'unplanned') {
      const cite = f.situation.nationality === 'GB' ? [...P.ehic(doc.id), P.ukEhic] : P.ehic(doc.id);
      payers.push({ id: 'ehic', why: WHY.ehic, actions: coverage === 'ehic' ? [A.copyEhic] : [A.copyEhic, A.forgottenEhic], cite });
    } else {
      warn('ehic-planned-care-needs-s2', P.ehicPlanned(doc.id));
    }
  } else if (coverage === 'treaty-attestation') {
    payers.push({ id: 'treaty', why: WHY.treaty, actions: [A.copyTreaty], cite: P.treaty(doc.id) });
    const nationality = f.get('nationality');
    if (nationality !== undefined && !isTreatyCountry(nationality)) warn('treaty-country-check', P.treaty(doc.id));
  }

  // 3. Private travel insurance.
  if (f.get('travelInsurance') === true) {
    payers.push({ id: 'travel-insurance', why: WHY.travelInsurance, actions: [A.travelInsurer], cite: P.travel(doc.id) });
    warn('travel-insurance-exclusions', P.travelExclusions(doc.id));
  }

  // 4. Fedasil: reception beneficiaries with a code 207 (not a CPAS-run initiative), and "no show" applicants.
  const reception = detained ? undefined : f.get('reception');
  const fedasil = reception === 'collective-centre' || reception === 'local-initiative' || reception === 'no-show';
  if (fedasil) {
    const cite = reception === 'no-show' ? [P.fedasilNoShow, ...P.fedasil] : P.fedasil;
    payers.push(
      belgian
        ? { id: 'fedasil', why: WHY.fedasilShare, actions: [A.fedasilShare, A.fedasilCheck], cite: [P.fedasilShare, ...cite] }
        : { id: 'fedasil', why: WHY.fedasil, actions: [A.fedasilCaami, A.fedasilCheck], cite },
    );
  }

  // 5. CPAS: residual; needs indigence (unknown counts as indigent: the verdict asks).
  const aid = cpasAid(doc, f);
  const indigent = f.get('indigent');
  let amu: AmuAttestation;
  let cpasListed = false;
  if (detained) {
    amu = { value: 'not-required', reason: AID_REASONS.detained, dependsOn: [], cite: P.immigrationOffice };
  } else if (fedasil) {
    amu = { value: 'not-required', reason: AID_REASONS.fedasilCompetent, dependsOn: [], cite: [P.fedasilFirst, ...P.fedasil] };
  } else if (aid.kind === 'none') {
    amu = { value: 'not-required', reason: aid.reason, dependsOn: [], cite: aid.cite };
    if (!belgian) warn('not-insured-no-cpas', aid.cite);
  } else if (indigent === false) {
    amu = { value: 'not-required', reason: AID_REASONS.notIndigent, dependsOn: [], cite: [P.patientNoResources] };
  } else {
    cpasListed = true;
    const cpasCite = cpasCites(aid.cite);
    if (aid.kind === 'amu') {
      payers.push({ id: 'cpas-amu', why: WHY.cpasAmu, actions: [A.cpasNotify, A.cpasMediPrima, A.amuAttestation], cite: cpasAmuCites(aid.cite) });
      amu = { value: 'required', reason: aid.reason, dependsOn: [], cite: aid.cite };
    } else if (aid.kind === 'full') {
      payers.push({ id: 'cpas', why: WHY.cpasFull, actions: [A.cpasNotify, A.cpasMediPrima], cite: cpasCite });
      amu = { value: 'not-required', reason: aid.reason, dependsOn: [], cite: aid.cite };
    } else {
      payers.push({ id: 'cpas', why: WHY.cpasDepends, actions: [A.cpasNotify, A.cpasMediPrima, A.amuAttestation], cite: cpasCite });
      amu = { value: 'depends', reason: aid.reason, dependsOn: aid.dependsOn, cite: aid.cite };
    }
  }

  // 6. The patient, always last.
  payers.push({ id: 'patient', why: WHY.patient, actions: [A.patientBill], cite: [P.patientNoResources] });

  // Warnings that stand in the fiche's CPAS section: only when the CPAS is in the list.
  if (cpasListed) {
    if (aid.limitedInPractice) warn('cpas-limited-in-practice', doc.cpas.cite);
    if (doc.warnings.residenceRightAtRisk) warn('residence-right-at-risk', doc.warnings.residenceRightAtRisk);
    const transfer = doc.warnings.dataTransfer;
    if (transfer && dataTransferApplies(doc, transfer.value, f)) warn('data-transfer-oe', transfer.cite);
    if (aid.sppIs) warn('spp-is-contested', doc.warnings.sppIsNote ?? aid.cite);
    if (aid.swiss) warn('swiss-cpas-limits-unknown', P.swiss);
  }
  if (amu.value !== 'not-required') {
    warn('amu-confidential', [P.confidential]);
    warn('non-nomenclature-not-reimbursed', [P.nonNomenclature]);
  }

  // Document facts beyond the payer order.
  const today = situation.today;
  const validUntil = f.get('documentValidUntil');
  if (validUntil !== undefined && today !== undefined && doc.id !== 'none' && isExpired(validUntil, today)) {
    warn('document-expired', [P.hospitalisedRenewal]);
  }
  if ((doc.id === 'card-f' || doc.id === 'card-f-plus') && (today === undefined || today >= OLD_F_LAYOUT_LAPSE)) {
    warn('f-card-old-layout', doc.whatCite.filter((c) => c.source === 'agii-f-card'));
  }
  if (doc.uncertain) warn('register-uncertain', doc.uncertain.flatMap((u) => u.cite));
  if (doc.id === 'temporary-protection') warn('ukraine-affiliation', [P.ukraine]);

  return { document, decidedAs: doc, payers, aid, amu, warnings, belgian, facts: f };
}

const qualityWhyByKey = memoByKey((key: string) => {
  const q = joinQualities(key.split(',') as BelgianInsurance['qualities']);
  return fillEach(WHY.qualityOpens, (l) => ({ quality: q[l] }));
});
function qualityWhy(b: BelgianInsurance): Text {
  return qualityWhyByKey(b.qualities.join(','));
}
const withInsurability = memoByRef((cite: readonly Citation[]) => [P.checkInsurability, ...cite]);
const cpasCites = memoByRef((cite: readonly Citation[]) => [...cite, P.competentCpas, P.mediPrima]);
const cpasAmuCites = memoByRef((cite: readonly Citation[]) => [...cite, P.competentCpas, P.mediPrima, P.notifyCpas, P.doctorDecides, P.attestationRules]);

/** Card A and the orange card: only students and family reunification; annexes 19, 19ter, cards E, F: always (some hedged). */
function dataTransferApplies(doc: DocumentRule, rule: 'always' | 'hedged' | 'students-and-family', f: Facts): boolean {
  if (rule !== 'students-and-family') return true;
  const family = f.get('familyOf');
  if (family !== undefined && family !== 'none') return true;
  if (doc.id === 'attestation-immatriculation') {
    const reason = f.get('attestationReason');
    return reason === 'student' || reason === 'family-reunification';
  }
  return f.get('higherEducationStudent') === true;
}
