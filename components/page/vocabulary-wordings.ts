/**
 * More vocabulary (beside vocabulary.ts and vocabulary-extra.ts, so additions merge easily): clerk
 * shorthand and wordings met on more HIS (American English, Dutch abbreviations, SAP-like
 * German), the co-payment's debtor, validity starts, and the proofs (attestations,
 * certificates) whose subject only the section or the field before them gives. Matched on
 * `normalizeText` output, like vocabulary.ts.
 */
import type { FieldKind } from './field-kinds';
import { NUM, whole, words, type Pattern, type Term } from './vocabulary';

const term = (weight: number, re: Pattern): Term => ({ re, weight });

/** Positive terms and negative patterns added to VOCABULARY's, kind by kind. */
export const EXTRA_VOCABULARY: Partial<Record<FieldKind, { positive: readonly Term[]; negative: readonly Pattern[] }>> = {
  nationality: {
    // "Nat.-code", "Nationaliteitscode", "Code nationalité": the nationality as a code (Business Central).
    positive: [term(1, words('nat ?code|nationaliteits ?code|nationalitats ?code|code (de (la )?)?nationalite|nationality code'))],
    negative: [],
  },
  'residence-document': {
    // "Verblijfsdoc.", "Verbl.doc.", "Aufenth.titel", "Titre sél.": the document in shorthand.
    positive: [term(1, words('verbl(ijfs)? ?doc\\w*|verbl ?titel|aufenth ?(titel|dok\\w*)|tit(re)? (de )?sej\\w*'))],
    negative: [],
  },
  'document-number': {
    // "Nr. verblijfsdoc.", "N° doc. séjour", "Nr. Ausweis": the number word first.
    positive: [term(1, words(`${NUM} (verbl(ijfs)?|id|ident|sejour|aufenth\\w*) ?(doc\\w*|dok\\w*|titel|titre)|${NUM} (ausweis|paspoort|passeport|passport|pass)`))],
    negative: [],
  },
  'document-expiry': {
    // "Vervaldat. verblijfsdoc.", "Verv.dat.", "Ablaufdat.": expiry shorthand.
    positive: [
      term(1, words('vervaldat\\w*|verv ?dat\\w*|ablaufdat\\w*|(doc|dok|document) ?exp\\w*')),
      // A question: "Until when is it valid?", "Jusqu'à quand est-il valable ?", "Tot wanneer is het geldig?", "Bis wann gilt es?".
      term(1, /\b(until|till) when\b.*\bvalid\b|\bvalid (until|till) when\b|\bjusqu (a|au) quand\b.*\b(valable|valide)\b|\btot wanneer\b.*\bgeldig\b|\bbis wann\b.*\b(gultig|gilt)\b/),
    ],
    negative: [],
  },
  'national-number': {
    // "NatReg-Nr.", "Nat.Reg.Nr.", "Nationalreg.-Nr."
    positive: [
      term(1, words('natreg( ?(nr|n|nummer))?|nat reg (nr|n|nummer)|nationalreg( ?(nr|nummer))?')),
      // The national or BIS number's length as its only description: "11 digits, no dots", "11 chiffres".
      term(0.8, /^11 (digits|chiffres|cijfers|ziffern)\b/),
    ],
    negative: [],
  },
  insurer: {
    positive: [
      // Membership numbers: "Member ID", "Aansluitingsnr.", "Aansl.nr.", "Mitgl.-Nr.", "Lidnummer".
      term(0.9, words(
        'member (id|number|no|nr|#)|membership (id|number|no|nr)|subscriber id|aansluitings? ?(nr|nummer)|aansl ?(nr|nummer|n)|' +
        'lidnummer|lid ?nr|mitgl ?(nr|nummer)|mitglieds? ?nr|mitgliedsnr|n d affiliation|numero d affiliation|' +
        'affiliation (number|no|nr)|aansluitingsnummer',
      )),
    ],
    negative: [],
  },
  cpas: {
    positive: [
      // English for the CPAS and its file: "Welfare centre", "Welfare case number".
      term(1, words('(public )?(social )?welfare (centre|center|office|case|file)s?( \\w+)?|welfare (reference|ref)')),
    ],
    // The social worker is a person at the CPAS, not the request, file or guarantee.
    negative: [words('assistant(e|es|s)?( e)?( s)? socia\\w*( e)?|travailleu(r|se)s? socia\\w*|maatschappelijk assistent\\w*|maatsch ?(werk(er|ster)|assist)\\w*|maatschappelijk werk(er|ster)\\w*|social workers?|case ?workers?|sozialarbeiter\\w*')],
  },
  payer: {
    // "Kostenträgerart", "Art des Kostenträgers": the kind of billing party.
    positive: [
      term(1, words('kostentrager(art|typ|s)?\\w*')),
      // "Derdebet.reg.", "Derde bet. reg.": the third-party payment scheme in shorthand.
      term(1, words('derde ?bet ?reg\\w*|derdebet( ?reg\\w*)?')),
    ],
    // The guarantor's relationship, name or address is another person's, not the billing choice.
    negative: [words('relationship|relation|lien|relatie|verwantschap|beziehung|verhaltnis|verwandtschaft\\w*')],
  },
  'travel-insurance': {
    // "Dossiernr. bijst.", "Bijstandsdossier": the assistance company's case in shorthand.
    positive: [
      term(1, words('(dossier ?(nr|nummer|n)?|ref) bijst\\w*|bijstandsdossier\\w*')),
      // An expatriate's cover is the travel insurer's kind: "Travel / expat cover", "Expat insurance".
      term(1, words('expat(riate)? (health )?(cover|coverage|insurance|insurer)|travel expat cover')),
    ],
    negative: [],
  },
  'arrival-date': {
    // "Sur le territoire belge depuis le", "Op het Belgisch grondgebied sinds", "Seit … in Belgien".
    positive: [
      // "Aank.dat. BE", "Arr. date BE", "Ank.-Dat. Belgien": the arrival date in Belgium in shorthand.
      term(1, /\b(aank|aankomst|arr|ank)\s?(dat|datum|date|dt)\b.*\b(be|bel|belg|belgi\w*)$/),
      // "Moved to BE", "Came to Belgium": when the stay in Belgium began.
      term(1, /\b(moved|came|arrived|relocated) to (be|bel|belg|belgium)\b/),
      term(1, /\b(territoire|grondgebied|staatsgebiet|territory|belges?|belgisch\w*|belgian)\b.*\b(depuis|sinds|seit|since)\b|\b(seit|since|depuis|sinds)\b.*\b(belgi(um|que|e|en))\b/),
    ],
    negative: [],
  },
  commune: {
    // "Woonpl.", "Wohnort": the place of residence in shorthand.
    positive: [term(1, words('woonpl|wohnsitzort|woonachtig'))],
    // "Geb.plaats", "Geb.-Ort": the place of birth.
    negative: [words('geb|gebpl\\w*|geburtsort|geboorteplaats|birthplace')],
  },
};

