/**
 * What a recognised field holds now, as the clerk sees it: the selected option's text (and its
 * value when it differs), the typed text, a checked box's value. Reads only. The content script
 * sends these on the clerk's "Read from page"; the side panel maps them (./read-values.ts).
 */
import type { FieldKind } from './field-kinds';
import type { FormControl } from './label-of';

/** The kinds whose values become proposals. */
export const READABLE_KINDS = ['nationality', 'residence-document', 'document-expiry', 'national-number', 'arrival-date'] as const;
export type ReadableKind = (typeof READABLE_KINDS)[number];

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

