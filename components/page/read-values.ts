/**
 * "Read from page": the values of recognised fields → proposed answers for the clerk to
 * confirm. Reads only (never changes a value); maps free text and select values to what the
 * rules use: country codes, document ids, ISO dates, a checked national number. Each proposal
 * keeps the raw text so the side panel can show what was read.
 */
import type { DetectedField, FormControl } from './detect-fields';
import type { FieldKind } from './field-kinds';
import { countryFromText } from './map-country';
import { documentFromText, type DocumentId } from './map-document';
import { parseNationalNumber, type NationalNumberResult } from '@/rules/shared/national-number';
import { parseDateToIso } from './parse-date';

/** The kinds whose values become proposals. */
export const READABLE_KINDS = ['nationality', 'residence-document', 'document-expiry', 'national-number', 'arrival-date'] as const;
export type ReadableKind = (typeof READABLE_KINDS)[number];

export type ValueProposal =
  | { readonly kind: 'nationality'; readonly raw: string; readonly value: string }
  | { readonly kind: 'residence-document'; readonly raw: string; readonly value: DocumentId }
  | { readonly kind: 'document-expiry' | 'arrival-date'; readonly raw: string; readonly value: string }
  | { readonly kind: 'national-number'; readonly raw: string; readonly value: string; readonly details: ValidNationalNumber };

/** A national number that passed the rules' check (digits, month, day, check digits). */
export type ValidNationalNumber = Extract<NationalNumberResult, { ok: true }>;

export interface RawValue {
  /** What the clerk sees: the selected option's text, the typed text. */
  readonly text: string;
  /** The select's option value, when it differs from the text (often a code). */
  readonly value?: string;
}

export function isReadableKind(kind: FieldKind): kind is ReadableKind {
  return (READABLE_KINDS as readonly string[]).includes(kind);
}

/** What the control holds now; empty for an unselected placeholder option or unchecked box. */
export function readRawValue(control: FormControl): RawValue {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const options = Array.from(select.options);
    const option = options.find((o) => o.selected) ?? options.find((o) => o.value !== '' && o.value === select.value);
    if (!option || (!option.value && option === options[0])) return { text: '' };
    const text = option.text.trim();
    return option.value && option.value !== text ? { text, value: option.value } : { text };
  }
  const type = control.getAttribute('type')?.toLowerCase();
  if (type === 'checkbox' || type === 'radio') {
    const input = control as HTMLInputElement;
    return input.checked ? { text: input.value } : { text: '' };
  }
  return { text: control.value.trim() };
}

/** A proposal from one raw value, or null when it does not map to anything. */
export function proposeValue(kind: ReadableKind, raw: string): ValueProposal | null {
  const text = raw.trim();
  if (!text) return null;
  switch (kind) {
    case 'nationality': {
      const match = countryFromText(text);
      return match ? { kind, raw: text, value: match.code } : null;
    }
    case 'residence-document': {
      const id = documentFromText(text, { bare: true });
      return id ? { kind, raw: text, value: id } : null;
    }
    case 'document-expiry':
    case 'arrival-date': {
      const date = parseDateToIso(text);
      return date ? { kind, raw: text, value: date } : null;
    }
    case 'national-number': {
      // Only a number whose check digits hold: a typing error is shown as read, not proposed.
      const details = parseNationalNumber(text);
      return details.ok ? { kind, raw: text, value: details.digits, details } : null;
    }
  }
}

export interface ReadResult {
  readonly field: DetectedField;
  readonly raw: RawValue;
  readonly proposal: ValueProposal | null;
}

/** Proposals for the readable fields that hold a value (select text first, then its value). */
export function readProposals(fields: readonly DetectedField[]): ReadResult[] {
  const out: ReadResult[] = [];
  for (const field of fields) {
    if (!isReadableKind(field.kind)) continue;
    const raw = readRawValue(field.element);
    if (!raw.text && !raw.value) continue;
    const proposal = proposeValue(field.kind, raw.text) ?? (raw.value ? proposeValue(field.kind, raw.value) : null);
    out.push({ field, raw, proposal });
  }
  return out;
}
