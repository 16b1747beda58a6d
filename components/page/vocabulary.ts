/**
 * Our own multilingual vocabulary (FR / NL / DE / EN) for HIS field labels, written against
 * `normalizeText` output: lower case, no accents, punctuation as single spaces
 * ("N° de la Mutualité" → "n de la mutualite"). Compounds are matched whole
 * ("rijksregisternummer"), so Dutch and German need no splitting.
 *
 * Each kind has positive terms (with a weight: 1 = unambiguous, less = needs support) and
 * negative patterns that cancel the kind for the same text (the traps). Terms are data; the
 * decisions live in `classify-text.ts`.
 */
import type { FieldKind } from './field-kinds';
import { VOCABULARY_GATES } from './vocabulary-gates.generated';
import { hasPhrase, isPhrase, plainWords, wordLookup, type WordLookup } from './word-lookup';

/** What the vocabulary's patterns are used for: does this (normalised) text match? */
export interface Pattern {
  test(text: string): boolean;
}

/**
 * A regular expression built on first use. A content script runs in every frame of a HIS page,
 * and most frames (menus, banners, empty frames) never classify a label: building the
 * vocabulary's large expressions up front cost each of them milliseconds.
 *
 * An alternation of words (`words`, `whole`) is mostly plain words: those are looked up by word
 * in plain texts (word-lookup.ts), and only the other alternatives are compiled; a text that is
 * not plain gets the whole expression, so the answer is always the expression's.
 */
class LazyPattern implements Pattern {
  private compiled: RegExp | undefined;
  /** The pieces one of which a matching text must contain (null: none known), read on first use. */
  private gate: readonly string[] | null | undefined;
  private lookup: WordLookup | undefined;
  /** The alternatives that are not plain words, as an expression (null: there are none). */
  private rest: RegExp | null | undefined;
  constructor(
    private readonly pattern: string,
    /** For `words` and `whole`: the alternation's body and how it is anchored. */
    private readonly alternation?: { readonly body: string; readonly whole: boolean },
  ) {
    PATTERN_SOURCES.push(pattern);
  }
  test(text: string): boolean {
    // Most texts hold none of an expression's words: they are turned away without running it, and
    // an expression no text on the page gets past is never compiled (compiling them all cost a
    // HIS page ~20-30 ms). The gates are written ahead: vocabulary-gates.generated.ts.
    let gate = this.gate;
    if (gate === undefined) gate = this.gate = VOCABULARY_GATES[gateKey(this.pattern)]?.split('|') ?? null;
    if (gate !== null && !gate.some((piece) => text.includes(piece))) return false;
    const alternation = this.alternation;
    const plain = alternation && plainWords(text);
    if (!alternation || !plain) return (this.compiled ??= new RegExp(this.pattern)).test(text);
    const lookup = (this.lookup ??= wordLookup(alternation.body));
    if (alternation.whole ? isPhrase(lookup, plain) : hasPhrase(lookup, plain)) return true;
    if (this.rest === undefined) {
      this.rest = lookup.rest === '' ? null : new RegExp(alternation.whole ? `^(?:${lookup.rest})$` : `\\b(?:${lookup.rest})\\b`);
    }
    return this.rest !== null && this.rest.test(text);
  }
}

/** Every source a vocabulary expression was built from, in order (for tests/tools/write-vocabulary-gates.ts). */
export const PATTERN_SOURCES: string[] = [];

/**
 * A short name for an expression's source, by which vocabulary-gates.generated.ts files its gate: its
 * length and two slices (the gate writer checks that no two sources share one).
 */
export function gateKey(source: string): string {
  return `${source.length}:${source.slice(5, 15)}${source.slice(-13, -3)}`;
}

export interface Term {
  readonly re: Pattern;
  readonly weight: number;
}

export interface KindVocabulary {
  readonly positive: readonly Term[];
  readonly negative: readonly Pattern[];
}

/** Whole-word alternation over normalised text. */
export function words(...alternatives: string[]): Pattern {
  const body = alternatives.join('|');
  return new LazyPattern(`\\b(?:${body})\\b`, { body, whole: false });
}

/** The whole text is exactly one of these (labels such as "Assurance", "Document"). */
export function whole(...alternatives: string[]): Pattern {
  const body = alternatives.join('|');
  return new LazyPattern(`^(?:${body})$`, { body, whole: true });
}

const term = (weight: number, re: Pattern): Term => ({ re, weight });

/** "numéro", "n°", "nr.", "Nummer", "number", "#". */
/** French "pays" (country), not English "who pays (the bill)". */
const PAYS = '(?<!who )pays(?! (the|for|your)\\b)';

export const NUM = '(?:n|no|nr|nro|num|numero|nummer|number|nb|nbr)';

/** Someone other than the patient: their nationality, number or commune is not the patient's. */
export const OTHER_PERSON = words(
  'mere|pere|moeder|vader|mutter|vater|mother|father|maman|papa|conjointe?|epou(x|se)|partenaire|' +
  'partner(in)?|echtgeno(ot|te)|ehe(mann|frau|partner\\w*)|spouse|husband|wife|titulaire|houder|' +
  'gerechtigde|hauptversichert\\w*|policy ?holder|personnes? de contact|contact persons?|contacten|contacts|kontakte|contactpers|' +
  'contactperso(on|nen)|kontaktperson\\w*|contact d urgence|emergency contact|' +
  'personne a (prevenir|contacter)|tuteur|tutrice|voogd|vormund|guardian|representant( legal)?|' +
  'vertegenwoordiger|vertreter\\w*|parents?|ouders?|eltern\\w*|medecin|arts|huisarts|arzt|hausarzt|' +
  'doctor|physician|gp|employeur|werkgever|arbeitgeber|employer|garant|guarantor|debiteur|debtor|' +
  'accompagnant\\w*|begeleider|begleit\\w*|proche|next of kin|noodcontact|notfallkontakt|emergency|' +
  'urgence|correspondant|responsable|related persons?|family members?|familieleden|familielid',
);

/** Somewhere outside Belgium: an address, a commune "abroad" is not the municipality of residence. */
export const ABROAD = /\b(abroad|a l etranger|buitenland|im ausland|auslandsadresse|foreign address|pays d origine|country of origin|herkomstland|land van herkomst|herkunftsland|heimatland|home country)\b/;

/** Address blocks: "12 bis" and "N° bis" there are house numbers, not BIS numbers. */
export const ADDRESS = words(
  'adresse|adres|anschrift|address|rue|straat|strasse|street|domicile|boite|bte|bus|huisnummer|' +
  'hausnummer|house number|postcode|code postal|plz|woonplaats|wohnort|residence|verblijfplaats',
);

/** A supplementary hospitalisation insurance (room supplements): it pays no one we bill. */
const SUPPLEMENTARY_INSURANCE_WORDS =
  'krankenhaus ?zusatz\\w*|zusatz ?vers\\w*|hospital(isation|ization)? plan|hospitalisatieverzekering|assurance hospitalisation|' +
  'hosp ?verz\\w*|hospitalisatieverz\\w*|' +
  'hospitalisation complementaire|aanvullende (hospitalisatie)?verzekering|supplementary (hospital )?(insurance|cover)';
