/**
 * A select's options as evidence: "Mutuelle / CPAS / Fedasil / Patient" is a payer field
 * whatever its label says; "Carte A / Carte F+ / Annexe 26" a residence document; a list of
 * Belgian mutualities an insurer; a list of demonyms a nationality. Memoised by option list.
 */
import type { FieldKind } from './field-kinds';
import { normalizeText, PROMPT_VERB } from './normalize-text';
import { BELGIAN_INSURER_OPTION, DOCUMENT_OPTION, PAYER_CATEGORIES, words } from './vocabulary';

export interface OptionsVerdict {
  readonly kind: FieldKind;
  readonly weight: number;
}

const CPAS_OPTION = words('cpas', 'ocmw', 'oshz', 'pcsw');
const MEDIPRIMA = /\bmediprima\b/;
/** Nationality adjectives end like this in FR/NL/DE/EN; country names rarely do. */
const DEMONYM_ENDING = /(?:aise|ais|aine|ain|ienne|ien|oise|ois|aans|aanse|ees|eese|isch|ische|ian|ean|ish|ese|ite|ote|iens|aanse)$/;
const COUNTRY_ENDING = /(?:ie|ia|land|lande|stan|burg|bourg|je|ye|ukraine|oekraine)$/;

const memo = new Map<string, OptionsVerdict | null>();

export function classifyOptions(options: readonly string[]): OptionsVerdict | null {
  const texts = options.map(normalizeText).filter((t) => t && !PLACEHOLDER_OPTION.test(t));
  if (texts.length < 2) return null;
  const key = texts.join('\u0001');
  if (memo.has(key)) return memo.get(key)!;
  const verdict = classifyUncached(texts);
  if (memo.size > 2_000) memo.clear();
  memo.set(key, verdict);
  return verdict;
}

const PLACEHOLDER_OPTION = new RegExp(
  `^(${PROMPT_VERB}|autre|andere|other|sonstige|inconnu|onbekend|unbekannt|unknown|n a|aucun|geen|keine|none|oui|non|ja|nee|nein|yes|no)\\b.*$`,
);

/** A decision's states: "In behandeling / Akkoord – MediPrima / Geweigerd", "Accordé / Refusé / En cours". */
const DECISION_STATE = /^(akkoord|goedgekeurd|geweigerd|afgewezen|in behandeling|lopend|accord(e|ee)?|refus(e|ee)?|en cours|en attente|genehmigt|bewilligt|abgelehnt|in bearbeitung|offen|approved|granted|refused|denied|rejected|pending|in progress)\b/;

function classifyUncached(texts: readonly string[]): OptionsVerdict | null {
  // The states of a decision are no choice of payer, whoever they name ("Akkoord – eigen middelen OCMW"):
  // the CPAS's decision when they name it.
  // (Only when two states or more name the CPAS and none another party: "Accord mutuelle / Accord CPAS /
  // Accord Fedasil" is a choice between parties; "Denied – refer to CPAS" under "EHIC" is the card's.)
  let states = 0;
  let cpasStates = 0;
  let otherParty = false;
  for (const t of texts) {
    if (!DECISION_STATE.test(t)) continue;
    states++;
    if (CPAS_OPTION.test(t) || MEDIPRIMA.test(t)) cpasStates++;
    for (const [category, re] of Object.entries(PAYER_CATEGORIES)) if (category !== 'cpas' && category !== 'patient' && re.test(t)) otherParty = true;
  }
  if (states >= 2 && states >= texts.length / 2 && cpasStates >= 2 && !otherParty) return { kind: 'cpas', weight: 0.8 };
  const categories = new Set<string>();
  for (const t of texts) {
    for (const [category, re] of Object.entries(PAYER_CATEGORIES)) if (re.test(t)) categories.add(category);
  }
  const choosesParty = categories.has('patient') || categories.has('fedasil');
  if (categories.size >= 3 || (categories.size >= 2 && choosesParty)) return { kind: 'payer', weight: 1 };

  let documents = 0;
  let cpas = 0;
  let insurers = 0;
  let demonyms = 0;
  for (const t of texts) {
    if (DOCUMENT_OPTION.test(t)) documents++;
    if (CPAS_OPTION.test(t)) cpas++;
    if (BELGIAN_INSURER_OPTION.test(t) && !/^\d+$/.test(t)) insurers++;
    if (DEMONYM_ENDING.test(t) && !COUNTRY_ENDING.test(t) && !/\d/.test(t)) demonyms++;
  }
  if (documents >= 2) return { kind: 'residence-document', weight: 1 };
  if (cpas >= 2 && cpas >= texts.length / 2) return { kind: 'cpas', weight: 0.9 };
  if (insurers >= 2 && insurers >= texts.length / 2) return { kind: 'insurer', weight: 0.9 };
  if (texts.length >= 4 && demonyms >= texts.length * 0.6) return { kind: 'nationality', weight: 0.8 };
  return null;
}

/** Most options name Belgian insurers ("Self-pay / Partenamut / Solidaris / CM / HZIV"): an insurer list. */
export function mostlyInsurers(options: readonly string[]): boolean {
  const texts = options.map(normalizeText).filter((t) => t && !PLACEHOLDER_OPTION.test(t));
  let insurers = 0;
  for (const t of texts) if (BELGIAN_INSURER_OPTION.test(t) && !/^\d+$/.test(t)) insurers++;
  return insurers >= 3 && insurers >= texts.length / 2;
}