/** "[x] Signed by the treating doctor": a box ticked once the attestation is signed (a text box so labelled holds the signer's name). */
/** A box named only by the card ("Kaart", "Karte", "Carte", "Card"): whether the card was shown; the section says which card. */
export const CARD_BOX = whole('kaart|karte|carte|card|kaart getoond|carte vue');

/** "[x] oui, jointe au dossier" (REDCap's answer beside a caption "Attestation AMU signée"): the box's state, its caption says what. */
export const ATTACHED_BOX = whole(
  '(?:(?:oui|yes|ja) )?(?:jointe?s?|joint|attached|bijgevoegd|beigefugt|beigelegt|annexee?s?)(?: (?:au|in|to the|to|bij het|bij|zum|zur|in de|in der) (?:dossier|file|akte|patientenakte))?',
);

/** "[x] toepassen" under "Derdebetalersregeling" (LimeSurvey): a box that only says its group's scheme applies. */
export const APPLIES_BOX = whole('toepassen|toegepast|van toepassing|appliquer|applique|applicable|s applique|anwenden|angewendet|anwendbar|trifft zu|zutreffend|apply|applies|applied');

/** "Beslissing tot tenlasteneming", "Décision de prise en charge", "Kostenübernahmeentscheidung": a decision (or a request) whose section says whose. */
export const DECISION_TO_COVER = words(
  '(beslissing|decision|entscheidung|entscheid|bescheid) (tot |de |der |zur |uber (die )?|on )?(tenlasteneming|ten laste neming|prise en charge|kostenubernahme|cover(age)?)|' +
    // A box "Une prise en charge est demandée", "Tenlasteneming aangevraagd": the request, whose section says to whom.
    'prise en charge (est |a ete )?demandee|(tenlasteneming|ten laste neming) (is )?(aangevraagd|gevraagd)|kostenubernahme (wurde |ist )?(beantragt|angefragt)|(coverage|cover|guarantee) (was |has been )?requested',
);

