/**
 * One piece of label text → what it says about the field: a kind, a decided "none" (a known
 * other field such as "Date de naissance"), or a generic part ("Numéro", "Valable jusqu'au")
 * that the page section must complete. Pure and memoised: an HIS repeats the same labels
 * thousands of times (grids), so each distinct text is matched once.
 */
import { FIELD_KINDS, type FieldKind } from './field-kinds';
import { normalizeText } from './normalize-text';
import { BILLING, labelNamesOtherObject, labelNamesOtherOwner, OWNED_KINDS } from './owner-context';
import {
  ABROAD,
  ADDRESS,
  ADDRESS_OF,
  ADDRESS_PART,
  BIS_NUMBER,
  DOCUMENT_ISSUE,
  FRENCH_LAW,
  GENERIC,
  IDENTITY_PAPER_NOUN,
  IRRELEVANT,
  LOCAL_RECEPTION_ACRONYM,
  NOT_A_BIS_NUMBER,
  NOT_A_FIELD_OF_INTEREST,
  CHAT_LABEL,
  LIABILITY_INSURER,
  NUM,
  OTHER_PERSON,
  PAYER_CATEGORIES,
  RESIDENCE_DOCUMENT_NOUN,
  VOCABULARY,
  type GenericRole,
} from './vocabulary';
import { COPAYMENT_DEBTOR, joinDottedAcronyms, NOT_A_BIS_NUMBER_ABBREVIATED, OTHER_VALIDITY, VOCABULARY_EXTRA } from './vocabulary-extra';
import {
  AMOUNT,
  CO_PAYMENT,
  CO_PAYMENT_ALONE,
  CO_PAYMENT_PAYER,
  CONSENT,
  DATED_ACT,
  END_EXTRA,
  FILE_NUMBER,
  NUMBER_EXTRA,
  EXTRA_VOCABULARY,
  INSURABILITY_CHECK,
  NOT_THE_COMMUNE,
  ORDER_TO_LEAVE,
  OTHER_PERSON_SHORT,
  PROOF,
  APPLIES_BOX,
  ATTACHED_BOX,
  PRESENTED_ALONE,
  CARD_BOX,
  DECISION_TO_COVER,
  ISSUED_BY,
  SIGNED_BOX,
  S1_FORM,
  VALIDITY_START,
} from './vocabulary-wordings';

/** A text box takes a number; a choice (select, radio) takes a kind of thing. */
export type ControlRole = 'text' | 'choice';

export interface TextVerdict {
  /** The kind this text names, if any. */
  readonly kind?: FieldKind;
  /** How sure the vocabulary is (1 = unambiguous). */
  readonly weight: number;
  /** The text is settled: a kind, or a known field that is none of ours. */
  readonly decided: boolean;
  /** A generic part ("Numéro", "Valable jusqu'au") whose subject the section gives. */
  readonly generic?: GenericRole;
  /** The kind rests only on "BIS": an address section makes it a house number. */
  readonly bisOnly?: boolean;
}

const NOTHING: TextVerdict = { weight: 0, decided: false };
const NONE: TextVerdict = { weight: 0, decided: true };

/** When two kinds match the same text, the more specific one wins ("N° de carte CEAM" is ehic). */
export const KIND_SPECIFICITY: readonly FieldKind[] = [
  'amu', 'ehic', 'travel-insurance', 'cpas', 'insurer', 'payer', 'national-number', 'arrival-date',
  'nationality', 'document-expiry', 'document-number', 'residence-document', 'commune',
];
const COVER_KINDS = new Set<FieldKind>(['amu', 'ehic', 'travel-insurance', 'cpas', 'insurer', 'national-number']);
const NAMED_COVERS: readonly FieldKind[] = ['amu', 'ehic', 'travel-insurance', 'cpas', 'insurer'];

