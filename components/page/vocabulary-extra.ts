/**
 * More vocabulary, kept apart from vocabulary.ts so it can grow without touching it: the
 * abbreviations dense HIS screens use ("StA", "Wohnsitzgem.", "Dok.-Nr.", "gült. bis",
 * "Vers.-Nr.", "N° Reg. Nat.", "Val. jusq.", "Arr. BE", "Ass. voy.", "Kostenübern.-Nr.") with
 * their equivalents in the other three languages, a few phrasings (the end of a MediPrima
 * guarantee, the debtor of the co-payment), and traps ("valid until" of a referral letter or a
 * consent, the place of birth, the employer's municipality). Same conventions as vocabulary.ts:
 * written against `normalizeText` output; classify-text.ts reads both.
 */
import type { FieldKind } from './field-kinds';
import { NUM, words, whole, type KindVocabulary, type Pattern, type Term } from './vocabulary';

const term = (weight: number, re: Pattern): Term => ({ re, weight });

/**
 * Dates that are valid until something other than the residence document: a referral letter
 * (lettre de liaison, verwijsbrief, Überweisung), a consent (toestemming, Einwilligung), a
 * prescription, a parking ticket, an appointment, a proxy. Never a document expiry.
 */
export const OTHER_VALIDITY = words(
  'referral|referred|verwijs\\w*|verwijzing\\w*|uberw\\w*|lettre (de |d )?(liaison|envoi|reference)|' +
  'courrier d envoi|consent\\w*|toestemming\\w*|einwilligung\\w*|zustimmung\\w*|informed|prescription|' +
  'ordonnance|voorschrift\\w*|rezept\\w*|verordnung|parking|parkeer\\w*|parkschein|rendez vous|afspraak|' +
  'termin|appointment|procuration|volmacht|vollmacht|proxy|mandat',
);

/** German "gült." (gültig) before "bis" is "valid until", never a BIS number. */
export const NOT_A_BIS_NUMBER_ABBREVIATED = /\bg(u|ue)lt\b|\b(val|geld|gel|valid)\b.*\bbis\b/;

const COPAYMENT = '(ticket moderateur|tm|remgeld|eigenanteil|zuzahlung|selbstbeteiligung|persoonlijk aandeel|co ?pay\\w*|copay\\w*|patient share)';
const DEBTOR = '(debiteur|debitrice|payeur|debtor|payer|schuldner|zahler|betaler|kostentrager|a charge (de|du|des)|pris en charge par|paye par|payable par|ten laste (van|van de)|betaald door|te betalen door|zu lasten|getragen von|paid by|payable by|charged to|borne by)';

/**
 * Who pays the co-payment: "Débiteur du ticket modérateur", "Remgeld ten laste van",
 * "Eigenanteil zu Lasten von", "Co-payment paid by". A billing party, although the co-payment
 * itself is an amount (NOT_A_FIELD_OF_INTEREST); amounts ("Montant du ticket modérateur à
 * charge du patient") stay out through the payer's own negatives.
 */
export const COPAYMENT_DEBTOR = new RegExp(`\\b${DEBTOR}\\b.*\\b${COPAYMENT}\\b|\\b${COPAYMENT}\\b.*\\b${DEBTOR}\\b`);

const NONE: KindVocabulary = { positive: [], negative: [] };

