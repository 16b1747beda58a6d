/**
 * "Fill payer": on the clerk's click, select the option of a recognised payer select that
 * matches the verdict's payer. Only ever called from that click; never on its own. Dispatches
 * input and change so the HIS's framework sees the choice as if the clerk had made it.
 */
import { normalizeText } from './normalize-text';
import { PAYER_CATEGORIES, words } from './vocabulary';

const AMU_OPTION = words('amu|dmh|mediprima|aide medicale urgente|dringende medische hulp|dringende medizinische hilfe');
const CAAMI_OPTION = words('caami|hziv|hkiv|caisse auxiliaire|hulpkas|hilfskasse');

/** Per payer id, option patterns in order of preference (the first that matches an option wins). */
export const PAYER_OPTION_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  'belgian-insurer': [PAYER_CATEGORIES.insurer!],
  caami: [CAAMI_OPTION],
  cpas: [PAYER_CATEGORIES.cpas!],
  'cpas-amu': [AMU_OPTION, PAYER_CATEGORIES.cpas!],
  fedasil: [PAYER_CATEGORIES.fedasil!],
  patient: [PAYER_CATEGORIES.patient!],
  'travel-insurance': [PAYER_CATEGORIES.travel!],
  'foreign-insurer': [PAYER_CATEGORIES.foreign!],
  'immigration-office': [PAYER_CATEGORIES.state!],
  employer: [PAYER_CATEGORIES.employer!],
};

export type FillResult =
  | { readonly ok: true; readonly option: string; readonly value: string }
  | { readonly ok: false; readonly reason: 'unknown-payer' | 'disabled' | 'no-match' };

export function fillPayerSelect(select: HTMLSelectElement, payerId: string): FillResult {
  const patterns = PAYER_OPTION_PATTERNS[payerId];
  if (!patterns) return { ok: false, reason: 'unknown-payer' };
  if (select.disabled) return { ok: false, reason: 'disabled' };
  const options = Array.from(select.options).filter((o) => !o.disabled);
  for (const pattern of patterns) {
    const option = options.find((o) => pattern.test(normalizeText(o.text || o.value)));
    if (!option) continue;
    if (!option.selected) {
      select.value = option.value;
      option.selected = true;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return { ok: true, option: option.text.trim(), value: option.value };
  }
  return { ok: false, reason: 'no-match' };
}