const CENTRE_OF_A_COMMUNE = /\b(centre|center|centrum|zentrum)\b/;
const NUMBER_WORD = new RegExp(`\\b${NUM}\\b|(nummer|nr)\\b`);
const END_WORDS = /\b(date de fin|einddatum|enddatum|end date|einde|ende|fin)\b/;
const TYPE_WORDS = /\b(type|soort|art|typ|categorie|category|kategorie|nature|sorte)\b/;
const LIST_SEPARATOR = /[/,|+;]|\b(ou|of|oder|or|et|en|und|and)\b/;
const NISS_SHAPE = /\b(\d{2}|[a-zA-Z]{2})[.](\d{2}|[a-zA-Z]{2})[.](\d{2}|[a-zA-Z]{2})[- ](\d{3}|[a-zA-Z]{3})[.](\d{2}|[a-zA-Z]{2})\b/;
const UPPER_BIS = /\bBIS\b/;
/** "Certifying dr.", "Attesting physician", "Behandelnde Ärztin": a label ending on the doctor. */
const DOCTOR = 'dr|docteur|medecin|arts|arzt|arztin|doctor|physician';
const DOCTOR_LAST = new RegExp(`^(?!.*\\b(par|door|by|von|vom|signe|signee|signed|ondertekend|unterschrieben)\\b)(\\S+ ){1,2}(${DOCTOR})$`);
const DOCTOR_ANYWHERE = new RegExp(`\\b(${DOCTOR})\\b`);
const DOCTOR_FIRST = new RegExp(`^(?:(?:le|la|de|der|die|the|nom du|naam van de|name des) )?(?:${DOCTOR})\\b`);

const memo = new Map<string, TextVerdict>();
const MEMO_LIMIT = 20_000;

export function classifyText(raw: string, role: ControlRole = 'text'): TextVerdict {
  const key = role + '\u0000' + raw;
  const known = memo.get(key);
  if (known) return known;
  const verdict = classifyUncached(raw, role);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, verdict);
  return verdict;
}

/** "Land (3)", "Pays (3)": a card's field number after a generic caption. */
const FIELD_NUMBER = /\s*\(\d{1,2}\)\s*$/;

/** "(copie recto/verso au dossier)", "(kopie in dossier)": where a copy is kept says nothing of what the field is. */
const COPY_ASIDE = /\s*\(\s*(?:photo)?(?:copie|kopie|copy|copies)\b[^()]*\)\s*$/i;

/** "Fin (9) jj/mm/aaaa", "Geldig tot (dd-mm-jjjj)": the date's format after the caption. */
const DATE_FORMAT = /\s*\(?\s*\b(jj|dd|tt)\s?[/.-]\s?mm\s?[/.-]\s?(aaaa|yyyy|jjjj|aa|yy|jj)\b\s*\)?\s*$/i;
/** "Tiers payant (O/N)", "EZVK (J/N)", "Self-pay (Y/N)": how to answer, after the caption. */
const YES_NO_ASIDE = /\s*\(\s*(o|j|y|oui|ja|yes)\s*\/\s*(n|non|nee|nein|no)\s*\)\s*$/i;
/** "17. Nummer", "4 . Nat.": a survey's question number before its caption. */
const QUESTION_NUMBER = /^\s*\d{1,3} ?[.)]\s+(?=\S)/;
/** "Nummer Einzeiliger Text.": what Microsoft Forms adds to a question's name for screen readers, its answer's type. */
const ANSWER_TYPE =
  /\s*\b(?:einzeiliger text|mehrzeiliger text|single line text|multiple lines text|long answer text|short answer text|texte sur une ligne|texte sur plusieurs lignes|tekst van (?:één|een) regel|tekst van meerdere regels|einfachauswahl|mehrfachauswahl|single choice|multiple choice|choix unique|choix multiple|enkele keuze|meerkeuze)\.?\s*$/i;

/** "issuingCountry", "fileRef": a label that is an attribute's name (Strapi shows it when no label was set). */
const CAMEL_CASE = /^[a-z]{2,}(?:[A-Z][a-z0-9]+)+$/;