export const SUPPLEMENTARY_INSURANCE = words(SUPPLEMENTARY_INSURANCE_WORDS);

/** A phone, an e-mail, a fax. */
const CONTACT_DETAIL_WORDS = 'telephone|telefoon|telefon|tel|phone|gsm|mobile?|portable|e ?mail|courriel|fax';
export const CONTACT_DETAIL = words(CONTACT_DETAIL_WORDS);

/** A chat box's caption, alone: "Message", "Nachricht", "Chat" (a question typed to someone, not a field). */
export const CHAT_LABEL = whole('messages?|nachricht(en)?|berichten?|chat');

/**
 * A liability's or a work accident's insurer ("Assureur RC (accident de la circulation)",
 * "Arbeidsongevallenverzekeraar"): no cover of the patient's that we bill, unless a label lists it
 * among the payers ("Organisme payeur (mutuelle, CPAS, assureur accident du travail)").
 */
export const LIABILITY_INSURER = words(
  'assureur rc|rc (auto|familiale|vie privee)|responsabilite civile|burgerlijke aansprakelijkheid|haftpflicht\\w*|' +
    'arbeidsongeval\\w*|accidents? du travail|arbeitsunfall\\w*|work(place)? accident|accident de la circulation|verkeersongeval\\w*|verkehrsunfall\\w*|traffic accident|' +
    // the US trade's word for the work-accident insurer: "Workers' compensation insurer", "Workers' comp carrier"
    'workers? ?s? comp(ensation)?|berufsgenossenschaft\\w*|unfallversicherung\\w*',
);

/** Contact details and free comments belong to no kind, whatever else the label says. */
export const NOT_A_FIELD_OF_INTEREST = words(
  `${CONTACT_DETAIL_WORDS}|hotline|helpline|assistance line|ligne d assistance|website|site web|iban|` +
  'notruf\\w*|noodnummer|numero d urgence|emergency (number|phone|line)|' +
  'bic|swift|remarques?|commentaires?|opmerking(en)?|bemerkung(en)?|comments?|notes?|observations?|' +
  'toelichting|memo|' +
  // phpMyAdmin's box beside each column: "Den NULL-Wert für diese Spalte verwenden", "Use the NULL value".
  'null ?(wert|value|waarde|valeur)|valeur null|' +
  // a complementary hospitalisation insurance (room supplements) pays no one we bill: "Krankenhaus-Zusatzversicherung", "Hospital plan"
  `${SUPPLEMENTARY_INSURANCE_WORDS}|zusatz\\w*|` +
  // amounts: "Montant pris en charge AMU" is about money, not the attestation
  'montants?|bedrag(en)?|betrag|betrage|amount|prix|prijs|preis|price|tarif\\w*|ticket moderateur|remgeld|' +
  'eigenanteil|co ?payment|acompte|voorschot|vorschuss|deposit|' +
  // a contact person at the CPAS or the insurer is a person, not the organisation
  'personnes? de contact|contact persons?|contactperso(on|nen)|kontaktperson\\w*|interlocut(eur|rice)|referente?|' +
  // the social worker who follows the file is a person too
  'assistante?s? socia(l|le|les|ux)|assistant( e)? social( e)?|travailleu(r|se)s? socia(l|le|ux)|maatschappelijk (werk(st)?er|assistent\\w*)|' +
  'sozialarbeiter\\w*|sozialassistent\\w*|social workers?|case ?workers?|dossierbeheerder|maatsch ?(werk(st)?er|assist\\w*)|' +
  // the beneficiary's codes in the sickness fund ("CT1/CT2", "KG1/KG2", "CG1/CG2"), not the fund
  'c[tg] ?[12]|kg ?[12]|codes? titulaires?|code (de )?titulaire|gerechtigdencode|code gerechtigde|berechtigtencode|beneficiary codes?',
);

/**
 * The parts of an address besides the street (ADDRESS has it): "Commune du débiteur",
 * "Postcode van de betaler" are the billing party's address, not the billing party.
 */
export const ADDRESS_PART = words(
  'communes?|gemeente|gemeinde|ville|localite|localiteit|city|town|municipalit(y|e)|stad|stadt|woonplaats|wohnort|ort|plaats|' +
  `code postal|postcode|plz|cp|zip|${PAYS}|land|country|province|provincie|provinz`,
);

/**
 * The address of something (the CPAS, the insurer, the invoice): only the commune field may
 * say "adresse". Also inside compounds: "OCMW-adres", "Rechnungsadresse", "factuuradres".
 */
export const ADDRESS_OF = /(adresse|adres|anschrift|address)\b/;

/**
 * Words of the immigration side of a page, as section context. (A section named after a
 * residence document or the arrival is recognised by the kinds themselves.)
 */
export const IMMIGRATION_CONTEXT = words(
  'sejour en belgique|verblijf in belgie|aufenthalt in belgien|(residence|stay) in belgium|situation administrative|statut administratif|' +
  'immigration|migrat\\w*|etrangers?|vreemdeling(en)?|auslander\\w*|foreigners?|asile|asiel|asyl|asylum|' +
  'protection internationale|internationale bescherming|internationaler schutz|office des etrangers|' +
  'dienst vreemdelingenzaken|dvz',
);

/** A page section about the patient's identity (only an expiry there is a document expiry). */
export const IDENTITY_CONTEXT = words('identite|identiteit|identitat|identity|identification|identificatie');

/**
 * Names of a class of identity or residence document: the field says which document.
 * "Titre de séjour", "Verblijfsdocument", "Aufenthaltstitel", "residence permit", "Pièce d'identité".
 */
export const RESIDENCE_DOCUMENT_NOUN = words(
  'titres? de sejour|(document|carte|permis|autorisation|statut|droit|situation|attestation) de sejour|' +
  'verblijfs ?(document|titel|kaart|vergunning|status|statuut|recht|situatie|toestand|machtiging|bewijs)\\w*|' +
  'aufenthalts ?(titel|dokument|karte|erlaubnis|status|genehmigung|recht|bescheinigung|berechtigung|gestattung)\\w*|' +
  'residen(ce|cy) (permit|card|document|doc|status|title|right)s?|(stay|work) permits?|permit (type|of stay)|' +
  'type of permit|immigration status|' +
  'statut (administratif|migratoire|legal|de residence)|situation administrative|' +
  'administratieve (status|toestand|situatie)|migratiestatus|legal status|pieces? d identite|' +
  'pieces? justificatives?|documents? d identite|identiteitsdocument(en)?|identiteitsbewijs|' +
  'legitimatiebewijs|ausweisdokument\\w*|identitatsdokument\\w*|identity documents?|proof of identity|' +
  'id documents?',
);

/** A specific kind of identity paper: alone, a text box under it holds its number. */
export const IDENTITY_PAPER_NOUN = words(
  'passeport|paspoort|reisepass|pass|passport|carte d identite( electronique)?|identiteitskaart|' +
  'personalausweis|ausweis|identity card|id card|eid|kids id|titre de voyage|reisdocument|reisedokument|' +
  'travel document|visa|visum',
);

