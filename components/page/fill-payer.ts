/**
 * "Fill payer": on the clerk's click, select the option of a recognised payer select that
 * matches the verdict's payer. Only ever called from that click; never on its own. Dispatches
 * input and change so the HIS's framework sees the choice as if the clerk had made it.
 */
import type { PayerId } from '@/rules/schema/facts';
import { normalizeText } from './normalize-text';
import { PAYER_CATEGORIES, words, type Pattern } from './vocabulary';

const AMU_OPTION = words('amu|dmh|mediprima|aide medicale urgente|dringende medische hulp|dringende medizinische hilfe');
/** The auxiliary fund that settles care under EU regulations and treaties for foreign insurers. */
const CAAMI_OPTION = words('caami|hziv|hkiv|caisse auxiliaire|hulpkas|hilfskasse');
const EHIC_OPTION = words('ceam|ehic|ezvk|ekvk|carte europeenne|europese ziekteverzekeringskaart|europaische krankenversicherungskarte|european health insurance card');
const S2_OPTION = words('s2|e112|formulaire s2|formulier s2|formular s2');
const FOREIGN_OPTION = words('etrangers?|etrangeres?|assurance etrangere|buitenlands?e?|buitenland\\w*|ausland\\w*|auslandische\\w*|foreign|abroad');
const TREATY_OPTION = words('convention|conventions bilaterales|verdrag|bilateraal|abkommen|bilateral|treaty');

/**
 * Per payer of the rules (`PAYER_IDS`), the option patterns in order of preference: the first
 * that matches an option wins. A foreign insurer's payer (EHIC, S2, treaty) is its own option
 * when the HIS has one, else "foreign insurance", else the CAAMI / HZIV that settles it.
 */
export const PAYER_OPTION_PATTERNS: Readonly<Record<PayerId, readonly Pattern[]>> = {
  'immigration-office': [PAYER_CATEGORIES.state!],
  'belgian-insurer': [PAYER_CATEGORIES.insurer!],
  s2: [S2_OPTION, FOREIGN_OPTION, CAAMI_OPTION],
  ehic: [EHIC_OPTION, FOREIGN_OPTION, CAAMI_OPTION],
  treaty: [TREATY_OPTION, FOREIGN_OPTION, CAAMI_OPTION],
  'travel-insurance': [PAYER_CATEGORIES.travel!],
  fedasil: [PAYER_CATEGORIES.fedasil!],
  cpas: [PAYER_CATEGORIES.cpas!],
  'cpas-amu': [AMU_OPTION, PAYER_CATEGORIES.cpas!],
  patient: [PAYER_CATEGORIES.patient!],
};

export type FillResult =
  | { readonly ok: true; readonly option: string; readonly value: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: 'unknown-payer' | 'disabled' | 'no-match' };

export function fillPayerSelect(select: HTMLSelectElement, payerId: string): FillResult {
  const patterns = Object.prototype.hasOwnProperty.call(PAYER_OPTION_PATTERNS, payerId)
    ? PAYER_OPTION_PATTERNS[payerId as PayerId]
    : undefined;
  if (!patterns) return { ok: false, reason: 'unknown-payer' };
  if (select.disabled) return { ok: false, reason: 'disabled' };
  const options = Array.from(select.options).filter((o) => !o.disabled);
  for (const pattern of patterns) {
    const option = options.find((o) => pattern.test(normalizeText(o.text || o.value)));
    if (!option) continue;
    const changed = !option.selected;
    if (changed) {
      select.value = option.value;
      option.selected = true;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return { ok: true, option: option.text.trim(), value: option.value, changed };
  }
  return { ok: false, reason: 'no-match' };
}