/** "Uitgereikt op / door", "Afgeleverd door", "Délivré le / par": who issued the document (a commune, an embassy), not the patient's commune. */
export const ISSUED_BY = words(
  '(uitgereikt|afgegeven|afgeleverd|delivree?|emise?|ausgestellt|issued)( \\w+){0,3} (door|par|von|durch|by)',
);

export const SIGNED_BOX = whole(
  '(?:signed( by( the)?( treating)? (doctor|physician))?|signee?( par le medecin)?|ondertekend( door de arts)?|unterschrieben( vom arzt)?)' +
  // "[x] signed by the doctor, received" (Formily): signed, and in the hospital's hands.
  '(?: (?:and |et |en |und )?(?:received|recue?|ontvangen|erhalten|liegt vor))?',
);

/** "Présentée", "Présenté(e)" alone beside a box: the card was shown (not "Document présenté", which names the document). */
export const PRESENTED_ALONE = whole('presentee?s?|presente e|presente es');

/**
 * Who bears the co-payment: "Ticket modérateur à charge de", "Remgeld t.l.v.", "Eigenanteil
 * trägt", "Co-payment paid by" — a billing-party choice, unlike the co-payment's amount.
 */
export const CO_PAYMENT = words('ticket moderateur|remgeld|eigenanteil|selbstbehalt|co ?payment|co ?pay|copay|persoonlijk aandeel|quote part personnelle');
export const CO_PAYMENT_PAYER = words(
  'a (la )?charge (de|du|des)|ten laste (van|v)|t l v|tlv|tragt|trager|ubernimmt|paid by|payable by|borne by|payer|' +
  // "Co-payment by": who bears it
  '(co ?payment|co ?pay|copay) by|' +
  'debiteur|betaald door|te betalen door|zahlt|gezahlt (von|durch)|qui paie|wie betaalt|wer zahlt|reglee? par|acquittee? par|beglichen (von|durch)|settled by|payor',
);
export const AMOUNT = words('montants?|bedrag(en)?|betrag|betrage|amount|prix|prijs|preis|price|tarif\\w*|eur|euro|%|pourcentage|percentage|prozent');

/** "Ticket modérateur" alone (as a label): the party that bears it. */
export const CO_PAYMENT_ALONE = whole('ticket moderateur|remgeld|eigenanteil|co ?payment|copay|selbstbehalt');

/** Validity STARTS: "Début de validité", "Begin geldigheid", "Gültig ab", "Valid from" are no end date. */
export const VALIDITY_START = words(
  'debut (de )?(la )?(validite|valabilite)|date de debut de validite|begin (van de )?geldigheid|begindatum geldigheid|' +
  'geldig sinds|gultigkeitsbeginn|beginn der gultigkeit|gultig seit|validity start|start of validity|valid since|' +
  'effective (from|date)|date effective',
);

/** Dates of a request, an attestation, a certificate: generic dates the section or field before completes. */
export const DATED_ACT = words(
  // also the clerks' shorthand without the article: "DATE DEMANDE", "Date envoi", "Datum Antrag"
  'date ((d ?|de (la )?)?(envoi|demande)|de l attestation|du certificat|de la requete|de signature)|datum (des )?antrag(s|es)?|' +
  '(certificate|attestation|request|application|signature) date|date of (the )?(request|application|certificate|attestation)|' +
  'aanvraagdatum|datum (van de )?aanvraag|datum (van het )?(attest|getuigschrift)|datum attest|attestdatum|' +
  'antragsdatum|antrag (am|vom|gestellt am)|ausgestellt (am|den)|bescheinigt (am|den)|datum der bescheinigung|bescheinigungsdatum|' +
  'dat beschein\\w*|att ?dat|(envoyee?|demandee?|signee?) le|requested on|sent on|signed on|aangevraagd op|verstuurd op|aanvr( dd| datum| op)?|' +
  'ondertekend op|beantragt am|unterschrieben am|gestellt am|date signed|signed date|date of signature|date on (the )?(certificate|attestation)|demande du|aanvraag van|antrag vom|' +
  // "Aanvraag verstuurd", "Demande introduite le", "Antrag gestellt", "Request sent"
  'aanvraag (verstuurd|ingediend|verzonden)|demande (envoyee|introduite|transmise)( le)?|introduite le|ingediend op|' +
  'antrag (gesendet|eingereicht|versandt)|eingereicht am|request (sent|submitted)|submitted on|' +
  'demande de prise en charge( le| du)?|\\w*aanvraag verstuurd( op)?|tenlastenemingsaanvraag\\w*|' +
  // clinical shorthand: "Cert Dt", "Cert. date"
  'cert (dt|date)|certif dt',
);