/** Generic parts of a label that need the section to say what they are about. */
export const GENERIC = {
  /** "Numéro", "N°", "Nummer", "Number", "Numéro de carte". */
  number: [
    whole(
      `${NUM}|${NUM} d identification|` +
      `${NUM} (de (la |l )?|du |d |of (the )?|van (de |het )?)?(carte|kaart|karte|card|document|dokument|attestation|attest|certificat|certificate|bescheinigung|formulaire|formulier|form)|` +
      // "N° d'identification de la carte" (the EHIC's field 8), "Identificatienummer van de kaart", "Kennnummer der Karte"
      `${NUM} d identification (de la |du )?(carte|document)|identificatie ?(nummer|nr) (van de )?(kaart|document)|(kennnummer|kennnr|kenn nr) (der|des|d) (karte|dokuments)|kennnummer|kennnr|kenn nr|(personl(iche)?|pers) (kennnummer|kennnr|kenn nr)|personal identification (number|no)|numero d identification personnel|persoonlijk identificatienummer|` +
      // the EHIC's field 6 in a clerk's shorthand: "N° perso. (6)", "Nr. pers."
      `${NUM} (perso|pers|personnel)|pers identificatie ?(nummer|nr)`,
    ),
    whole(
      '(kaart|karten|karte|dokument|document|card|attest|formulier)(nummer|nr)|' +
      '(card|document|form|certificate) (identification )?(n|no|nr|num|number|id)|' +
      // The EHIC's field 7, "Identificatienummer instelling", "Kennnummer des Trägers": the institution's number on the card.
      'identificatie ?(nummer|nr) (van de )?instelling|identification number of the institution|(n|no|nr|num|numero) d identification de l institution|kennnummer des tragers|' +
      // "Insurance ID #", "Subscriber no.": the member's number at the insurer the section names.
      '(insurance|insured|subscriber|insuree) (id|n|no|nr|num|number)( n)?',
    ),
  ],
  /** Expiry words: "Valable jusqu'au", "Geldig tot", "Gültig bis", "Expiry date". */
  expiry: [
    words(
      'date d (expiration|echeance)|(date )?(de )?fin de (validite|valabilite)|date de validite|' +
      'valable? jusqu (au|a|en)?|valable jusque|valide jusqu|valid (until|till|thru|through|to)|expir\\w*|' +
      'geldig (tot|tot en met|t m|tm|t e m|tem)|geldigheidsdatum|einde (van de )?geldigheid|' +
      'einddatum geldigheid|verval ?datum|vervaldag|vervalt( op)?|gultig bis( zum)?|gultigkeitsdatum|' +
      'gultigkeitsende|ende der gultigkeit|ablauf ?datum|ablauf der gultigkeit|lauft ab|verfall(s)? ?datum|' +
      'date of expiry|validity end|valid until',
    ),
  ],
  /** Weak expiry: "Validité", "Geldigheid", "Gültigkeit", "Date de fin". */
  end: [
    whole(
      'validite|validity|geldigheid|geldigheidsduur|gultigkeit|gultigkeitsdauer|date de fin|fin|echeance|einddatum|' +
      'enddatum|end date|ende|einde|tot|bis|jusqu au|au|to|until',
    ),
    // Clerk shorthand: "Exp.", "Verv.", "Geldig", "Gültig".
    whole('exp|exp le|exp au|verv|vervalt|ablauf|geldig|gultig'),
  ],
  /** "Type", "Soort", "Art", "Catégorie". */
  type: [whole('type|soort|art|typ|categorie|category|kategorie|genre|nature|sorte|kind|statut|statuut|status')],
  /** "Date", "Datum", "Date de début", "Gültig ab", "Date de délivrance". */
  date: [
    whole('date|datum|dt|dd|le|du|van|vom|from|depuis|sinds|seit|since|depuis le|sinds wanneer|seit dem|seit wann|since when'),
    // "Datée du", "Gedateerd op", "Datiert vom", "Dated"
    whole('datee? (du|le)|gedateerd( op)?|datiert (vom|am)|dated( on)?'),
    // An issue date in one word: "Afgifte", "Délivrance", "Ausstellung", "Issued".
    whole('afgifte|uitgifte|ausstellung|ausgestellt|delivrance|delivre le|issued|issue|date of issue'),
    // shorthand: "Afgiftedat.", "Uitgiftedat.", "Ausstellungsdat.", "Issue dt"
    whole('afgiftedat|uitgiftedat|ausstellungsdat|issue dt|date deliv|dt deliv'),
    words(
      'date de (debut|fin|delivrance|decision|emission)|begindatum|einddatum|enddatum|startdatum|' +
      'beginndatum|gultig ab|valable (a partir|des|depuis)|geldig (vanaf|van)|valid from|start date|' +
      'issue date|date of issue|datum (van )?(afgifte|uitgifte|beslissing)|ausstellungsdatum|' +
      'datum der ausstellung|(afgifte|uitgifte)datum|ausgestellt am|issued on|date issued|delivre le',
    ),
  ],
  /** "Date d'arrivée", "Aankomstdatum", "Ankunft", "Arrival date": hospital or country? */
  arrival: [
    words(
      'date d arrivee|arrivee|aankomst(datum)?|datum (van )?aankomst|ankunft(sdatum)?|arrival( date)?|' +
      'date of arrival|entry date|date of entry|binnenkomst',
    ),
  ],
  /** "N° de police", "Polisnummer", "Policy number". */
  policy: [
    words(
      `${NUM} (de )?(la )?police( d assurance)?|polisnummer|polis( nr| nummer)?|police|` +
      `policy( number| no| nr)?|versicherungs(schein)?nummer|polizzen?nummer|policen?nummer|police d assurance|contrat|` +
      `contract(nummer)?|vertrag(snummer)?`,
    ),
    // Shorthand: "Polisnr.", "Pol. nr", "Policenr.", "Policy no".
    words('polisnr|polnr|pol (n|nr|no)|polis (n|no)|policenr|policen ?nr|police (n|nr|no)|policy (n|#)|policyno|policynr|policynumber'),
  ],
  /** "Organisme", "Institution", "Compagnie", "Maatschappij", "Company". */
  issuer: [
    whole(
      'organisme|institution|instelling|einrichtung|compagnie|societe|maatschappij|gesellschaft|company|' +
      'code|issuing country|pays emetteur|organisme emetteur|issuer|nom de l (organisme|institution)|' +
      'institution (competente|code|id)|bevoegde instelling|zustandiger trager|' +
      'land van afgifte|afgifteland|uitgevend land|staat van afgifte|ausstellender staat|ausstellendes land|ausgabeland|' +
      'pays de delivrance|country of issue|issuing state|ausgabestaat|ausstellungsstaat|ausstellungsland|issued by|afgegeven door|uitgereikt door|delivre par|ausgestellt (von|durch)|' +
      // "Afgegeven te", "Délivré à", "Ausgestellt in", "Issued at": the place of issue.
      '(afgegeven|uitgereikt|afgeleverd) te|delivree? a|ausgestellt in|issued (at|in)|trager|bevoegd orgaan|organisme competent|competent institution|' +
      'uitgevende (lid)?staat|ausstellender mitgliedstaat|issuing member state|etat membre (emetteur|de delivrance)|' +
      // the centre or country of a cover's section: "Centre compétent" (the CPAS), "Land" (the EHIC's)
      'centre competent|bevoegd centrum|bev centrum|zustandiges zentrum|land|pays|country|staat|maatsch|mij|zustandig|bevoegd|competent|' +
      // shorthand for a company: "Cie" (compagnie); a bare "Centre" under "CPAS compétent"
      'cie|centre|centrum|zentrum|center|competent (centre|center)|responsible (centre|center)|(centre|center) in charge|' +
      // the country that issued a card: "Land van uitgifte"
      'land van uitgifte|uitgifteland|' +
      // "Insurance Package", "Insurance Plan": the insurer the section names (a US-built HIS).
      'insurance (package|plan|company|carrier|provider|name)',
    ),
  ],
} as const;

