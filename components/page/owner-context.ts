/**
 * Whose field is it? The patient's nationality, commune, national number or residence document
 * are what we look for; the same words about someone or something else are traps: "Nationalité
 * du contact", "Gemeinde des Hausarztes", "Commune du débiteur", a "Staatsangehörigkeit" under
 * the legend "Bezugsperson", a grid under "Personnes à prévenir". And an expiry is a residence
 * or identity document's only if it is not tied to another object: "Überweisung gültig bis",
 * "Referral letter valid until", "Carte de parking — valable jusqu'au" are not.
 *
 * Words here complement `OTHER_PERSON` in vocabulary.ts (which every person kind already
 * rejects); all are matched on `normalizeText` output.
 */
import type { FieldKind } from './field-kinds';
import { normalizeText } from './normalize-text';
import { IDENTITY_PAPER_NOUN, OTHER_PERSON as OTHER_PERSON_WORDS, RESIDENCE_DOCUMENT_NOUN, whole, words } from './vocabulary';

/** The kinds that describe the patient as a person: another owner cancels them. */
export const OWNED_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'nationality', 'national-number', 'residence-document', 'document-number', 'document-expiry', 'arrival-date', 'commune',
]);

/**
 * Other people and parties, in a label or a section heading (inflected forms included:
 * "des Hausarztes", "der Bezugsperson", "personnes à prévenir").
 */
export const OTHER_OWNER = words(
  // people to notify, trusted persons, relatives
  'personnes? (a prevenir|a contacter|de confiance|de reference|responsables?)|' +
  '(te )?verwittigen|te contacteren( personen| persoon)?|vertrouwenspersonen|vertrouwenspersoon|referentiepersoon|' +
  'familieleden|familielid|naasten?|' +
  'bezugspersonen|bezugsperson|vertrauensperson(en)?|ansprechpartner\\w*|ansprechperson(en)?|' +
  'angehorige\\w*|familienangehorige\\w*|verwandte\\w*|zu benachrichtigen\\w*|im notfall|' +
  'persons? to (notify|contact)|relatives?|family members?|in case of emergency|kin|' +
  // a tracker's or CRM's relationships between people ("Add relationship – register person")
  'relationships|(add|new|register|create) (a )?relationship|(ajouter|nouvelle) (une )?relation|relatie toevoegen|nieuwe relatie|' +
  'beziehung (hinzufugen|anlegen)|neue beziehung|' +
  'membres? de la famille|famille|' +
  // German genitives of the people OTHER_PERSON names: "des Vaters", "des Ehemannes", "des Vormunds"
  'vaters|ehemann(e)?s|partners|vormund(e)?s|elternteils?|begleiters|arbeitgebers|' +
  // someone who came with the patient, as a kiosk asks it
  'companions?|accompanying (person|adult|relative)|(someone|somebody|person|people) (who (came|is|are) )?with you|' +
  // a form or dialog creating a contact record ("Quick Create: Contact", "Nouveau contact", "Kontakt anlegen")
  '(quick create|create|new|add|edit|nouveau|nouvelle|ajouter|creer|modifier|nieuwe?|toevoegen|bewerken|neuer?|neuen|bearbeiten) (a )?(contact|kontakt)s?(?! (details|info\\w*|gegevens|daten|data))|' +
  '(contact|kontakt) (toevoegen|ajouter|anlegen|hinzufugen|bearbeiten)|' +
  // legal representatives
  'administrat(eur|rice) (provisoire|de biens)|curat(eur|rice)|mandataire|bewindvoerder|mandataris|' +
  'betreuer\\w*|bevollmachtigte\\w*|sachwalter|legal representative|power of attorney|' +
  // doctors and their practice (inflected German)
  'medecins?( (traitant|generaliste|referent|envoyeur|prescripteur))?|hausarzt\\w*|arztes|arzte|' +
  'verwijzer|verwijzende? arts|zuweiser\\w*|uberweisende\\w*|referring (physician|doctor)|general practitioner|' +
  // the insured person of whom the patient is a dependant, the debtor, the employer
  'assure principal|ouvrant droit|hoofdverzekerde|titularis|main insured|primary insured|' +
  'schuldenaar|schuldner\\w*|arbeitgeber\\w*|werkgevers?|employeurs?|' +
  // the billing party: its address is not the patient's
  'betaler|payeur|payer|payor|zahler\\w*|kostentrager\\w*|rechnungsempfanger\\w*|tiers payant|derde ?betaler\\w*',
);

/**
 * Qualifiers that make a label (not a section) someone else's: "Nationalité du contact",
 * "Nationaliteit contact", "Commune du cabinet", "Gemeente praktijk". A section titled
 * "Contact" may well hold the patient's own address, so these count in the label only.
 */
export const OTHER_OWNER_IN_LABEL = words(
  'contacts?|kontakt(s|es|person)?|cabinet|praktijk|praxis|practice|surgery|siege( social)?|zetel|firmensitz',
);

/** A label about someone or something other than the patient. */
export function labelNamesOtherOwner(t: string): boolean {
  return OTHER_OWNER.test(t) || OTHER_OWNER_IN_LABEL.test(t);
}

/**
 * A grid column saying how each row's person is related to the patient ("Relationship",
 * "Lien de parenté", "Relatie", "Verwandtschaftsgrad"): its rows are contacts or relatives, and
 * their nationality or municipality is not the patient's. The whole header only: "Relation avec
 * le titulaire" in a form is a field of the patient's own cover.
 */