export const VOCABULARY_EXTRA: Record<FieldKind, KindVocabulary> = {
  nationality: {
    // DE "StA", "Staatsang."; EN "Citizensh."
    positive: [term(1, words('staatsang\\w*|staatsburg\\w*|citizensh\\w*')), term(0.65, whole('sta|sta ang|natl'))],
    negative: [],
  },
  'residence-document': NONE,
  'document-number': {
    // DE "Dok.-Nr.", "Ausw.-Nr."; FR/NL/EN "Doc. n°", "Doc.-nr.", "Doc. No."
    positive: [term(1, words(
      '(doc|dok) ?(nr|n|no|num|nummer)|dokumentennr|ausw ?(nr|n)|ausweisnr|verbl ?kaart ?(nr|n)|' +
      `${NUM} (du |de |van )?(doc|dok)`,
    ))],
    negative: [],
  },
  'document-expiry': {
    // DE "gült. bis"; FR "Val. jusq."; NL "Geld. tot"; EN "Exp. date", "Valid thru"
    positive: [term(1, words(
      'g(u|ue)lt bis|val(id|able)? jusq\\w*|val (tot|bis|until|till|thru)|geld (tot|t m)|gel tot|' +
      'exp (date|dt|dat)|date (d )?exp|vervaldat\\w*|valid (thru|til)',
    ))],
    negative: [OTHER_VALIDITY],
  },
  'national-number': {
    // FR "N° Reg. Nat."; NL "Rijksreg.nr."; DE "Nat.-Reg.-Nr.", "NR-Nr."; EN "Nat. Reg. No."
    positive: [
      term(1, words(
        `${NUM} (de |du )?reg(istre)? nat\\w*|reg(istre)? nat(ional)?( (n|no|nr|num|number))?|` +
        'nat ?reg(ister)?( (n|no|nr|num|number|nummer))?|rijksreg ?(nr|n|nummer)?',
      )),
      term(0.8, whole('nr nr|nrnr|nr nr bis')),
    ],
    negative: [],
  },
  insurer: {
    // DE "Vers.-Nr.", "Mitgl.-Nr.", "Krankenk."; FR "N° affil.", "N° mut."; NL "Aansl.nr.", "Lidnr.", "Ziekenf."; EN "Member no."
    positive: [term(0.9, words(
      'vers ?(nr|n)|versicherten ?(nr|n)|versichertennr|mitgl\\w* ?(nr|n)|mitgliedsnr|' +
      `${NUM} (d |de l |d )?affil\\w*|affil ?(nr|n|no)|aansl\\w* ?(nr|n|nummer)|aansluitingsnr|lidnr|` +
      `lid ?(nr|nummer)|member(ship)? (n|no|nr|number)|mut ?(nr|n)|${NUM} (de (la )?)?mut|krankenk|ziekenf`,
    ))],
    negative: [],
  },
  ehic: NONE,
  'travel-insurance': {
    // DE "Reiseversich."; FR "Ass. voy.", "Assur. voyage"; NL "Reisverz."; EN "Travel ins."
    positive: [term(1, words(
      'reise ?(kranken)?vers\\w*|ass voy\\w*|assur\\w* voy\\w*|reisverz\\w*|reisbijst\\w*|travel ins\\w*|' +
      // the assistance company's case: "Assistance case number", "Dossiernr. bijstand", "N° de dossier d'assistance"
      'assistance (case|file)( number| no| nr)?|dossier ?(nr|nummer)? (bijstand\\w*|d assistance)|bijstandsdossier',
    ))],
    negative: [],
  },
  cpas: {
    positive: [
      // DE "Kostenübern.-Nr."; NL "Betalingsverb."; FR "Réquis.", "Réq. n°"
      term(0.9, words(
        `kostenubern\\w*|betalingsverb\\w*|betaalverb\\w*|requis\\w*|req ?(n|no|nr|num)|${NUM} (de )?req\\w*|` +
        'medi prima',
      )),
      // The CPAS's social enquiry: "Enquête sociale demandée le", "Sociaal onderzoek aangevraagd".
      // The request to the OCMW: "Aanvraag tenlasteneming verstuurd op" (alone, "tenlasteneming" names the payer).
      term(0.9, words('aanvraag (tot |van )?(de )?tenlasteneming|periode (couverte par|de) (la )?garantie|waarborgperiode')),
      term(1, words('enquete sociale|sociaal onderzoek|soziale? (untersuchung|erhebung)|social (enquiry|inquiry|investigation)')),
      // The end of the MediPrima / CPAS guarantee: "Fin de la garantie", "Einde waarborg"…
      term(1, words(
        '(fin|date de fin|echeance|expiration) (de )?(la )?garantie|garantie (valable )?jusqu\\w*|' +
        'einde (van de )?(waarborg|garantie|betalingswaarborg|tenlasteneming)|(waarborg|garantie) (geldig )?tot|' +
        'ende der kosten(ubernahme|garantie|zusage)|kosten(garantie|zusage) (gultig )?bis|' +
        'guarantee (end|expiry|expiration|valid until)( date)?|end of (the )?(payment )?guarantee',
      )),
    ],
    negative: [],
  },
  amu: NONE,
  payer: {
    // "Débiteur du ticket modérateur"; DE "Kostentr." (not "Débit.": a drip's flow rate is a débit)
    positive: [
      term(1, COPAYMENT_DEBTOR), term(0.9, words('kostentr\\w*|zahlungspfl\\w*')),
      // "Suppléments (chambre) à charge de", "Kosten ten laste van", "Supplementen t.l.v.": a label ending on
      // whom a cost is charged to.
      term(0.9, /\b(a charge d[eu]|ten laste van|t l v|tlv|zu lasten (von|des)|charged to)$/),
      // "How will the stay be paid?", "Comment le séjour sera-t-il payé ?"
      term(1, /\b(how|comment|hoe|wie)\b.*\b(paid|paye|betaald|bezahlt)\b/),
      // "Factuur op naam van": whose name the invoice bears (the vocabulary's payer terms exclude "naam").
      term(1, words('(factuur|facture|rechnung) (op naam van|au nom de|auf (den )?namen?)')),
    ],
    negative: [],
  },
  'arrival-date': {
    // FR "Arr. BE"; NL "Aank. BE"; DE "Ank. BE"; EN "Arr. in BE" ("BE" last: English "to be" is no country)
    positive: [term(1, /\b(arr|arriv\w*|aank\w*|ank|ankunft|einreise\w*|entree|entry|inreis\w*)( (en|in|nach|into|au))? (be$|bel\b|belg\b)/)],
    negative: [],
  },
  commune: {
    // DE "Wohnsitzgem."; NL "Woonpl."; FR "Comm. de rés.", "Commune d'inscription"; EN "Munic."
    positive: [term(1, words(
      'wohnsitzgem\\w*|wohngem\\w*|woonpl|comm (de )?(res\\w*|dom\\w*|d inscr\\w*)|commune d inscription|munic',
    ))],
    // The place of birth ("Geb.-Ort", "Lieu naiss.", "Geb.-plaats") and the employer's
    // municipality ("AG-Gemeinde", "Gemeente werkg.", "Commune empl.").
    negative: [words(
      'geb|geburtsort\\w*|geboorteplaats|naiss\\w*|ag|arbeitgeber\\w*|arbeitg\\w*|werkg\\w*|empl|employ\\w*',
    )],
  },
};

/**
 * "C.P.A.S.", "A.M.U.", "N.I.S.S.", "C.E.A.M.": dotted acronyms read as the acronym, not as
 * single letters ("a m u"), before the vocabulary sees them.
 */
export function joinDottedAcronyms(raw: string): string {
  return raw.indexOf('.') < 0 ? raw : raw.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu, (m) => m.replace(/\./g, ''));
}