/**
 * 'proof': an attestation or certificate, whose subject the section or the field before gives (see vocabulary-extra.ts);
 * 'applies': a box that only says its group's scheme or cover applies ("[x] toepassen").
 */
export type GenericRole = keyof typeof GENERIC | 'proof' | 'file' | 'applies';

/**
 * The BIS number (people not in the National Register). Only as "numéro BIS", "BIS-nummer",
 * "registre BIS" or the upper-case acronym: German "gültig bis", "von … bis" and the house
 * number "12 bis" are not (see `classify-text.ts`).
 */
export const BIS_NUMBER = words(`bis ?(nummer|number|nr|n)|${NUM} bis|registre bis|bis ?register|niss bis|insz bis`);
export const NOT_A_BIS_NUMBER = /\b\d+ ?bis\b|\bg(u|ue)ltig\w*\b|\bbis (zum|zur|heute|jetzt|datum|einschliesslich)\b|\bvon\b.*\bbis\b|\b(datum|date|tag|termin) bis\b|\b(valable|geldig|valid)\b/;

/**
 * "LOI" (lokaal opvanginitiatief) is a local reception initiative run by a CPAS; French "loi" is
 * a law. Only the upper-case acronym counts, and not in "article de LOI", "LOI du 8 juillet".
 */
export const LOCAL_RECEPTION_ACRONYM = /\bLOI\b/;
export const FRENCH_LAW = /\b(de la|la|de|du|par|selon|sur|article|art|cette|une|nouvelle|projet de)\s+loi\b|\bloi\s+(du|de|des|sur|relative|organique|programme|n)\b/i;

/** An insurance's expiry or card number is not the residence document's. */
export const INSURANCE_WORDS = words(
  'assurances?|assureur|verzekering\\w*|verzekeraar|versicherung\\w*|versicherer|insurance|insurer|mutuelles?|' +
  'mutualites?|ziekenfonds\\w*|krankenkasse\\w*|polices?|polis|polic(y|ies)',
);

/** Dates and numbers that are not about the residence document even inside its section. */
export const DOCUMENT_ISSUE = words(
  'delivr\\w*|emis\\w*|emission|afgifte|uitgifte|afgegeven|uitgereikt|ausgestellt|ausstellung\\w*|' +
  'issued?|issuing|gultig ab|valable (a partir|des|depuis)|geldig (vanaf|van)|valid from|date de debut|' +
  'begindatum|startdatum|beginn\\w*|start date',
);