function classifyUncached(text: string, role: ControlRole): TextVerdict {
  const raw = CAMEL_CASE.test(text) ? text.replace(/([a-z0-9])([A-Z])/g, '$1 $2') : text;
  const given = raw.replace(COPY_ASIDE, '').replace(YES_NO_ASIDE, '').replace(DATE_FORMAT, '').replace(ANSWER_TYPE, '').replace(QUESTION_NUMBER, '') || raw;
  if (FIELD_NUMBER.test(given)) {
    const numbered = classifyWhole(given.replace(FIELD_NUMBER, ''), role);
    if (numbered.kind !== undefined || numbered.generic !== undefined) return numbered;
  }
  const verdict = classifyWhole(given, role);
  if (verdict.kind === undefined && verdict.generic === undefined) {
    const translated = sameInEachLanguage(given, role);
    if (translated) return translated;
  }
  if (verdict !== NOTHING) return verdict;
  const bare = withoutAside(given, role);
  // "Dok Gueltig Bis", "Staatsangehoerigkeit": German umlauts written out by an ASCII-only system.
  if (bare === NOTHING && UMLAUT_WRITTEN_OUT.test(given)) return classifyWhole(given.replace(UMLAUTS_WRITTEN_OUT, (m) => m[0]!), role);
  return bare;
}

const UMLAUT_WRITTEN_OUT = /(?<=[bcdfghklmnprstvwz])[aou]e(?=[bcdfghklmnprstvwz])/i;
const UMLAUTS_WRITTEN_OUT = new RegExp(UMLAUT_WRITTEN_OUT.source, 'gi');

const TRAILING_ASIDE = /\s*\([^()]*\)\s*$/;

/** "Card ID (field 8)", "Fin / Einde (9)": a trailing aside may hide a generic label (NOTHING when it does not). */
function withoutAside(text: string, role: ControlRole): TextVerdict {
  const bare = text.replace(TRAILING_ASIDE, '');
  return bare && bare !== text ? classifyWhole(bare, role) : NOTHING;
}

const LANGUAGE_SEPARATOR = /\s+\/\s+/;

/**
 * A bilingual label, "N° / Nr.", "Compagnie / Maatschappij", "Pays / Land" (Brussels, the East
 * Cantons): when every part says the same on its own, the label says it. Parts that disagree
 * ("Ville / District") leave the whole label's verdict, unless each is a generic part of a card's
 * numbered fields ("Staat / Karte (8) / Ablauf (9)").
 */
function sameInEachLanguage(given: string, role: ControlRole): TextVerdict | null {
  if (!given.includes('/')) return null;
  const parts = given.split(LANGUAGE_SEPARATOR);
  if (parts.length < 2 || parts.length > 3) return null;
  let first: TextVerdict | null = null;
  let agree = true;
  let allGeneric = true;
  let numbered = false;
  for (const part of parts) {
    // "Fin / Einde (9)": the card's field number closes the last part.
    let v = classifyWhole(part, role);
    if (v === NOTHING) v = withoutAside(part, role);
    if (v.kind === undefined && v.generic === undefined) return null;
    if (v.kind !== undefined || v.generic === undefined) allGeneric = false;
    if (FIELD_NUMBER.test(part)) numbered = true;
    if (first && (v.kind !== first.kind || v.generic !== first.generic)) agree = false;
    first ??= v;
  }
  // "Staat / Karte (8) / Ablauf (9)" over a card's three boxes: generic parts of one card (its numbered
  // fields), the section names it; the caption stands first for the first box. ("Type / N° / Fin" under a
  // residence title stays unread: which part is which box is not known.)
  return agree || (allGeneric && numbered) ? first : null;
}

