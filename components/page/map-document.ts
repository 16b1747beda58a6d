/**
 * Free text or a select option naming a residence document → the document id the rules use.
 * "Carte F+" → card-f-plus, "Bijlage 26" → annexe-26, "oranje kaart" → attestation-immatriculation,
 * "Anlage 19ter" → annexe-19ter. Titles of the 2021 cards (DOMAIN.md, "Residence cards since
 * 2021") are recognised too. Returns null rather than guess.
 */
import type { DocumentId } from '@/rules/schema/facts';
import { normalizeText } from './normalize-text';

export type { DocumentId };

export interface DocumentOptions {
  /** The field is known to be a residence document: a bare "F+", "A" or eID type code counts. */
  readonly bare?: boolean;
}

/** Annexes of the Royal Decree of 8 October 1981, by number and suffix. */
const ANNEXES: Record<string, DocumentId> = {
  '3': 'annexe-3', '3ter': 'annexe-3ter', '4': 'attestation-immatriculation', '8ter': 'annexe-8ter',
  '8quater': 'annexe-8quater', '12': 'annexe-13', '13': 'annexe-13', '13bis': 'annexe-13', '13quinquies': 'annexe-13',
  '13sexies': 'annexe-13', '13septies': 'annexe-13', '15': 'annexe-15', '19': 'annexe-19', '19ter': 'annexe-19ter',
  '25': 'annexe-26', '25quater': 'annexe-26', '26': 'annexe-26', '26bis': 'annexe-26', '26quater': 'annexe-26',
  '26quinquies': 'annexe-26', '35': 'annexe-35',
};

/** Card letters; a "+" exists only for E, F and EU. */
const CARDS: Record<string, DocumentId> = {
  a: 'card-a', b: 'card-b', c: 'card-c', d: 'card-d', e: 'card-e', 'e+': 'card-e-plus', f: 'card-f', 'f+': 'card-f-plus',
  h: 'card-h', i: 'card-i', j: 'card-j', k: 'card-k', l: 'card-l', m: 'card-m', n: 'card-n', eu: 'card-eu', 'eu+': 'card-eu-plus',
};

/** The document type codes of the Belgian eID chip (DOMAIN.md): 11–19 = A…H, 20 I, 21 J… */
const EID_TYPE_CODES: Record<string, DocumentId> = {
  '1': 'belgian-eid', '6': 'belgian-eid', '11': 'card-a', '12': 'card-b', '13': 'card-c', '14': 'card-d', '15': 'card-e',
  '16': 'card-e-plus', '17': 'card-f', '18': 'card-f-plus', '19': 'card-h', '20': 'card-i', '21': 'card-j', '22': 'card-m',
  '23': 'card-n', '27': 'card-k', '28': 'card-l', '31': 'card-eu', '32': 'card-eu-plus', '33': 'card-a', '34': 'card-b',
  '35': 'card-f', '36': 'card-f-plus',
};

const ANNEX = /\b(?:annexe?|bijlage|bijl|anlage|anl|ann)\s*(?:n\s*|nr\s*|no\s*)?(\d{1,2})\s*(bis|ter|quater|quinquies|sexies|septies)?\b/;
const CARD_BEFORE = /\b(?:carte|kaart|karte|card|titre|type)\s*(?:electronique\s*|elektronische\s*)?(eu|[a-n])\b(?:\s*(\+|plus\b))?/;
const CARD_AFTER = /(?:^|\s)(eu|[a-n])\b(?:\s*(\+|plus\b))?\s*(?:kaart|karte|card)\b/;
const BARE_CARD = /^(eu|[a-n])(?:\s*(\+|plus))?$/;