export const VOCABULARY: Record<FieldKind, KindVocabulary> = {
  nationality: {
    positive: [
      term(1, words(
        'nationalite?s?|nationalit(y|ies|eit|eiten|at|aet|aten)|staatsangeh(o|oe)rigkeit(en)?|' +
        'staatsburgerschap|staatsb(u|ue)rgerschaft|citizenship|nationaliteit',
      )),
      term(0.8, words('burgerschap|citoyennete')),
      term(0.7, whole('nation|nat|natio')),
      term(0.8, whole('natl|nationalit|staatsang|staatsangeh|nationalit e')),
    ],
    negative: [OTHER_PERSON, words('ancienne|vorige|former|previous|fruhere')],
  },
  'residence-document': {
    positive: [
      term(1, RESIDENCE_DOCUMENT_NOUN),
      term(1, words(
        'type (de |d )?(document|piece|carte|titre)s?( d identite| de sejour)?|' +
        '(soort|type) (document|kaart|identiteitsdocument|identiteitsbewijs)|documenttype|documentsoort|' +
        'kaarttype|kaartsoort|soort kaart|dokument(en)? ?(art|typ)|ausweis ?(art|typ)|' +
        'art des (ausweises|dokuments|dokumentes|aufenthaltstitels)|document type|' +
        'type of (document|card|id|identification)|id type|identification type|nature du (document|titre)|' +
        'type de visa|visumtype|visa type|soort visum|visumart',
      )),
      term(0.7, whole('annexe|bijlage|anlage|annex|document|dokument')),
      // the paper shown at the desk: "Document présenté", "Voorgelegd document", "Vorgelegtes Dokument"
      term(0.9, words('(document|titre|piece) (de sejour )?presentee?|voorgelegd (document|verblijfsdocument)|vorgelegtes (dokument|ausweisdokument)|document (shown|presented)')),
    ],
    negative: [OTHER_PERSON, words('scan\\w*|upload\\w*|joint|bijgevoegd|pdf|fichier|bestand|datei|file')],
  },
  'document-number': {
    positive: [
      // "Numéro imprimé sur le document", "Nummer op de kaart": the number word and the paper apart.
      term(0.8, new LazyPattern(`\\b${NUM}\\b.*\\b(document|dokument(s|es)?|carte|kaart|karte|card|piece)\\b`)),
      term(1, words(
        `${NUM} (de (la |l )?|du |d |van (de |het )?|der |des |of (the )?)?(document|doc|carte|kaart|karte|card|titre|piece|passeport|paspoort|pass|reisepass|passport|ausweis(es)?|personalausweis(es)?|eid|identiteitskaart|verblijfskaart|verblijfsdocument|visa|visum|attestation)|` +
        `(document|dokument|dokumenten|kaart|karte|karten|pas|paspoort|pass|reisepass|ausweis|personalausweis|identiteitskaart|verblijfskaart|verblijfsdocument|verblijfstitel|aufenthaltstitel|visum|identiteitsbewijs)(nummer|nr)|` +
        `(document|dokument|card|karte|karten|kaart|passport|pass|paspoort|ausweis|id card|identity card|visa|visum|permit|eid) (n|no|nr|num|number|nummer)`,
      )),
      // Shorthand: "Doc.nr.", "Dok.-Nr.", "Verbl.doc. nr", "Doc. no".
      term(1, words('doc ?(n|no|nr|nro|num|nummer|number)|dok ?(n|nr|nummer)|(verbl|verblijfs|id|ident|sejour) ?doc ?(n|no|nr|nummer)|doc id|document (id|identifier)')),
    ],
    negative: [
      words(
        'bancaire|credit|debit|bank|banque|bankkaart|kredietkaart|kreditkarte|fidelite|parking|sis|vitale|' +
        'loyalty|rendez vous|afspraak|sim|dossier|chambre|kamer|zimmer|room|donneur|donor|groupe sanguin|' +
        'bloedgroep|nummerplaat|plaque|kbo|bce|btw|tva',
      ),
      OTHER_PERSON,
      INSURANCE_WORDS,
    ],
  },
  'document-expiry': {
    positive: [
      term(1, GENERIC.expiry[0]),
      // "Fin validité", "Date fin valid.", "Exp. date", "Einde geldigh.".
      term(1, words('fin (de )?(validite|valid|valabilite)|date fin (de )?valid\\w*|exp (date|dt)|date exp|einde geldigh\\w*|geldig t m')),
    ],
    negative: [DOCUMENT_ISSUE, OTHER_PERSON, words('mot de passe|wachtwoord|passwort|password|session'), INSURANCE_WORDS],
  },
  'national-number': {
    positive: [
      term(1, words(
        `niss|insz|ssin|enss|rrn|nrn|registre national|rijksregister\\w*|nationalregister\\w*|` +
        `national regist(er|ry)( number)?|national (n|no|nr|number)|nationaal nummer|numero national|` +
        `nationalnummer|${NUM} (de |du )?(registre )?national|` +
        `numero d identification (a la |de la )?securite sociale|` +
        `identificatienummer (van de |in de )?sociale zekerheid|` +
        `erkennungsnummer (der |in der )?sozialen sicherheit|social security identification number|` +
        `belgian national number|rr ?(nummer|nr|n)|${NUM} rr|` +
        // "Belgian reg. no.", "National reg. no.": the register, abbreviated, with the country's or the nation's name.
        `(belgian|national|nat) reg (n|no|nr|number)`,
      )),
      term(0.8, words(
        '(numero|n) (de )?securite sociale|social security (number|no)|sozialversicherungsnummer|' +
        'national id( number)?|nat id (nr|no|n|number)|identifiant national|nationale identificatie|nationale kennung|national identifier|' +
        // The Crossroads Bank's number (the BIS number it gives): "Identifiant BCSS", "KSZ-nummer".
        '(identifiant|numero|n|nummer|number|nr|id) (bcss|ksz)|(bcss|ksz)( ?(id|nummer|nr|number|numero|identifiant))?',
      )),
      // A US-built HIS's "SSN" box, alone: it holds the Belgian national number ("Subscriber SSN" is another person's).
      term(0.8, whole('ssn')),
      term(0.7, whole('nn|n n|rr')),
      // Shorthand: "N° RN/BIS", "N° RN" (registre national), "Rijksreg.nr.", "NN/BIS".
      term(1, words(`${NUM} (rn|rrn|nn)( bis)?|rn ?(nummer|nr|n|bis)|(rr|rrn|nn|niss|insz) bis|rijksreg( nr| nummer)?|rijksregnr|reg nat|registre nat`)),
      term(0.7, whole('rn')),
    ],
    negative: [
      OTHER_PERSON,
      words(
        'inami|riziv|likiv|nihdi|tva|btw|kbo|bce|entreprise|onderneming|unternehmen|company|' +
        'national insurance|holiday|feestdag|feiertag|dossier|ipp|patient (id|nummer|number)',
      ),
    ],
  },
  insurer: {
    positive: [
      // American screens: "Health Plan", "Health insurer".
      term(0.8, words('health plans?|health insurer|plan name')),
      term(1, words(
        'mutualites?|mutuelles?|mutualiteit(en)?|mutualit(y|ies)|organismes? assureurs?|' +
        'verzekeringsinstelling\\w*|ziekenfonds\\w*|krankenkasse\\w*|krankenversicherung(strager|sanstalt)?|' +
        'sickness funds?|health insurers?|health insurance (fund|company|provider|insurer|organi[sz]ation)s?|' +
        'caami|hziv|hkiv|caisse auxiliaire|hulpkas|hilfskasse|insurance funds?|mutual insurance|landsbond|' +
        'versicherungstr(a|ae)ger|krankenversicherungstr(a|ae)ger|code (oa|vi)|(oa|vi) code|versichertennummer|' +
        'mitgliedsnummer',
      )),
      term(0.8, words(
        'health insurance|assurance (soins de sante|maladie|maladie invalidite|obligatoire)|ziekteverzekering|' +
        'verplichte verzekering|krankenversicherer',
      )),
      term(0.7, words(
        'oa|assurabilite|verzekerbaarheid|versicherbarkeit|insurability|insurance status|assureur|verzekeraar|' +
        'versicherer|insurance company|insurance co$|versicherungsgesellschaft|verzekeringsmaatschappij|compagnie d assurances?|insurers?',
      )),
      term(0.6, words('affiliation|affilie|affiliee|aansluiting|aangesloten|affiliatie|mitgliedschaft|membership')),
      term(0.6, whole('assurance|verzekering|versicherung|insurance|vi|oa vi|vi oa')),
      // Shorthand: "Mut.", "Mut./OA", "O.A.", "Verz.instelling", "VI naam".
      term(0.9, whole('mut|mutu|mutuel|mut oa|oa mut|mut vi|o a|v i|o a v i|v i o a|kk|kk code|kk nr|kk name|kasse|zf|zf code|zf nr')),
      // "Inschr.nr. ZF": the member's registration number at the sickness fund.
      term(1, whole('(inschr|inschrijvings?) ?(nr|nummer) (zf|zkf|ziekenfonds|mut)|(zf|zkf) (inschr|inschrijvings?) ?(nr|nummer)')),
      // English shorthand for the sickness fund: "Fund", "Fund no.".
      term(0.7, whole('fund|fund (n|no|nr|number|code|id|name)|sick(ness)? fund')),
      term(1, words('verz ?(instelling|inst)|verzekeringsinst|(vi|oa) (naam|nom|name|nummer|nr|n)')),
    ],
    negative: [
      words(
        'hospitalisation|hospitalisatie|hospitali[sz]ation|krankenhauszusatz\\w*|zusatzversicherung|' +
        'complementaire|aanvullende|supplementary|privee?|particuliere|vie|leven|leben|life|auto|voiture|' +
        'incendie|brand|responsabilite|aansprakelijkheid|haftpflicht|liability|accidents?|arbeidsongeval|' +
        'arbeitsunfall|voyage|reis\\w*|reise\\w*|travel|assistance|bijstand\\w*|repatri\\w*|europeenne|' +
        'europese|europaische|european',
      ),
      ADDRESS,
    ],
  },
  ehic: {
    positive: [
      // The EHIC's numbered fields: "Träger (Feld 7)", "Kartennummer (Feld 8)", "Bevoegd orgaan (veld 7)", "Date d'expiration (champ 9)".
      term(0.9, /\b(feld|champ|veld|field|card field) [6-9]\b/),
      // An expiry or a number that names the card's field ("Expiry date (field 9)"): the card's, over a document's.
      term(1.1, /\b(expir\w*|valid\w*|verval\w*|geldig\w*|gultig\w*|ablauf\w*|echeance|fin|einde|ende|end|identif\w*|kenn\w*|number|numero|nummer|nr|n|no|id)\b.*\b(feld|champ|veld|field|card field) [6-9]\b/),
      term(1, words(
        'ceam|carte europeenne( d assurance maladie)?|ehic|european health (insurance )?card|ezvk|' +
        'europese (ziekte)?verzekeringskaart|ekvk|europaische (kranken)?versicherungskarte|ghic|' +
        'global health insurance card|certificat provisoire de remplacement|voorlopig vervangend certificaat|' +
        'provisorische ersatzbescheinigung|provisional replacement certificate',
      )),
      // A part titled by the patient's cover abroad: "Couverture étrangère", "Buitenlandse dekking" (the
      // EHIC, an S form or a treaty form; no Belgian insurer, no travel insurance).
      term(0.8, words('couverture (etrangere|a l etranger)|buitenlandse dekking|auslandische deckung|foreign (cover|coverage)|coverage abroad')),
      term(0.8, words(
        '(formulaire|formulier|vordruck|formular|form|document|attestation|certificat|certificate|bescheinigung) (e|s) ?\\d{1,3}|' +
        's1|s2|e ?1(06|09|11|12|21)',
      )),
      term(0.7, whole('prc|cpr')),
    ],
    negative: [],
  },
  'travel-insurance': {
    positive: [
      term(1, words(
        'assurances? (voyage|assistance|rapatriement|de voyage|visa|schengen)|assureur (voyage|assistance)|' +
        '(compagnie|societe) d assistance|assisteur|assistance (voyage|company|maatschappij|insurance)|' +
        'reis(bijstands)?verzeker\\w*|bijstandsverzeker\\w*|bijstandsmaatschappij|reise(kranken)?versicherer|' +
        '(auslands)?(reise)?(kranken)?versicherung (fur (die )?reise|im ausland)|' +
        'auslands(reise)?(kranken)?versicherung|reise(kranken)?versicherung|' +
        'travel (health |medical )?insur\\w*|travel cover(age)?|travel assistance|assistance company|visa insurance|' +
        'schengen insurance|' +
        // An assistance company's case: "N° de dossier assistance", "assistance case number".
        'dossier (d )?assistance|assistance ?(dossier|case|file)( ?(n|nr|no|number|nummer))?|' +
        // "Dossiernr. alarmcentrale", "Fallnummer Notrufzentrale": the alarm centre's case, the travel insurer's.
        'dossier ?(n|nr|no|nummer) (alarmcentrale|bijstand)|alarmcentrale ?dossier\\w*|(fall|akten) ?(n|nr|nummer) (notruf|alarm)zentrale|' +
        // English hospital usage: the GOP is what an international or travel insurer issues.
        'gop|guarantee of payment( gop)?',
      )),
      // An insurer said to be the travel one: "International health insurer (expat / travel)", "Versicherer (Reise)".
      term(1, /\b(insur\w*|assur\w*|verzeker\w*|versicher\w*)\b.*\b(travel|voyage|reis|reise)\b|\b(travel|voyage|reis|reise)\b.*\b(insur\w*|assur\w*|verzeker\w*|versicher\w*)\b/),
      term(0.8, words('repatri\\w*')),
      // A foreign student's private insurance plays the travel insurer's part: "Assurance étudiant – compagnie".
      term(0.8, words('assurance (etudiants?|etudiante)|studentenverzekering|studentenversicherung|student (health )?insurance')),
      term(0.6, whole('assistance|assisteur|bijstand|assistance company')),
      // Shorthand: "Ass. voyage", "Assur. voy.", "Reisverz.", "Reisevers.", "Travel ins.".
      term(1, words('ass (voyage|voy|rapatriement|assistance)|assur (voyage|voy)|reisverz\\w*|reisbijst\\w*|reisevers\\w*|trav(el)? ins\\w*')),
    ],
    negative: [words('assistante?s? socia(l|le|les|ux)|sociale assistent\\w*|assistance (publique|sociale)|cpas|ocmw|oshz|mediprima')],
  },
  cpas: {
    positive: [
      term(1, words(
        'cpas|ocmw|oshz|oeshz|pcsw|centre public d action sociale|openbaar centrum voor maatschappelijk welzijn|' +
        '(offentliche(s|n)? )?sozialhilfezentrum\\w*|public (centre|center) for social welfare|' +
        'public social welfare cent(re|er)|requisitoire|requisitoir|requisitorium|rekwisitoir|rekwisitoor|' +
        'garantie (de )?(prise en charge|paiement|cpas|ocmw|mediprima)|' +
        'prise en charge (du |par le )?(cpas|ocmw)|betalingsverbintenis|betaalverbintenis|betalingswaarborg|' +
        'kostenubernahme\\w*|kostenzusage|payment guarantee|guarantee of payment|mediprima|carte medicale|' +
        'medische kaart|medizinische karte|medical card|initiative locale d accueil|lokaal opvanginitiatief|' +
        'local reception initiative|lokale aufnahmeinitiative|ila',
      )),
      term(0.7, words(
        'aide sociale|maatschappelijke (hulp|dienstverlening|steun)|sozialhilfe|' +
        'social (aid|assistance|welfare)|betalingsgarantie',
      )),
    ],
    negative: [words(
      'assistante?s? socia(l|le|les|ux)|service social|sociale dienst|sozialdienst|' +
      'social (service|worker)s?|maatschappelijk (werk|werker|werkster)|sozialarbeiter\\w*|' +
      // help on the commune: "elle détermine le CPAS compétent", "bepaalt het bevoegde OCMW"
      '(determine|determinent|bepaalt|bepalen|bestimmt|bestimmen|determines|decides) (le |les |het |das |the )?(\\w+ )?(cpas|ocmw|oshz|pcsw)',
    )],
  },
  amu: {
    positive: [
      term(1.1, words(
        'attestations? (d )?(amu|dmh|aide medicale urgente)|(amu|dmh) ?attest\\w*|' +
        'attest (dmh|dringende medische hulp)|attestation medicale (d )?urgen\\w*',
      )),
      term(1, words(
        'amu|aide medicale (urgente|d urgence)|dmh|dringende medische hulp(verlening)?|' +
        'dringende medizinische hilfe|urgent medical (aid|assistance|help|care)',
      )),
      term(0.8, words('emergency medical (aid|assistance)')),
    ],
    negative: [],
  },
  payer: {
    positive: [
      term(1, words(
        'debiteur\\w*|debitrice|tiers payant|derde ?betaler\\w*|derdebetalersregeling|drittzahler\\w*|drittz|third party (payment|payer)|payeur|organisme payeur|' +
        'payer|payor|debtor|te betalen door|betaald door|payable par|a payer par|paye par|' +
        'zu zahlen (von|durch)|(to be )?paid by|payment responsibility|responsible for payment|betaler|betalende (instantie|partij|instelling)|zahler|kostentrager|' +
        'kostenschuldner|rechnungsempf(anger\\w*)?|zahlungspflichtige\\w*|(a )?facturer (a|au|aux)|' +
        'facture(e)? (a|au|aux)|te factureren aan|rechnung an|gefactureerd aan|factureren aan|' +
        'facturation (a|au|aux)|facturatie (aan|naar)|factuur (naar|aan)|fact (aan|a|an|to)|abrechnung (an|uber|mit)|bill(ed|ing)? to|' +
        'billing (party|entity|responsibility)|responsible party|financial (class|responsibility|category)|' +
        'who pays|qui paie|wie betaalt|wer zahlt|guarantor|invoices? (to|addressee)|' +
        // "Les frais seront pris en charge par", "Kosten ten laste van", "Kosten zu Lasten von"
        'prise? en charge par|frais a (la )?charge (de|du|des)|kosten ten laste van|kosten zu lasten (von|des|der)',
      )),
      // "Patient is self-pay", "Selbstzahler", "Zelfbetaler": the patient chosen as the payer.
      term(0.9, words('self ?pay(ing|er)?|selbstzahler(in)?|zelfbetaler|zelfbetalend')),
      term(0.8, words(
        'prise en charge|mode de (prise en charge|financement|facturation)|type de facturation|' +
        'facturatie ?type|type facturatie|facturatiewijze|abrechnungsart|billing type|' +
        'statut (financier|de facturation)|categorie de facturation|financement|financiering|finanzierung',
      )),
      term(0.7, words('garant|tenlasteneming|ten laste (neming|name)')),
    ],
    negative: [
      ADDRESS,
      // "Se porte garant(e) des frais" under a contact: the contact's undertaking, not the payer field.
      words('se porte garant( e)?|staat borg|stelt zich borg|burgt|burgschaft|acts as guarantor|stands surety'),
      // "NISS du garant": a guarantor's identifier, not the choice of payer.
      words('niss|insz|inss|nrn|rrn|bis|national (number|register)|rijksregister\\w*|nationalregister\\w*|numero national|' +
        'citizenship|nationalit\\w*|staatsangehorigkeit|staatsburgerschaft'),
      // "Demande de prise en charge envoyée le": the request (to the CPAS, the insurer), not who pays.
      words('demande de prise en charge|aanvraag (tot )?(tenlasteneming|ten laste neming)|antrag auf kostenubernahme|request for (coverage|cover|guarantee)|' +
        // "Une prise en charge est demandée", "Tenlasteneming aangevraagd": the same request, said the other way round.
        'prise en charge (est |a ete )?demandee|(tenlasteneming|ten laste neming) (is )?(aangevraagd|gevraagd)|kostenubernahme (wurde |ist )?(beantragt|angefragt)|(coverage|cover|guarantee) (was |has been )?requested'),
      words('iban', 'bic', 'swift', 'compte', 'rekening', 'konto', 'account(?! (billed|to be billed))', 'mode de paiement', 'betaalwijze', 'betalingswijze',
        'betaalmethode', 'zahlungs(art|weise|methode)', 'payment (method|mode|type)', 'moyen de paiement', 'references?',
        'referentie', 'referenz', 'montant', 'bedrag', 'betrag', 'amount', 'date', 'datum', NUM, '(?<!au )nom', '(?<!op )naam', 'name'),
      // "Debiteurnr.", "Schuldnernummer": the number of a debtor's account, in one word (NUM above takes "N° débiteur").
      words('(debiteur|debiteuren|debitor|debtor|schuldner|kostentrager)(nr|nummer|no|num)'),
    ],
  },
  'arrival-date': {
    positive: [
      // An arrival or entry word and the country, in any order: "Date d'arrivée en Belgique",
      // "Arrivé(e) en Belgique le", "Aankomstdatum in België", "Entry date (Belgium)".
      term(1, /\b(arriv\w*|entree|entry|entered|entering|aankomst\w*|binnenkomst|aangekomen|ankunft\w*|einreise\w*|eingereist|inreis\w*)\b.*\b(belgi(um|que|e|en)|belges?|belgisch\w*|territoire|territory|grondgebied|staatsgebiet|pays|land|country)\b|\b(belgi(um|que|e|en))\b.*\b(arriv\w*|entree|entry|entered|aankomst\w*|binnenkomst|aangekomen|ankunft\w*|angekommen|einreise\w*|eingereist)\b/),
      // Since when in Belgium: "En Belgique depuis", "In België sinds", "Seit wann in Belgien?".
      term(1, /\b(belgi(um|que|e|en)|pays|land)\b.*\b(depuis|sinds|seit|since)\b|\b(depuis|sinds|seit|since)\b.*\b(belgi(um|que|e|en))\b/),
      // German "Einreise" is always into a country.
      term(1, words('einreise(datum|tag)?|tag der einreise|datum der einreise|inreisdatum')),
      // Shorthand for Belgium and the arrival: "Arrivée en BE le", "Aankomst BE", "Date arr. Belgique", "In BE sinds".
      term(1, /\b(arriv\w*|arr|aankomst\w*|aank|binnenkomst|ankunft\w*|ank|einreise\w*|entree|entry|inreis\w*)( (en|in|au|naar|nach|to|into))? (be|bel|belg)( (le|op|am|on|date|datum|sinds|depuis|seit|since))?$/),
      term(1, /\b(arr|aank|ank)\b.*\b(belgi(um|que|e|en)|belg)\b/),
      term(1, /\b(en|in|au) (be|belg) (depuis|sinds|seit|since)\b/),
    ],
    negative: [words(
      'urgences?|spoed\\w*|notaufnahme|notfall|emergency|hopital|ziekenhuis|krankenhaus|hospital|service|' +
      'dienst|station|afdeling|ward|admission|opname|aufnahme|heure|uur|uhr|time|hour|tijdstip|zeit',
    ), OTHER_PERSON,
    // "Wohnland vor der Einreise", "Pays de provenance": a label that opens on the country the patient came
    // from asks which country, not when ("Einreise aus dem Herkunftsland am" still asks when).
    /^((wohn|herkunfts|heimat|woon|herkomst|verblijfs)land|land van herkomst|pays (de residence|de provenance|d origine)|country of (residence|origin)|home country)\b/],
  },
  commune: {
    positive: [
      term(1, words(
        'communes?|gemeente|gemeinde|municipality|municipalite|localite|ville|woonplaats|wohnort|wohngemeinde|' +
        'lieu de (residence|domicile)|place of residence|city|town|commune de residence|cp (et )?localite|' +
        'code postal (et )?(localite|commune|ville)|postcode (en )?(gemeente|woonplaats|plaats)|' +
        'plz (und )?ort|postal code (and )?city|zip (and )?city|woonachtig (te|in)',
      )),
      term(0.8, words('plaats|ort|stad|stadt|wohnsitz')),
      term(0.6, whole('localiteit')),
      term(1, words('domicilie (a|en|dans)|gedomicilieerd (te|in)|wohnhaft in')),
      // Shorthand on terse screens: "Gem.", "Gem. oms." (the commune's name beside its code).
      term(0.8, whole('gem|gem oms|gemeente oms')),
    ],
    negative: [
      OTHER_PERSON,
      words(
        'naissance|geboorte\\w*|geburt\\w*|birth\\w*|nee? a|origine|herkomst|herkunft|origin|nis|ins|' +
        'code (ins|nis|de la commune|commune|gemeente)|(ins|nis) ?code|nummer|numero|emission|delivr\\w*|' +
        'afgifte|uitgifte|uitgereikt|afgegeven|ausgestellt|ausst|ausstell\\w*|issued|issuing|issue|deces|overlijden|tod\\w*|death|hopital|ziekenhuis|' +
        `hospital|site|campus|${PAYS}|land|country|rue|straat|strasse|street|communication|gemeenschap`,
      ),
    ],
  },
};