function classifyWhole(given: string, role: ControlRole): TextVerdict {
  const raw = joinDottedAcronyms(given);
  const t = normalizeText(raw);
  if (!t) return NOTHING;
  // "Ticket modérateur à charge de", "Remgeld t.l.v.": who bears the co-payment, not its amount.
  // Alone ("Ticket modérateur", "Remgeld"), only a choice names the party; a text box holds the amount.
  if (CO_PAYMENT.test(t) && !AMOUNT.test(t) && (CO_PAYMENT_PAYER.test(t) || (role === 'choice' && CO_PAYMENT_ALONE.test(t)))) {
    return { kind: 'payer', weight: CO_PAYMENT_PAYER.test(t) ? 1 : 0.8, decided: true };
  }
  if (NOT_A_FIELD_OF_INTEREST.test(t) && !COPAYMENT_DEBTOR.test(t)) return NONE;
  if (CHAT_LABEL.test(t) || (LIABILITY_INSURER.test(t) && !listsSeveralPayers(t, raw))) return NONE;
  // "Arts die het attest opstelt", "Médecin AMU", "Dr.": a text box led by a doctor holds the doctor's name or number.
  if (role === 'text' && (DOCTOR_FIRST.test(t) || DOCTOR_LAST.test(t))) return NONE;
  if (INSURABILITY_CHECK.test(t) || CONSENT.test(t) || S1_FORM.test(t) || NOT_THE_COMMUNE.test(t)) return NONE;

  const candidates = matchKinds(t, raw);
  // "Beslissing tot tenlasteneming ontvangen" naming no party: a decision the section (the CPAS's) completes, not a payer.
  if (DECISION_TO_COVER.test(t) && !NAMED_COVERS.some((kind) => candidates.has(kind))) return { weight: 0, decided: false, generic: 'proof' };
  const documentVerdict = documentCombination(t, role, candidates);
  if (documentVerdict) return documentVerdict;

  if (listsSeveralPayers(t, raw)) return { kind: 'payer', weight: 1, decided: true };

  const best = pickBest(candidates);
  if (best) {
    const { kind, weight } = best;
    const bisOnly = kind === 'national-number' && candidates.get(kind)?.bisOnly === true;
    // An expiry or a number that names no document: the section may say it is the EHIC's.
    if (kind === 'document-expiry') return { kind, weight, decided: true, generic: 'expiry' };
    if (kind === 'document-number') return { kind, weight, decided: true, generic: 'number' };
    // "Gemeente van het centrum", "the centre of the municipality where the patient lives": the
    // CPAS's centre (a municipality's), which the section names, not the patient's commune.
    if (kind === 'commune' && CENTRE_OF_A_COMMUNE.test(t)) return { weight: 0, decided: false, generic: 'issuer' };
    return bisOnly ? { kind, weight, decided: true, bisOnly } : { kind, weight, decided: true };
  }

  // (Not "Ausgestellt von (Arzt)": a doctor's name.)
  if (ISSUED_BY.test(t) && !DOCTOR_ANYWHERE.test(t)) return { weight: 0, decided: false, generic: 'issuer' };
  // A whole label that is only "Numéro", "Type", "Pays émetteur": the section says whose.
  for (const role of WHOLE_GENERICS) {
    if (GENERIC[role].some((re) => re.test(t))) return { weight: 0, decided: false, generic: role };
  }
  if (NUMBER_EXTRA.test(t)) return { weight: 0, decided: false, generic: 'number' };
  if (END_EXTRA.test(t)) return { weight: 0, decided: false, generic: 'end' };
  if (FILE_NUMBER.test(t)) return { weight: 0, decided: false, generic: 'file' };
  // "Date de l'attestation", "Certificate date", "Début de validité": a date the section completes.
  if (!IRRELEVANT.test(t) && (DATED_ACT.test(t) || VALIDITY_START.test(t))) return { weight: 0, decided: false, generic: 'date' };
  // "Attestation signée par le médecin", "Bescheinigung liegt vor": the section says which proof.
  if (PRESENTED_ALONE.test(t) || (role === 'choice' && (SIGNED_BOX.test(t) || CARD_BOX.test(t) || ATTACHED_BOX.test(t)))) return { weight: 0, decided: false, generic: 'proof' };
  if (role === 'choice' && APPLIES_BOX.test(t)) return { weight: 0, decided: false, generic: 'applies' };
  if (PROOF.test(t) && !IRRELEVANT.test(t) && !ADDRESS.test(t) && !labelNamesOtherObject(t)) return { weight: 0, decided: false, generic: 'proof' };
  if (ORDER_TO_LEAVE.test(t) || OTHER_PERSON_SHORT.test(t)) return NONE;
  if (IRRELEVANT.test(t) || OTHER_PERSON.test(t) || ADDRESS.test(t) || OTHER_VALIDITY.test(t)) return NONE;
  // "Nationalité du contact", "Überweisung gültig bis": settled, whatever the name or id says.
  if (labelNamesOtherOwner(t) || labelNamesOtherObject(t)) return NONE;
  // "Vervaldag voorschot", "Date de facture": an invoice's date, no generic one, whatever the name says; a
  // list's options may still name the payer.
  if (BILLING.test(t)) return role === 'choice' ? NOTHING : NONE;
  for (const role of PHRASE_GENERICS) {
    if (GENERIC[role].some((re) => re.test(t))) return { weight: 0, decided: false, generic: role };
  }
  return NOTHING;
}