/** A proof of something: "Attestation signée par le médecin", "Certificate received", "Bescheinigung liegt vor". */
/**
 * A place that is not the patient's commune of residence: where a document was issued ("Commune
 * de délivrance", "ausstellende Gemeinde", "Plaats van afgifte") or a part of a municipality
 * ("Deelgemeente", "Ortsteil", "District", "Section de commune"). The competent CPAS is that of the
 * municipality itself.
 */
export const NOT_THE_COMMUNE = words(
  '(commune|gemeente|gemeinde|ville|stad|stadt|municipality|town|city|lieu|plaats|ort) (de |d |van |der |of )?(la )?(delivrance|emission|afgifte|uitgifte|ausstellung|issue)|' +
  // where the patient works: "Gemeente van tewerkstelling", "Lieu de travail", "Arbeitsort"
  '(gemeente|commune|gemeinde|municipality|ort|lieu|plaats) (van |de |du |der |des |of )?(tewerkstelling|travail|arbeit|beschaftigung|employment|werk)|arbeitsort|werkplaats|lieu de travail|place of (work|employment)|' +
  'ausstellende (gemeinde|stadt|behorde)|(afgevende|uitreikende) gemeente|issuing (municipality|commune|town|city|authority)|' +
  'ausstellungsort|place of issue|deelgemeente|ortsteil|stadtteil|stadsdeel|district|borough|section de commune|ancienne commune|' +
  // A village inside the commune (East Belgium's "Ortschaft Heppenbach" in Amel), not the commune.
  'ortschaft|village|part of (the )?town|former (municipality|commune)|anc commune|section anc\\w*|par commune|durch (die )?gemeinde|door (de )?gemeente|(ausgestellt|delivree?|afgegeven|uitgereikt|issued) (von|par|door|by) (der |la |de |the )?(gemeinde|commune|gemeente|municipality|stadt|ville|stad|town|city)|weiler|hameau|gehucht|(localite|commune|gemeente|ortschaft) section|sub ?municipality|sous commune|par la commune( de)?|door de gemeente|von der gemeinde|by the (municipality|commune)|' +
    // "Par l'administration communale de": the town hall that issued a document
    'par l administration communale|door het gemeentebestuur|von der gemeindeverwaltung|by the municipal (administration|authorit\\w*)|' +
    // "Localité (postale): Bouffioulx" beside "Commune (INS): Châtelet": the post office's locality, said so.
    'localite postale|postal (locality|town|city)|' +
    // Help saying whose town it is: "Municipality that issued the document", "Gemeinde, die das Dokument ausgestellt hat".
    '(municipality|commune|town|city) (that|which) issued|(commune|ville) qui (a )?(delivre|emis)|' +
    '(gemeente|stad) die [a-z ]{0,30}(afgegeven|uitgereikt|afgeleverd)|(gemeinde|stadt) die [a-z ]{0,30}ausgestellt|' +
    // Fedasil's assigned place ("Code 207"): where the applicant must be received, not where the patient lives.
    'code 207|zugewiesene[rn]? (ort|aufnahme\\w*|struktur)|toegewezen (plaats|opvang\\w*|structuur)|lieu (d inscription )?(assigne|obligatoire)|' +
    'place obligatoire|verplichte plaats( van inschrijving)?|assigned (place|location|reception \\w+)',
);

/**
 * A guarantee of payment, which the CPAS (MediPrima) and a travel insurer's assistance company
 * both issue: alone the CPAS's, under a travel-insurance section the insurer's.
 */
export const PAYMENT_GUARANTEE = words(
  'garantie (de )?paiement|kostenzusage|payment guarantee|guarantee of payment|gop|betalingsgarantie|betalingswaarborg|zahlungsgarantie|kostengarantie',
);

/**
 * A part titled by the journey alone ("Reise", "Voyage", "Travel / private cover"): an insurer it names
 * without saying which is the travel insurer. (Only as a part's title: a lone box "Voyage" is no cover.)
 */