/**
 * Labels of fields the HIS has that are none of ours. A label that matches no kind but one of
 * these is decided: nothing further down (name/id, section) can make it a field of interest.
 */
export const IRRELEVANT = words(
  // names, including "nom de jeune fille de la mère"
  'nom|prenoms?|naam|voornamen?|familienaam|achternaam|meisjesnaam|vorname|nachname|familienname|geburtsname|' +
  'name|first name|last name|surname|given names?|maiden|jeune fille|' +
  // birth, sex, civil status, language
  'naissance|geboorte\\w*|geburt\\w*|birth\\w*|sexe|geslacht|geschlecht|gender|sex|etat civil|burgerlijke staat|' +
  'familienstand|marital|langue|taal|sprache|language|' +
  // the rest of an address (ADDRESS has the street and number)
  `postfach|zip|${PAYS}|land|country|` +
  // the hospital stay: admission is not arrival in Belgium, the stay number is not a residence document
  'date d (entree|admission)|admission|' +
  // why the patient came: not the document, not the arrival
  'purpose of (stay|visit|travel)|reason for (the )?(stay|visit)|motif (du |de )?(sejour|voyage|visite)|raison du sejour|' +
  'reden van (verblijf|bezoek)|verblijfsreden|doel van (het )?verblijf|aufenthaltszweck|zweck des aufenthalt\\w*|reisezweck|' +
  'opname\\w*|aufnahme\\w*|admitted|sortie|ontslag\\w*|entlassung\\w*|discharge|' +
  'numero de sejour|type de sejour|duree( de sejour)?|verblijfsduur|verblijfsnummer|aufenthaltsdauer|length of stay|' +
  'chambre|kamer|zimmer|room|lit|bed|bett|unite|service|afdeling|station|ward|dossier|ipp|mrn|medical record|episode|' +
  'motif|reden|grund|reason|diagnos\\w*|urgences?|spoed\\w*|notaufnahme|heure|uur|uhr|time|' +
  // numbers and people that are not the patient's (OTHER_PERSON has the doctor and the employer)
  'inami|riziv|likiv|nihdi|profession|beroep|beruf|occupation|assistante? sociale?|service social|' +
  // body and money
  'poids|gewicht|weight|taille|lengte|grosse|height|compte|rekening|konto|account|montant|bedrag|betrag|amount|' +
  // a relationship to the patient ("Reltn to Pt", "Lien de parenté", "Relatie"): a contact's, whatever its options say
  'reltn|relationship|relation to (the )?(patient|pt)|lien de parente|lien avec le patient|relatie( tot de patient)?|verwandtschaft\\w*|beziehung zum patienten|' +
  'acompte|voorschot|mode de paiement|betaalwijze|zahlungsart|payment method|' +
  // which form template the page shows (SharePoint's "Type de contenu"), whatever its options name
  'type de contenu|content type|inhoudstype|inhaltstyp|' +
  // a form template ("Template: Admission EHIC / Admission CPAS"), whatever its options name (not German "Vorlage",
  // which is also a document's presentation)
  'template|sjabloon|' +
  // a ticket's or record's tags ("Étiquettes": admission, cpas_en_cours, amu), whatever they name
  'etiquettes|tags|schlagworter|stichworter|trefwoorden|' +
  // a ticket's topic ("Help Topic", "Tracker": Admission / Foreign or uninsured patient / Billing question); not a
  // request's type ("Type de demande" under "Garantie de paiement" may choose the payer asked)
  'help ?topic|topics?|tracker|(ticket|issue|melding) ?(type|typ|soort|categor(y|ie))|type (of )?(ticket|issue)|' +
  'type de ticket|type melding|soort melding|meldingstype|ticketart|' +
  // who sent the patient ("Verwezen door": OCMW, Fedasil, huisarts…), not who pays
  '(door)?verwezen door|verwijzer|adresse?e? par|envoye?e? par|uberwiesen (von|durch)|einweiser\\w*|referred by|referral source|referring (party|organi[sz]ation)',
);

