// @vitest-environment happy-dom
/**
 * The abbreviations and phrasings of components/page/vocabulary-extra.ts, in the four
 * languages, and the traps they must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../components/page/classify-text';
import { joinDottedAcronyms } from '../../components/page/vocabulary-extra';

const kindOf = (label: string, role: 'text' | 'choice' = 'text') => classifyText(label, role).kind ?? null;

describe('abbreviated labels name their kind', () => {
  it.each([
    // nationality
    ['StA', 'nationality'],
    ['StA (Staatsangehörigkeit)', 'nationality'],
    ['Staatsang.', 'nationality'],
    ['Citizensh.', 'nationality'],
    // commune
    ['Wohnsitzgem.', 'commune'],
    ['Wohnsitzgem. (Wohnsitzgemeinde)', 'commune'],
    ['Wohnsitzgemeinde', 'commune'],
    ['Woonpl.', 'commune'],
    ['Comm. de rés.', 'commune'],
    ["Commune d'inscription", 'commune'],
    ['Munic.', 'commune'],
    // document number
    ['Dok.-Nr.', 'document-number'],
    ['Dok.-Nr. (Dokumentennummer)', 'document-number'],
    ['Doc.-nr.', 'document-number'],
    ['Doc. No.', 'document-number'],
    ['N° doc.', 'document-number'],
    ['Ausw.-Nr.', 'document-number'],
    // document expiry (alone: the section says whose; the vocabulary says "an expiry")
    ['gült. bis', 'document-expiry'],
    ['Gült. bis', 'document-expiry'],
    ['Val. jusq.', 'document-expiry'],
    ["Valid. jusqu'au", 'document-expiry'],
    ['Geld. tot', 'document-expiry'],
    ['Exp. date', 'document-expiry'],
    ['Valid thru', 'document-expiry'],
    // national number
    ['N° Reg. Nat.', 'national-number'],
    ['Reg. nat.', 'national-number'],
    ['Rijksreg.nr.', 'national-number'],
    ['Nat.-Reg.-Nr.', 'national-number'],
    ['Nat. Reg. No.', 'national-number'],
    ['NR-Nr.', 'national-number'],
    ['N.I.S.S.', 'national-number'],
    // insurer (the membership number at the Belgian insurer)
    ['Vers.-Nr.', 'insurer'],
    ['Versicherten-Nr.', 'insurer'],
    ['Mitgl.-Nr.', 'insurer'],
    ['Krankenk.', 'insurer'],
    ["N° d'affil.", 'insurer'],
    ['N° affil.', 'insurer'],
    ['N° mut.', 'insurer'],
    ['Aansl.nr.', 'insurer'],
    ['Lidnr.', 'insurer'],
    ['Ziekenf.', 'insurer'],
    ['Member no.', 'insurer'],
    // travel insurance
    ['Reiseversich.', 'travel-insurance'],
    ['Reiseversich. (Reiseversicherung)', 'travel-insurance'],
    ['Ass. voy.', 'travel-insurance'],
    ['Assur. voyage', 'travel-insurance'],
    ['Reisverz.', 'travel-insurance'],
    ['Travel ins.', 'travel-insurance'],
    // cpas
    ['Kostenübern.-Nr.', 'cpas'],
    ['Kostenübern.-Nr. (Nummer der Kostenübernahme (MediPrima))', 'cpas'],
    ['Betalingsverb. nr.', 'cpas'],
    ['Réq. n°', 'cpas'],
    ['N° réquis.', 'cpas'],
    ['C.P.A.S.', 'cpas'],
    ['Fin de la garantie', 'cpas'],
    ['Date de fin de la garantie', 'cpas'],
    ['Einde waarborg', 'cpas'],
    ['Einde van de betalingswaarborg', 'cpas'],
    ['Ende der Kostengarantie', 'cpas'],
    ['Guarantee end date', 'cpas'],
    ['End of guarantee', 'cpas'],
    // amu
    ['Att. A.M.U.', 'amu'],
    ['A.M.U.', 'amu'],
    ['D.M.H.-attest', 'amu'],
    // payer
    ['Débiteur du ticket modérateur', 'payer'],
    ['Débiteur du ticket modérateur / Remgeld ten laste van', 'payer'],
    ['Remgeld ten laste van', 'payer'],
    ['Eigenanteil zu Lasten von', 'payer'],
    ['Co-payment paid by', 'payer'],
    ['Ticket modérateur à charge de', 'payer'],
    ['Kostentr.', 'payer'],
    // arrival in Belgium
    ['Arr. BE', 'arrival-date'],
    ['Arrivée BE', 'arrival-date'],
    ['Aank. BE', 'arrival-date'],
    ['Ank. BE', 'arrival-date'],
    ['Arr. in BE', 'arrival-date'],
    ['Einreise BE', 'arrival-date'],
  ])('%s → %s', (label, kind) => expect(kindOf(label)).toBe(kind));
});

describe('abbreviation traps', () => {
  it.each([
    // "gült. bis" is German "valid until", never a BIS number
    ['gült. bis', 'national-number'],
    ['Gült. bis', 'national-number'],
    ['Val. bis', 'national-number'],
    // a place of birth or an employer's municipality is not the commune of residence
    ['Geb.-Ort', 'commune'],
    ['Geb.-Ort (Geburtsort)', 'commune'],
    ['Geburtsort', 'commune'],
    ['Lieu naiss.', 'commune'],
    ['Geb.-plaats', 'commune'],
    ['AG-Gemeinde', 'commune'],
    ['AG-Gemeinde (Gemeinde des Arbeitgebers)', 'commune'],
    ['Gemeinde des Arbeitgebers', 'commune'],
    ['Gemeente werkg.', 'commune'],
    ['Gemeente werkgever', 'commune'],
    ['Commune empl.', 'commune'],
    ['Commune de l’employeur', 'commune'],
    ['Employer municipality', 'commune'],
    // a referral letter's, a consent's, a parking ticket's validity is not the document's
    ['Referral letter valid until', 'document-expiry'],
    ['Überw. gült. bis', 'document-expiry'],
    ['Überw. gült. bis (Überweisung gültig bis)', 'document-expiry'],
    ['Überweisung gültig bis', 'document-expiry'],
    ['Verwijsbrief geldig tot', 'document-expiry'],
    ['Lettre de liaison valable jusqu’au', 'document-expiry'],
    ['Toestemming gegevensdeling geldig tot', 'document-expiry'],
    ['Consentement valable jusqu’au', 'document-expiry'],
    ['Einwilligung gültig bis', 'document-expiry'],
    ['Consent valid until', 'document-expiry'],
    ['Parking valable jusqu’au', 'document-expiry'],
    ['Ordonnance valable jusqu’au', 'document-expiry'],
    // amounts of the co-payment stay amounts
    ['Montant du ticket modérateur à charge du patient', 'payer'],
    ['Remgeldbedrag ten laste van de patiënt', 'payer'],
    ['Ticket modérateur', 'payer'],
    ['Eigenanteil', 'payer'],
    // English "be" is no Belgium
    ['Entry to be confirmed', 'arrival-date'],
    ['Arrival time to be confirmed', 'arrival-date'],
    // a drip's flow rate
    ['Débit', 'payer'],
    ['Débit de la perfusion (ml/h)', 'payer'],
    // a travel insurance's number is not the Belgian insurer's
    ['Reisevers.-Nr.', 'insurer'],
    ['Ass. voy. n°', 'insurer'],
  ])('%s is not %s', (label, kind) => expect(kindOf(label)).not.toBe(kind));

  it.each([
    'Referral letter valid until',
    'Überw. gült. bis (Überweisung gültig bis)',
    'Toestemming gegevensdeling geldig tot',
    'Consentement valable jusqu’au',
  ])('"%s" is decided: no section can make it a document expiry', (label) => {
    const verdict = classifyText(label);
    expect(verdict).toMatchObject({ decided: true });
    expect(verdict.kind).toBeUndefined();
  });

  it('an abbreviated "valid until" stays a generic expiry the section completes', () => {
    expect(classifyText('gült. bis')).toMatchObject({ kind: 'document-expiry', generic: 'expiry' });
    expect(kindOf('EKVK gült. bis')).toBe('ehic');
    expect(kindOf('EKVK gült. bis (Europäische Krankenversicherungskarte)')).toBe('ehic');
  });
});

describe('dotted acronyms', () => {
  it.each([
    ['C.P.A.S.', 'CPAS'],
    ['Att. A.M.U.', 'Att. AMU'],
    ['N.I.S.S', 'NISS'],
    ['O.A.', 'OA'],
    ['N° Reg. Nat.', 'N° Reg. Nat.'],
    ['Date naiss.', 'Date naiss.'],
    ['Nationalité', 'Nationalité'],
  ])('%s → %s', (raw, joined) => expect(joinDottedAcronyms(raw)).toBe(joined));
});
