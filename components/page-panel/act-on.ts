/**
 * After a verdict: which fields of the HIS the clerk must act on. The payer always; then what
 * the first payer needs on the admission screen (the insurer, the EHIC, the travel insurance,
 * the CPAS and the commune that makes it competent); the AMU field when an attestation is required.
 */
import type { FieldKind } from '@/components/page/field-kinds';
import type { PayerId } from '@/rules/schema/facts';

const BY_PAYER: Readonly<Record<PayerId, readonly FieldKind[]>> = {
  'immigration-office': [],
  'belgian-insurer': ['insurer'],
  // The CAAMI / HZIV settles foreign insurers' care: it is entered as the insurer.
  s2: ['insurer'],
  ehic: ['ehic', 'insurer'],
  treaty: ['insurer'],
  'travel-insurance': ['travel-insurance'],
  fedasil: [],
  cpas: ['cpas', 'commune'],
  'cpas-amu': ['cpas', 'amu', 'commune'],
  patient: [],
};

export type AmuAttestation = 'required' | 'not-required' | 'depends';

export function kindsToActOn(firstPayer: PayerId | null, amuAttestation?: AmuAttestation | null): FieldKind[] {
  if (!firstPayer) return [];
  const kinds: FieldKind[] = ['payer', ...BY_PAYER[firstPayer]];
  if (amuAttestation === 'required') kinds.push('amu');
  return [...new Set(kinds)];
}