export const TRAVEL_PART = whole('reise|reis|voyage|travel|travel (private|expat) cover(age)?|travel cover(age)?');

/**
 * "Payor" alone, the insurance trade's word (Epic's, Cerner's coverage cards): the organisation that
 * pays under the cover the card is about, the sickness fund on one card, the travel insurer on another.
 */
export const PAYOR_ALONE = whole('payor( name)?');

/** A frontier or posted worker's S1 form: its number and validity are no field of ours ("Formular S1 gültig bis"). */
export const S1_FORM = words('formul\\w* s ?1|s ?1 formul\\w*|form s ?1|s1');

export const PROOF = words('attestations?|attest|certificats?|certificates?|bescheinigung\\w*|getuigschrift|verklaring|' +
  // a decision, for the section (the CPAS's) to say whose: "Beslissing", "Décision", "Entscheidung"
  'beslissing|decision|entscheidung|entsch|bescheid|' +
  // presented or attached ("Voorgelegd", "Vorgelegt"); French "présenté" is left out: "Document présenté" names the document
  'voorgelegd|vorgelegt|voorgel|vorgel|bijgevoegd|beigefugt|liegt( \\w+){0,2} vor|shown|showed|seen|gezien|gesehen|getoond|gezeigt|presented|produced|on file|presentee? au guichet|vue? au guichet|' +
  // a card shown ("Carte présentée", "Carte vue"), unlike "Document présenté", which names the document
  'carte (presentee|montree|produite|vue)');

/**
 * A box that removes its row: ActiveAdmin's "[x] Verwijderen" (`[_destroy]`) under a nested record, a list's
 * "Supprimer", "Löschen", "Remove". An action on the row, whatever the row is about.
 */
export const ROW_ACTION = whole(
  'verwijder(en)?|schrappen|supprimer|effacer|retirer|loschen|entfernen|delete|remove|destroy|(a )?supprimer cette ligne|delete (this )?(row|entry|record)',
);

/**
 * A copy received for the file: "[x] Copy of passport", "[x] Kopie paspoort", "[x] Copie de la carte de séjour" in a
 * list of documents received. A tick on a checklist, not the choice of the patient's document.
 */
export const COPY_OF = /^(copy|copie|kopie|kopij|abschrift|fotokopie|photocopie|scan)( (of|du|de|de la|des|d|van|van de|van het|der|des|vom|von))? /;

/**
 * An order to leave the territory (annexe 13) and its deadline: not the end of a residence
 * document's validity.
 */
export const ORDER_TO_LEAVE = words(
  'ordre de quitter( le territoire)?|oqt|bevel om het grondgebied te verlaten|bevel om te verlaten|ausreiseaufforderung|' +
  'ausreisefrist|ausreisepflicht|abschiebung\\w*|order to leave( the territory)?|removal order|deportation|' +
  'delai de depart|vertrektermijn',
);

/** "Nationaliteit contactpers.", "Nationalität Kontaktpers.": another person in shorthand. */
export const OTHER_PERSON_SHORT = words('contactpers|kontaktpers|contact pers|pers de contact|pers a prevenir|angeh|begleitpers|vertrouwenspers');

/** "N° d'inscription", "Inschrijvingsnr.", "Registration number": a number the section says whose (the insurer's membership…). */
export const NUMBER_EXTRA = whole(
  `${NUM} d (inscription|affiliation|adhesion)|${NUM} (d )?inscription|registration (number|no|nr)|inschrijvings? ?(nr|nummer)|` +
  `${NUM} (van )?inschrijving|inschr ?(nr|nummer)|anmelde ?(nr|nummer)|mitgl(ieds)? ?(nr|nummer)|member (nbr|number|no|nr|id)|subscriber (nbr|number|no|id)`,
);

/** "Gült. bis", "Verv.dat.", "Exp. dat." alone: an end date the section or the field before says whose. */
/** "N° de dossier", "Dossiernummer", "Case number": a file's number, the CPAS's or the assistance's only right after their field. */
export const FILE_NUMBER = whole(`ref|reference|referentie|referenz|ref (n|nr|no|number|nummer)|file|file (n|no|nr)|${NUM} (de )?dossier|dossier ?(nr|nummer|number)|(case|file) (number|no|nr|ref|reference)|(assistance )?fallnummer|fall ?nr|(assistance|assistenz) (case|file|dossier|fall) ?(n|no|nr|number|nummer|ref)?|aktenzeichen|az|akz|gz|geschaftszeichen|ref(erence)? (du )?dossier( social| sociaal)?|dossier ?ref\\w*|dossierreferentie`);

