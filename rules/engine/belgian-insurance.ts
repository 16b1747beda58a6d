/**
 * Does a Belgian insurer take the bill? When the patient is affiliated, or when the document
 * together with a known quality (holder or dependant) opens the right — each document with its
 * own list of qualities, as its fiche gives them.
 */
import type { Citation } from '../sources/registry';
import type { DependantQuality, DocumentRule, HolderQuality } from '../schema/document-rule';
import { ANNEXE_15_DEPENDANT_REGISTER_CITE, ANNEXE_15_REGISTER_CASES, ANNEXE_15_REGISTER_CITE } from '../documents/annexe-15';
import { RECOGNISED_PROTECTION_CITE } from '../documents/attestation-immatriculation';
import type { Facts } from './facts';
import { memoByKey } from '../shared/memo';
import { DOCUMENTS } from '../documents/index';

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
      const c = f.get('annexe15Case');
      return c !== undefined && ANNEXE_15_REGISTER_CASES.has(c);
    }
    case 'recognised-protection':
      return f.get('recognisedProtection') === true;
  }
}

const HOLDER_FACT = {
  employed: 'employedInBelgium',
  'higher-education-student': 'higherEducationStudent',
  'unaccompanied-minor': 'unaccompaniedMinorConditions',
} as const;

function knownHolderQualities(doc: DocumentRule, f: Facts): Quality[] {
  const out: Quality[] = [];
  for (const q of doc.holderQualities.value) {
    if (q === 'registered-resident') {
      if (registeredByDocument(doc, f)) out.push(q);
    } else if (doc.qualityWithDocument?.quality === q && doc.qualityWithDocument.when.kind === 'always') {
      out.push(q);
    } else if (f.get(HOLDER_FACT[q]) === true) {
      out.push(q);
    }
  }
  return out;
}

function knownDependantQuality(doc: DocumentRule, f: Facts): DependantQuality | undefined {
  if (doc.dependantQualities.value.length === 0) return undefined;
  const d = f.get('dependentOf');
  if (d === undefined || !doc.dependantQualities.value.includes(d)) return undefined;
  // Annexe 15: spouse, ascendant and cohabitant only for persons in the National Register.
  if (doc.id === 'annexe-15' && d !== 'child' && !registeredByDocument(doc, f)) return undefined;
  return d;
}

export function belgianInsurance(doc: DocumentRule, f: Facts): BelgianInsurance | undefined {
  const affiliated = f.get('belgianInsurance') === 'affiliated';
  const holder = knownHolderQualities(doc, f);
  const dependant = knownDependantQuality(doc, f);
  const qualities: Quality[] = dependant ? [...holder, dependant] : holder;
  if (!affiliated && qualities.length === 0) return undefined;
  return { basis: affiliated ? 'affiliated' : 'to-affiliate', qualities, cite: citesFor(`${doc.id}|${holder.join(',')}|${dependant ?? ''}`) };
}

const citesFor = memoByKey((key: string): readonly Citation[] => {
  const [id, holderKey, dependantKey] = key.split('|') as [DocumentRule['id'], string, string];
  const doc = DOCUMENTS[id];
  const holder = holderKey ? (holderKey.split(',') as HolderQuality[]) : [];
  const dependant = (dependantKey || undefined) as DependantQuality | undefined;
  const qualities = dependant ? [...holder, dependant] : holder;
  const cite: Citation[] = [...doc.insuranceAccess.cite];
  if (qualities.length > 0) {
    cite.push(...(holder.length ? doc.holderQualities.cite : doc.dependantQualities.cite));
    if (doc.id === 'annexe-15' && holder.includes('registered-resident')) cite.push(ANNEXE_15_REGISTER_CITE);
    if (doc.id === 'annexe-15' && dependant && dependant !== 'child') cite.push(ANNEXE_15_DEPENDANT_REGISTER_CITE);
    if (doc.id === 'attestation-immatriculation' && holder.includes('registered-resident')) cite.push(RECOGNISED_PROTECTION_CITE);
  }
  return cite;
});
