/**
 * "Read from page": the values of recognised fields → proposed answers for the clerk to
 * confirm. Reads only (never changes a value); maps free text and select values to what the
 * rules use: country codes, document ids, ISO dates, a checked national number. Each proposal
 * keeps the raw text so the side panel can show what was read.
 */
import type { DetectedField } from './detect-fields';
import { countryFromText } from './map-country';
import { documentFromText, type DocumentId } from './map-document';
import { parseNationalNumber, type NationalNumberResult } from '@/rules/shared/national-number';
import { parseDateToIso } from './parse-date';
import { isReadableKind, readRawValue, type RawValue, type ReadableKind } from './read-raw';

export { READABLE_KINDS, isReadableKind, readRawValue, type RawValue, type ReadableKind } from './read-raw';

export type ValueProposal =
  | { readonly kind: 'nationality'; readonly raw: string; readonly value: string }
  | { readonly kind: 'residence-document'; readonly raw: string; readonly value: DocumentId }
  | { readonly kind: 'document-expiry' | 'arrival-date'; readonly raw: string; readonly value: string }
  | { readonly kind: 'national-number'; readonly raw: string; readonly value: string; readonly details: ValidNationalNumber };

/** A national number that passed the rules' check (digits, month, day, check digits). */
export type ValidNationalNumber = Extract<NationalNumberResult, { ok: true }>;

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