export const END_EXTRA = whole('gult bis|gultig bis|gueltig bis|guelt bis|g bis|verv dat|vervaldat|exp dat|ablaufdat|val jusqu|val jusqu au|geldig t');

/**
 * The result of an insurability check ("Verzekerbaarheid nagekeken via MyCareNet", "Versicherbarkeit
 * geprüft", "MyCareNet status"): a status, neither the insurer nor the membership number.
 */
const INSURABILITY = '(assurabilite|verzekerbaarheid|versicherbarkeit|insurability|eligibility|mycarenet)';
const CHECKED = '(verifiee?|controlee?|verification|nagekeken|gecontroleerd|geverifieerd|controle|gepruft|uberpruft|prufung|checked|verified|check|status|statut|resultat|resultaat|result|ergebnis)';
/** A consent to share data ("Patient agrees to share data with the CPAS"): names the CPAS, is no CPAS field. */
export const CONSENT = /\b(agrees?|consents?|accepte|akkoord|stemt in|einverstanden|toestemming|consentement|einwilligung)\b.*\b(share|partag\w*|transm\w*|delen|doorgeven|weiter\w*|data|donnees|gegevens|daten)\b/;

/** "Versicherbarkeit (MyCareNet)": insurability as MyCareNet answers it, a status too. */
const INSURABILITY_WORD = '(assurabilite|verzekerbaarheid|versicherbarkeit|insurability)';
export const INSURABILITY_CHECK = words(
  `${INSURABILITY}( \\w+){0,2} ${CHECKED}|${CHECKED} (\\w+ ){0,3}${INSURABILITY}|${INSURABILITY_WORD} (\\w+ ){0,2}mycarenet|mycarenet (\\w+ ){0,2}${INSURABILITY_WORD}`,
);

/** A table of earlier stays (its caption or label): "Séjours antérieurs", "Vorige opnames", "Previous admissions". */
export const HISTORY = /\b(sejours? anterieurs?|admissions? anterieures?|sejours? precedents?|historique( des sejours| des admissions)?|historiek|vorige (opnames?|opnamen|verblijven)|eerdere (opnames?|verblijven)|fruhere (aufenthalte|aufnahmen)|vorherige (aufenthalte|aufnahmen)|previous (stays|admissions|visits|encounters)|past (stays|admissions|visits|encounters)|(stay|admission|visit|encounter) history)\b/;

/** A box's own title or name that calls it the postcode, and one that also names the town ("zipCity"). */
export const POSTCODE = /\b(postcode|postcd|postnr|code postal|plz|postleitzahl|zip( code)?|postal code)\b/;
export const TOWN = /\b(city|town|ort|ville|localite|commune|gemeente|gemeinde|plaats|woonplaats|wohnort)\b/;

/** An attestation: the AMU's, also under a section that names the CPAS first ("Datum der Bescheinigung" under "Kostenübernahme"). */
export const ATTESTATION = /\b(attestation|attest|certificat|certificate|cert|bescheinigung)\b/;
/** A request, a decision: the CPAS's, also under a section that names the AMU first (also inside compounds: "Tenlastenemingsaanvraag"). */
export const REQUEST = /(demandee?|aanvraag|aanvr|aangevraagd|antrag|beantragt|request(ed)?|beslissing|decision|entscheidung|bescheid)\b/;

/**
 * "Patient ohne belgische Krankenversicherung", "Patiënt zonder Belgische verzekering", "Uninsured
 * patient": a form's title about a patient who has no cover, not a part about the insurer.
 */
export const UNINSURED = /\b(sans|zonder|ohne|without|kein\w*|geen)\b.{0,30}\b(ziekte|kranken)?(assurance|assurabilite|couverture|mutuelle|mutualite|verzekering|ziekenfonds|versicherung|krankenversicherung|krankenkasse|insurance|cover|coverage)\b|\b(onverzekerd\w*|unversichert\w*|uninsured|non assure\w*|niet verzekerd\w*|nicht versichert\w*|no ((belgian|health|medical|national) )*(insurance|cover(age)?)|not insured)\b/;