const PHRASES: ReadonlyArray<readonly [RegExp, DocumentId]> = [
  [/\b(attestation d immatriculation|attest van immatriculatie|eintragungsbescheinigung|certificate of registration|(carte|attestation) orange|oranje (kaart|attest)|orange(farbene)? karte|orange card|immatriculation)\b/, 'attestation-immatriculation'],
  [/\b(protection temporaire|tijdelijke bescherming|vorubergehende\w* schutz\w*|temporary protection)\b/, 'temporary-protection'],
  [/\b(carte d identite d etrangers?|identiteitskaart (voor|van) vreemdelingen?|personalausweis fur auslander|foreigner s identity card)\b/, 'card-c'],
  [/\b(eid|e id|carte d identite( electronique)?( belge)?|(belgische )?identiteitskaart|(belgischer )?personalausweis|kids ?id|belgian (e)?id( card)?|identity card)\b/, 'belgian-eid'],
  [/\b(article|artikel|art)\s*50\b.*\b(frontalier|grensarbeider|grenzganger|frontier)\b|\b(frontalier|grensarbeider|grenzganger|frontier)\b.*\b(article|artikel|art)\s*50\b/, 'card-n'],
  [/\b(article|artikel|art)\s*50\s*(tue|veu|euv|teu)\b/, 'card-m'],
  [/\b(membre (de )?(la )?famille|familielid|familienangehorige\w*|family member)\b.*\b(art(icle|ikel)?\s*20|sejour permanent|duurzaam verblijf|dauerhaft\w*|permanent\w*)\b/, 'card-f-plus'],
  [/\b(membre (de )?(la )?famille|familielid|familienangehorige\w*|family member)\b/, 'card-f'],
  [/\b(sejour limite|beperkt verblijf|befristete\w* aufenthalt|limited (stay|residence))\b/, 'card-a'],
  [/\b(sejour illimite|onbeperkt verblijf|unbefristete\w* aufenthalt|unlimited (stay|residence))\b/, 'card-b'],
  [/\b(resident de longue duree|langdurig ingezetene|daueraufenthalt\w*|langfristig aufenthaltsberechtigt\w*|long term resident)\b/, 'card-l'],
  [/\b(carte bleue europeenne|europese blauwe kaart|blaue karte( eu)?|(eu )?blue card)\b/, 'card-h'],
  [/\b(sejour permanent|duurzaam verblijf|dauerhafte\w* aufenthalt|permanent residence)\b/, 'card-eu-plus'],
  [/\b(enregistrement|inschrijving|anmeldung|registration)\b.*\b(2004 38|art(icle|ikel)?\s*8)\b/, 'card-eu'],
  [/\b(etablissement|vestiging|niederlassung|settlement|establishment)\b/, 'card-k'],
  [/^(aucun|aucune|geen|kein|keine|keiner|none|sans papiers|sans (document|titre)( de sejour)?|zonder (papieren|document|verblijfsdocument)|ohne (papiere|dokument\w*|aufenthaltstitel)|pas de (document|titre)( de sejour)?|undocumented|no (document|papers))$/, 'none'],
];

export function documentFromText(text: string, options: DocumentOptions = {}): DocumentId | null {
  const t = normalizeText(text);
  if (!t) return null;
  const annex = ANNEX.exec(t);
  if (annex) return ANNEXES[annex[1]! + (annex[2] ?? '')] ?? null;
  for (const [re, id] of PHRASES) if (re.test(t)) return id;
  const card = cardLetter(t, options.bare === true);
  if (card) return card;
  if (options.bare && /^\d{1,2}$/.test(t)) return EID_TYPE_CODES[String(Number(t))] ?? null;
  return null;
}

function cardLetter(t: string, bare: boolean): DocumentId | null {
  for (const re of bare ? [CARD_BEFORE, CARD_AFTER, BARE_CARD] : [CARD_BEFORE, CARD_AFTER]) {
    const m = re.exec(t);
    if (!m) continue;
    const letter = m[1]!;
    const after = t.slice(m.index + m[0].length);
    // French elision and "carte à puce": "carte d'identité", "carte d'assurance", "carte a puce".
    if ((letter === 'd' || letter === 'l') && !m[2] && /^\s[aeiouyh]/.test(after)) continue;
    if (letter === 'a' && /^\s(puce|chip)\b/.test(after)) continue;
    const plus = m[2] ? '+' : '';
    const id = CARDS[letter + plus];
    if (id) return id;
  }
  return null;
}