const WHOLE_GENERICS: readonly (keyof typeof GENERIC)[] = ['number', 'end', 'type', 'issuer'];
const PHRASE_GENERICS: readonly (keyof typeof GENERIC)[] = ['expiry', 'date', 'arrival', 'policy'];

interface Candidate {
  weight: number;
  bisOnly?: boolean;
}

function matchKinds(t: string, raw: string): Map<FieldKind, Candidate> {
  const found = new Map<FieldKind, Candidate>();
  for (const kind of FIELD_KINDS) {
    const vocabulary = VOCABULARY[kind];
    const extra = VOCABULARY_EXTRA[kind];
    const more = EXTRA_VOCABULARY[kind];
    if (vocabulary.negative.some((re) => re.test(t)) || extra.negative.some((re) => re.test(t))) continue;
    if (more?.negative.some((re) => re.test(t))) continue;
    if (OWNED_KINDS.has(kind) && OTHER_PERSON_SHORT.test(t)) continue;
    if ((kind === 'document-expiry' || kind === 'document-number') && (ORDER_TO_LEAVE.test(t) || VALIDITY_START.test(t))) continue;
    if (kind !== 'commune' && ADDRESS_OF.test(t)) continue;
    if (OWNED_KINDS.has(kind) && labelNamesOtherOwner(t)) continue;
    if ((kind === 'document-expiry' || kind === 'document-number') && (labelNamesOtherObject(t) || BILLING.test(t))) continue;
    // "Commune du débiteur": a part of the billing party's address is not the payer field.
    if (kind === 'payer' && ADDRESS_PART.test(t)) continue;
    // "Permanent address abroad (city)": not the municipality of residence.
    if (kind === 'commune' && ABROAD.test(t)) continue;
    let weight = 0;
    for (const term of vocabulary.positive) if (term.weight > weight && term.re.test(t)) weight = term.weight;
    for (const term of extra.positive) if (term.weight > weight && term.re.test(t)) weight = term.weight;
    if (more) for (const term of more.positive) if (term.weight > weight && term.re.test(t)) weight = term.weight;
    if (weight > 0) found.set(kind, { weight });
  }
  if (!found.has('national-number')) {
    const bis = bisNumber(t, raw);
    if (bis) found.set('national-number', { weight: bis, bisOnly: true });
    else if (NISS_SHAPE.test(raw)) found.set('national-number', { weight: 0.9 });
  }
  if (!found.has('cpas') && LOCAL_RECEPTION_ACRONYM.test(raw) && !FRENCH_LAW.test(raw)) found.set('cpas', { weight: 0.9 });
  return found;
}

/** "N° BIS", "BIS-nummer", "registre BIS", a lone upper-case "BIS" — but not "gültig bis", "12 bis". */
function bisNumber(t: string, raw: string): number {
  if (NOT_A_BIS_NUMBER.test(t) || NOT_A_BIS_NUMBER_ABBREVIATED.test(t) || OTHER_PERSON.test(t)) return 0;
  if (BIS_NUMBER.test(t)) return 1;
  // A lone "BIS" in an otherwise lower-case label; in an all-caps label it may be German "bis".
  if (UPPER_BIS.test(raw) && raw !== raw.toUpperCase()) return 0.9;
  if (t === 'bis' && raw.trim().toUpperCase() === raw.trim()) return 0.8;
  return 0;
}

