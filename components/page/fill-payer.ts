/**
 * "Fill payer": on the clerk's click, select the option of a recognised payer select that
 * matches the verdict's payer. Only ever called from that click; never on its own. Dispatches
 * input and change so the HIS's framework sees the choice as if the clerk had made it.
 */
import { normalizeText } from './normalize-text';
import { words } from './vocabulary';

/** Per payer id, option patterns in order of preference (the first that matches an option wins). */
export const PAYER_OPTION_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  'belgian-insurer': [
    words('mutualites?', 'mutuelles?', 'mutualiteit', 'ziekenfonds(en)?', 'krankenkassen?', 'organismes? assureurs?',
      'verzekeringsinstelling', 'sickness fund', 'health insur\\w*', 'insurer', 'oa', 'vi', 'mut', 'zkf'),
  ],
  caami: [words('caami', 'hziv', 'hkiv', 'caisse auxiliaire', 'hulpkas', 'hilfskasse')],
  cpas: [words('cpas', 'ocmw', 'oshz', 'pcsw')],
  'cpas-amu': [words('amu', 'dmh', 'mediprima', 'aide medicale urgente', 'dringende medische hulp'), words('cpas', 'ocmw', 'oshz', 'pcsw')],
  fedasil: [words('fedasil')],
  patient: [words('patient', 'patiente', 'patient e', 'zelfbetaler', 'selbstzahler', 'self ?pay', 'prive', 'privat', 'private', 'particulier', 'payant')],
  'travel-insurance': [words('assurance voyage', 'reisverzekering', 'reiseversicherung', 'travel insurance', 'assistance', 'bijstand')],
  'foreign-insurer': [words('ceam', 'ehic', 'ezvk', 'ekvk', 'etranger', 'buitenland\\w*', 'ausland\\w*', 'foreign', 'convention', 'verdrag')],
  'immigration-office': [words('office des etrangers', 'dienst vreemdelingenzaken', 'dvz', 'immigration office', 'auslanderamt')],
  employer: [words('employeur', 'werkgever', 'arbeitgeber', 'employer', 'accident du travail', 'arbeidsongeval')],
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