const RELATIONSHIP_COLUMN = whole(
  'lien|lien de parente|parente|relation|lien avec le patient|relatie|verwantschap|verwantschapsgraad|relatie tot (de )?patient|' +
  'beziehung|verwandtschaft|verwandtschaftsgrad|verhaltnis|beziehung zum patienten|relationship|kinship|relationship to (the )?patient',
);

/** The header of a column saying how each row's person is related to the patient, or ''. */
export function relationshipColumn(headers: readonly string[]): string {
  return headers.find((h) => RELATIONSHIP_COLUMN.test(normalizeText(h))) ?? '';
}

/** A section heading about someone other than the patient. */
export function sectionNamesOtherOwner(t: string): boolean {
  return OTHER_OWNER.test(t);
}

/**
 * Objects with a validity of their own that are no identity or residence document: a referral,
 * a prescription, an appointment, a parking or visitor card, a voucher, a quote, a consent, a
 * bank card, a sick note.
 */
export const OTHER_OBJECT = words(
  // referral, prescription, appointment
  'lettre (de renvoi|d envoi|de reference)|renvoi|ordonnances?|prescriptions?|rendez vous|rdv|convocation|' +
  'verwijsbrief|verwijzing|verwijsbriefje|voorschrift\\w*|afspraak|afspraken|oproeping|' +
  'uberweisung\\w*|einweisung\\w*|verordnung\\w*|rezept\\w*|termin\\w*|' +
  'referral\\w*|appointments?|booking|reservation|reservering|reservatie|reservierung|' +
  // parking, visitors, badges, vouchers, subscriptions
  'parking|stationnement|parkeer\\w*|park(schein|ausweis|karte|platz|ticket)\\w*|visiteurs?|bezoekers?\\w*|' +
  'besucher\\w*|visitors?|badge|voucher|bon|coupon|gutschein\\w*|abonnement|abo|subscription|' +
  // quotes, consents, bank and loyalty cards, sick notes, vaccinations, warranties
  'devis|offerte|bestek|kostenvoranschlag|quote|quotation|estimate|consentement|toestemming|einwilligung|consent|' +
  'bancaire|bankkaart|kredietkaart|kreditkarte|credit card|debit card|fidelite|loyalty|' +
  'incapacite|arret de travail|arbeidsongeschikt\\w*|arbeitsunfahig\\w*|krankschreibung|sick (note|leave)|' +
  'vaccin\\w*|impf\\w*|warranty|garantie technique|' +
  // a CMS record's publication dates (TYPO3's "Veröffentlichungsdaten", Plone's "Publishing dates")
  'publication\\w*|publicatie\\w*|veroffentlichung\\w*|publishing|publish',
);

/** An invoice or advance payment: its date or due date ("Échéance" under "Facture", "Vervaldag voorschot") is no document's. */
export const BILLING = words(
  'factur\\w*|factuur\\w*|rechnung\\w*|invoices?|billing|voorschot\\w*|acompte|anzahlung|falligkeit\\w*|' +
  'paiement|betaling|zahlung|payment',
);

/** The label names an identity or residence document, whose expiry or number it may be. */
export function namesDocument(t: string): boolean {
  return RESIDENCE_DOCUMENT_NOUN.test(t) || IDENTITY_PAPER_NOUN.test(t);
}

/** "Überweisung gültig bis", "N° de la carte de parking": another object's, not a document's. */
export function labelNamesOtherObject(t: string): boolean {
  return OTHER_OBJECT.test(t) && !namesDocument(t);
}

/** The patient's own matters, as one part of a section heading ("Séjour et médecin"). */
const PATIENT_SIDE = words(
  'patient(e|in)?|sejour|verblijf|aufenthalt|stay|admission|opname|aufnahme|hospitali\\w*|identite|identiteit|identitat|' +
  'identity|donnees personnelles|persoonsgegevens|personalien|personal (data|details)|' +
  // the patient's situation in Belgium: "Belgien / Kostenträger" (a tab of residence and covers)
  'belgique|belgie|belgien|belgium',
);
const SECTION_PARTS = /\s(?:et|en|und|and|y)\s|\s*[&/,+|–—]\s*|\s-\s/i;

/**
 * "Séjour et médecin", "Patient / Hausarzt": a heading that joins the patient's own matter to
 * another person's does not make every field under it the other person's (the label says whose).
 */
export function alsoNamesPatientSide(raw: string): boolean {
  const parts = raw.split(SECTION_PARTS).map(normalizeText);
  return parts.length > 1 && parts.some((part) => PATIENT_SIDE.test(part) && !sectionNamesOtherOwner(part) && !OTHER_PERSON_WORDS.test(part));
}

/**
 * "Their nationality", "Municipality where they live", "Leur nationalité", "Hun nationaliteit": a
 * question about a third person. On a page that speaks to the patient ("you", "vous", "uw"), the
 * patient is "you" and "they" is someone else (a companion); a clerk's form may say "they" of
 * the patient, so the pronoun counts only beside a second person in the section.
 */
const THIRD_PERSON = words('their|theirs|they|them|leurs?|ils|elles|eux|hun|hen');
const SECOND_PERSON = words('you|your|yours|vous|votre|vos|uw|jouw|jij|dein\\w*');

export function asksAboutThirdPerson(label: string, sectionTexts: readonly string[]): boolean {
  return THIRD_PERSON.test(normalizeText(label)) && sectionTexts.some((t) => SECOND_PERSON.test(normalizeText(t)));
}
