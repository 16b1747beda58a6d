/**
 * Does a Belgian insurer take the bill? When the patient is affiliated, or when the document
 * together with a known quality (holder or dependant) opens the right — each document with its
 * own list of qualities, as its fiche gives them.
 */
import type { Citation } from '../sources/registry';
import type { DependantQuality, DocumentRule, HolderQuality } from '../schema/document-rule';
import { ANNEXE_15_DEPENDANT_REGISTER_CITE, ANNEXE_15_REGISTER_CASES, ANNEXE_15_REGISTER_CITE } from '../documents/annexe-15';
import { RECOGNISED_PROTECTION_CITE } from '../documents/attestation-immatriculation';
import { F, type Facts } from './facts';

export type Quality = HolderQuality | DependantQuality;

export interface BelgianInsurance {
  /** `affiliated`: bill the insurer; `to-affiliate`: the right is open, have the patient affiliated. */
  readonly basis: 'affiliated' | 'to-affiliate';
  readonly qualities: readonly Quality[];
  readonly cite: readonly Citation[];
}

/** Is the holder in the National Register for this document (used where the fiche requires it)? */
function registeredByDocument(doc: DocumentRule, f: Facts): boolean {
  const w = doc.qualityWithDocument;
  if (!w || w.quality !== 'registered-resident') return false;
  switch (w.when.kind) {
    case 'always':
      return true;
    case 'annexe-15-register-cases': {
      const c = f.get(F.annexe15Case);
      return c !== undefined && ANNEXE_15_REGISTER_CASES.has(c);
    }
    case 'recognised-protection':
      return f.get(F.recognisedProtection) === true;
  }
}

const HOLDER_FACT = {
  employed: F.employedInBelgium,
  'higher-education-student': F.higherEducationStudent,
  'unaccompanied-minor': F.unaccompaniedMinorConditions,
} as const;

/** Qualities as bits, so that a combination is a number (the cache key below). */
const DEPENDANT_ORDER = ['spouse', 'ascendant', 'cohabitant', 'child'] as const satisfies readonly DependantQuality[];
const HOLDER_BIT = { employed: 1, 'higher-education-student': 2, 'unaccompanied-minor': 4, 'registered-resident': 8 } as const satisfies Record<HolderQuality, number>;

/** The holder qualities known for this document, as a bit set over HOLDER_ORDER. */
function knownHolderQualities(doc: DocumentRule, f: Facts): number {
  let bits = 0;
  const qualities = doc.holderQualities.value;
  for (let i = 0; i < qualities.length; i++) {
    const q = qualities[i]!;
    if (q === 'registered-resident') {
      if (registeredByDocument(doc, f)) bits |= HOLDER_BIT[q];
    } else if (doc.qualityWithDocument?.quality === q && doc.qualityWithDocument.when.kind === 'always') {
      bits |= HOLDER_BIT[q];
    } else if (f.get(HOLDER_FACT[q]) === true) {
      bits |= HOLDER_BIT[q];
    }
  }
  return bits;
}

function knownDependantQuality(doc: DocumentRule, f: Facts): DependantQuality | undefined {
  if (doc.dependantQualities.value.length === 0) return undefined;
  const d = f.get(F.dependentOf);
  if (d === undefined || !doc.dependantQualities.value.includes(d)) return undefined;
  // Annexe 15: spouse, ascendant and cohabitant only for persons in the National Register.
  if (doc.id === 'annexe-15' && d !== 'child' && !registeredByDocument(doc, f)) return undefined;
  return d;
}

export function belgianInsurance(doc: DocumentRule, f: Facts): BelgianInsurance | undefined {
  const affiliated = f.get(F.belgianInsurance) === 'affiliated';
  const holder = knownHolderQualities(doc, f);
  const dependant = knownDependantQuality(doc, f);
  if (!affiliated && holder === 0 && dependant === undefined) return undefined;
  // Few combinations exist per document: each outcome is built once and shared (it is frozen data).
  const key = (affiliated ? 1 : 0) + 2 * (holder + 16 * (dependant === undefined ? 0 : DEPENDANT_ORDER.indexOf(dependant) + 1));
  let byKey = outcomes.get(doc.id);
  if (byKey === undefined) outcomes.set(doc.id, (byKey = []));
  return (byKey[key] ??= outcome(doc, affiliated, holder, dependant));
}

const outcomes = new Map<DocumentRule['id'], (BelgianInsurance | undefined)[]>();

function outcome(doc: DocumentRule, affiliated: boolean, holderBits: number, dependant: DependantQuality | undefined): BelgianInsurance {
  const holder = doc.holderQualities.value.filter((q) => holderBits & HOLDER_BIT[q]);
  const qualities: Quality[] = dependant ? [...holder, dependant] : holder;
  const cite: Citation[] = [...doc.insuranceAccess.cite];
  if (qualities.length > 0) {
    cite.push(...(holder.length ? doc.holderQualities.cite : doc.dependantQualities.cite));
    if (doc.id === 'annexe-15' && holder.includes('registered-resident')) cite.push(ANNEXE_15_REGISTER_CITE);
    if (doc.id === 'annexe-15' && dependant && dependant !== 'child') cite.push(ANNEXE_15_DEPENDANT_REGISTER_CITE);
    if (doc.id === 'attestation-immatriculation' && holder.includes('registered-resident')) cite.push(RECOGNISED_PROTECTION_CITE);
  }
  return { basis: affiliated ? 'affiliated' : 'to-affiliate', qualities, cite };
}