/** Payer categories, for a select's options or a label that lists several ("Mutuelle / CPAS / Patient"). */
export const PAYER_CATEGORIES: Record<string, Pattern> = {
  insurer: words(
    'mutualites?|mutuelles?|mutualiteit|ziekenfonds|krankenkasse|organisme assureur|' +
    'verzekeringsinstelling|health insur\\w*|sickness fund|insurer|oa|mut|zkf|caami|hziv|hkiv|' +
    'assurance obligatoire|verplichte verzekering|inami|riziv',
  ),
  cpas: words('cpas|ocmw|oshz|pcsw|mediprima|amu|dmh|spp ?is|pod ?mi|opd ?se|social welfare'),
  fedasil: words('fedasil'),
  patient: words(
    'patient|patiente|patient e|self|self pay|zelf|zelfbetaler|selbstzahler|selbst|prive|particulier|' +
    'private|privat|eigen|payant|cash|contant|bar|a charge du patient',
  ),
  travel: words('assurance voyage|reisverzekering|reiseversicherung|travel insurance|assistance|bijstand'),
  foreign: words('ceam|ehic|ezvk|ekvk|etranger|buitenland\\w*|ausland\\w*|foreign|convention|verdrag|abkommen|treaty'),
  state: words(
    'office des etrangers|dienst vreemdelingenzaken|dvz|immigration office|etat|staat|state|spf|fod|' +
    'defense|defensie|ambassade|embassy|botschaft',
  ),
  employer: words(
    'employeur|werkgever|arbeitgeber|employer|accident du travail|arbeidsongeval|arbeitsunfall|' +
    'work accident',
  ),
};

