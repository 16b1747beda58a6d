/**
 * The kinds of HIS form fields the extension recognises (issue 5, "The observable contract").
 * The kind is written into `data-payer-check-field` on the control.
 */
export const FIELD_KINDS = [
  'nationality',
  'residence-document',
  'document-number',
  'document-expiry',
  'national-number',
  'insurer',
  'ehic',
  'travel-insurance',
  'cpas',
  'amu',
  'payer',
  'arrival-date',
  'commune',
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

export function isFieldKind(value: unknown): value is FieldKind {
  return typeof value === 'string' && (FIELD_KINDS as readonly string[]).includes(value);
}

/** The attribute that carries the recognised kind on a control: the observable contract. */
export const FIELD_ATTRIBUTE = 'data-payer-check-field';

/** Every node the extension itself adds to a page carries this attribute; detection skips them. */
export const OWN_NODE_ATTRIBUTE = 'data-payer-check-ui';