/**
 * A label that names a residence or identity document and says what about it:
 * "Date d'expiration du titre de séjour" → document-expiry, "N° de passeport" → document-number,
 * "Type de pièce d'identité" → residence-document, "Date de délivrance" → none.
 */
function documentCombination(t: string, role: ControlRole, candidates: Map<FieldKind, Candidate>): TextVerdict | null {
  const residenceNoun = RESIDENCE_DOCUMENT_NOUN.test(t) || candidates.has('residence-document');
  const paperNoun = IDENTITY_PAPER_NOUN.test(t);
  if (!residenceNoun && !paperNoun) return null;
  for (const kind of candidates.keys()) if (COVER_KINDS.has(kind)) return null;
  // "N° de passeport du contact", "Carte d'identité de la personne de confiance".
  if (labelNamesOtherOwner(t)) return NONE;
  if (DOCUMENT_ISSUE.test(t) || VALIDITY_START.test(t) || ORDER_TO_LEAVE.test(t)) return NONE;
  if (candidates.has('document-expiry') || END_WORDS.test(t)) return { kind: 'document-expiry', weight: 1, decided: true };
  if (candidates.has('document-number') || NUMBER_WORD.test(t)) return { kind: 'document-number', weight: 1, decided: true };
  if (candidates.has('nationality') || candidates.has('arrival-date')) return null;
  if (residenceNoun || TYPE_WORDS.test(t)) {
    const weight = candidates.get('residence-document')?.weight ?? 0.9;
    return { kind: 'residence-document', weight, decided: true };
  }
  // "Passeport", "Carte d'identité" alone: a text box holds its number, a choice its kind.
  if (OTHER_PERSON.test(t)) return NONE;
  return role === 'text'
    ? { kind: 'document-number', weight: 0.8, decided: true }
    : { kind: 'residence-document', weight: 0.8, decided: true };
}

/** "Mutuelle / CPAS / Patient", "Débiteur (mutualité, CPAS, Fedasil…)": the billing party. */
export function listsSeveralPayers(t: string, raw: string): boolean {
  let count = 0;
  let choice = false;
  // "Der Patient hat eine Reise- oder Auslandskrankenversicherung": the patient the sentence is about is
  // no party offered, nor is "private" the adjective of an insurance.
  const u = t.replace(PATIENT_SUBJECT, ' ').replace(PRIVATE_INSURANCE, ' ');
  for (const [category, re] of Object.entries(PAYER_CATEGORIES)) {
    if (!re.test(u)) continue;
    count++;
    if (category === 'patient' || category === 'fedasil' || category === 'cpas') choice = true;
  }
  return count >= 3 || (count >= 2 && choice && LIST_SEPARATOR.test(raw.toLowerCase()));
}

// ("patient e" is "patient(e)" once normalised.)
const PATIENT_SUBJECT = /^(der|die|de|le|la|the) (patient|patientin|patiente|patient e)( (hat|heeft|a|has|is|est|ist|besitzt|dispose))\b/;
const PRIVATE_INSURANCE = /\b(privat|private|prive|privee|particuliere?)(?= (\w+ )?(insurance|versicherung|verzekering|assurance|cover))/;

function pickBest(candidates: Map<FieldKind, Candidate>): { kind: FieldKind; weight: number } | null {
  let best: { kind: FieldKind; weight: number; rank: number } | null = null;
  for (const [kind, { weight }] of candidates) {
    const rank = weight + (KIND_SPECIFICITY.length - KIND_SPECIFICITY.indexOf(kind)) * 0.01;
    if (!best || rank > best.rank) best = { kind, weight, rank };
  }
  return best && { kind: best.kind, weight: Math.min(1, best.weight) };
}