/**
 * An option naming a residence or identity document: "Carte F+", "A-kaart", "Bijlage 26",
 * "carte orange", "eID". (The side panel maps the chosen one to a document id: map-document.ts.)
 */
export const DOCUMENT_OPTION =
  /\b(carte|kaart|karte|card|titre) (eu|[a-n])\b(?! (identite|assurance|etranger|puce|bancaire))|(^|\s)(eu|[a-n])( ?\+)? (kaart|karte|card)\b|\b(annexe?|bijlage|anlage) ?\d|\b(carte|attestation) orange|oranje kaart|immatricul|\beid\b|identiteitskaart|carte d identite|personalausweis|passe?(port|poort)|reisepass|protection temporaire|tijdelijke bescherming|\b(sejour (il)?limite|(on)?beperkt verblijf|etablissement|vestiging|niederlassung)\b/;

/** Belgian insurers and their national codes, for an insurer select's options. */
export const BELGIAN_INSURER_OPTION = words(
  'mutualite chretienne|christelijke mutualiteit|christliche krankenkasse|cm|mc|solidaris|' +
  'socialistische mutualiteit|mutualite socialiste|partenamut|helan|oz|onafhankelijke ziekenfondsen|' +
  'mutualites libres|freie krankenkasse|mutualite neutre|neutrale ziekenfondsen|vnz|' +
  'vlaams (en )?neutraal ziekenfonds|liberale mutualiteit|mutualite liberale|lm|ml|hr rail|' +
  'caisse des soins de sante de la sncb|kas der geneeskundige verzorging|caami|hziv|hkiv|euromut|' +
  'securex|symbio|mutualia|freie|neutrale|1\\d\\d|2\\d\\d|3\\d\\d|4\\d\\d|5\\d\\d|6\\d\\d|9\\d\\d',
);
