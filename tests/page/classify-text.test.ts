// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../components/page/classify-text';
import { identifierWords, isGeneratedIdentifier, normalizeText } from '../../components/page/normalize-text';

const kindOf = (label: string, role: 'text' | 'choice' = 'text') => classifyText(label, role).kind ?? null;

describe('normalizeText', () => {
  it.each([
    ['N° de la Mutualité :', 'n de la mutualite'],
    ['Staatsangehörigkeit', 'staatsangehorigkeit'],
    ['Straße', 'strasse'],
    ["Date d'arrivée", 'date d arrivee'],
    ['Carte F+', 'carte f+'],
    ['ÖSHZ', 'oshz'],
  ])('%s → %s', (raw, normalised) => expect(normalizeText(raw)).toBe(normalised));
});

describe('identifier words (name/id tokens)', () => {
  it.each([
    ['patientNationality', 'patient nationality'],
    ['ctl00_ContentPlaceHolder1_txtNationalite', 'nationalite'],
    ['txtnationalite', 'nationalite'],
    ['date_expiration_titre', 'date expiration titre'],
    ['rows[12].niss', 'rows niss'],
    ['j_idt12:kk', 'kk'],
    ['mat-input-12', ''],
    ['ext-gen1031', ''],
    ['react-select-3-input', ''],
    [':r1:', ''],
    ['ember482', ''],
  ])('%s → "%s"', (id, words) => expect(identifierWords(id)).toBe(words));

  it.each(['mat-input-12', 'ext-gen123', 'react-select-3-input', ':r1:', 'gwt-uid-7', 'pn_id_12', '__BVID__44'])('%s is generated', (id) =>
    expect(isGeneratedIdentifier(id)).toBe(true),
  );
});

describe('labels that name a kind', () => {
  it.each([
    // nationality
    ['Nationalité', 'nationality'],
    ['Nationaliteit', 'nationality'],
    ['Staatsangehörigkeit', 'nationality'],
    ['Nationality', 'nationality'],
    ['Citizenship', 'nationality'],
    // residence document
    ['Titre de séjour', 'residence-document'],
    ['Type de document', 'residence-document'],
    ['Verblijfsdocument', 'residence-document'],
    ['Soort kaart', 'residence-document'],
    ['Aufenthaltstitel', 'residence-document'],
    ['Art des Aufenthaltstitels', 'residence-document'],
    ['Residence permit', 'residence-document'],
    ['Immigration status', 'residence-document'],
    ['Pièce d\'identité', 'residence-document'],
    // document number
    ['N° du titre de séjour', 'document-number'],
    ['Numéro de passeport', 'document-number'],
    ['Kaartnummer', 'document-number'],
    ['Dokumentnummer', 'document-number'],
    ['Ausweisnummer', 'document-number'],
    ['Card number', 'document-number'],
    ['Passeport', 'document-number'],
    ['Numéro imprimé sur le document', 'document-number'],
    ['Nummer op de kaart', 'document-number'],
    // document expiry
    ["Valable jusqu'au", 'document-expiry'],
    ["Date d'expiration du titre de séjour", 'document-expiry'],
    ['Date de fin de validité', 'document-expiry'],
    ['Geldig tot', 'document-expiry'],
    ['Vervaldatum', 'document-expiry'],
    ['Gültig bis', 'document-expiry'],
    ['Ablaufdatum', 'document-expiry'],
    ['Expiry date', 'document-expiry'],
    // national number
    ['NISS', 'national-number'],
    ['N° registre national', 'national-number'],
    ['Rijksregisternummer', 'national-number'],
    ['INSZ', 'national-number'],
    ['Nationalregisternummer', 'national-number'],
    ['Erkennungsnummer der sozialen Sicherheit', 'national-number'],
    ['National number', 'national-number'],
    ['N° BIS', 'national-number'],
    ['BIS-nummer', 'national-number'],
    ['Numéro BIS', 'national-number'],
    ['NISS / BIS', 'national-number'],
    ['00.00.00-000.00', 'national-number'],
    // insurer
    ['Mutualité', 'insurer'],
    ['Mutuelle', 'insurer'],
    ['Organisme assureur', 'insurer'],
    ['Nom de la mutualité', 'insurer'],
    ['Ziekenfonds', 'insurer'],
    ['Verzekeringsinstelling', 'insurer'],
    ['Krankenkasse', 'insurer'],
    ['Sickness fund', 'insurer'],
    ['CAAMI', 'insurer'],
    ['HZIV', 'insurer'],
    // ehic
    ['CEAM', 'ehic'],
    ["Carte européenne d'assurance maladie", 'ehic'],
    ['EZVK', 'ehic'],
    ['Europäische Krankenversicherungskarte', 'ehic'],
    ['EHIC number', 'ehic'],
    ['N° de carte CEAM', 'ehic'],
    ['Certificat provisoire de remplacement', 'ehic'],
    // travel insurance
    ['Assurance voyage', 'travel-insurance'],
    ["Compagnie d'assistance", 'travel-insurance'],
    ['Reisverzekering', 'travel-insurance'],
    ['Reisekrankenversicherung', 'travel-insurance'],
    ['Travel insurance', 'travel-insurance'],
    // cpas
    ['CPAS', 'cpas'],
    ['OCMW', 'cpas'],
    ['ÖSHZ', 'cpas'],
    ['Réquisitoire', 'cpas'],
    ['Garantie de prise en charge', 'cpas'],
    ['Betalingsverbintenis', 'cpas'],
    ['Kostenübernahme', 'cpas'],
    ['MediPrima', 'cpas'],
    ['Commune du CPAS', 'cpas'],
    ['LOI / ILA', 'cpas'],
    ['Lokaal opvanginitiatief', 'cpas'],
    // amu
    ['AMU', 'amu'],
    ['Aide médicale urgente', 'amu'],
    ['Attestation AMU', 'amu'],
    ['DMH', 'amu'],
    ['Dringende medische hulp', 'amu'],
    ['Dringende medizinische Hilfe', 'amu'],
    ['Urgent medical aid', 'amu'],
    // payer
    ['Débiteur', 'payer'],
    ['Tiers payant', 'payer'],
    ['Te factureren aan', 'payer'],
    ['Kostenträger', 'payer'],
    ['Bill to', 'payer'],
    ['Organisme payeur', 'payer'],
    ['Mutuelle / CPAS / Patient', 'payer'],
    // arrival in Belgium
    ["Date d'arrivée en Belgique", 'arrival-date'],
    ['Entrée sur le territoire', 'arrival-date'],
    ['Aankomstdatum in België', 'arrival-date'],
    ['Einreisedatum', 'arrival-date'],
    ['Arrivé(e) en Belgique le', 'arrival-date'],
    ['Entry date (Belgium)', 'arrival-date'],
    ['Seit wann in Belgien?', 'arrival-date'],
    ['Date de validité', 'document-expiry'],
    ['Ausweis-Nr.', 'document-number'],
    ['Staatsbürgerschaft', 'nationality'],
    ['Versicherungsträger', 'insurer'],
    ['Sozialhilfezentrum', 'cpas'],
    ['Facturé à', 'payer'],
    ["N° d'affilié", 'insurer'],
    ["Date d'arrivée sur le sol belge", 'arrival-date'],
    ['Geldig t.e.m.', 'document-expiry'],
    ['Bijstandsverzekeraar', 'travel-insurance'],
    ['Te betalen door', 'payer'],
    ['Krankenkassennummer', 'insurer'],
    ['Europäische Versicherungskarte', 'ehic'],
    ['Type of stay permit', 'residence-document'],
    ['Payment responsibility', 'payer'],
    ['Date of arrival in Belgium', 'arrival-date'],
    // commune
    ['Commune', 'commune'],
    ['Gemeente', 'commune'],
    ['Wohnort', 'commune'],
    ['Municipality', 'commune'],
    ['Localité', 'commune'],
    ['CP / Localité', 'commune'],
  ] as const)('%s → %s', (label, kind) => expect(kindOf(label)).toBe(kind));
});

describe('traps: labels that share a word but are none of ours', () => {
  it.each([
    ['Gültig ab', 'German "gültig ab" is a start date'],
    ['Besuchszeit bis', 'German "bis" means until'],
    ['Datum von … bis', 'a date range'],
    ['12 bis', 'a house number'],
    ['bis', 'a lower-case "bis" beside a house number'],
    ["Date d'entrée", 'the admission date'],
    ["Date d'admission", 'the admission date'],
    ['Opnamedatum', 'the admission date'],
    ['Aufnahmedatum', 'the admission date'],
    ["Heure d'arrivée", 'the time of arrival at the hospital'],
    ['Arrivée aux urgences', 'arrival at the emergency department'],
    ['SAMU', 'AMU inside another word'],
    ['Samuel', 'AMU inside a name'],
    ['Kamuran', 'AMU inside a name'],
    ['Base légale (loi du 8 juillet 1964)', 'French "loi" is a law'],
    ['Article de loi', 'French "loi" is a law'],
    ['Date de naissance', 'birth date'],
    ['Lieu de naissance', 'birth place, not the commune'],
    ['Commune de naissance', 'birth place, not the commune'],
    ['Geboorteplaats', 'birth place'],
    ['Pays de naissance', 'country of birth, not nationality'],
    ['Nationalité de la mère', "the mother's nationality"],
    ["Father's nationality", "the father's nationality"],
    ['Nom de jeune fille de la mère', "mother's maiden name"],
    ['Numéro de dossier', 'the hospital file number'],
    ['Numéro de chambre', 'the room number'],
    ['N° de séjour', 'the hospital stay number'],
    ['Type de séjour', 'the hospital stay type'],
    ['Verblijfsduur', 'the length of the hospital stay'],
    ['Aufenthaltsdauer', 'the length of the hospital stay'],
    ['Médecin traitant', 'the GP'],
    ['N° INAMI du médecin', "the doctor's number"],
    ['Numéro de carte bancaire', 'a bank card'],
    ['Date de délivrance du titre de séjour', 'the issue date'],
    ['Assurance hospitalisation', 'private hospital cover, not the mutualité'],
    ['Hospitalisatieverzekering', 'private hospital cover'],
    ['Assistant social', "the hospital's social worker"],
    ['Service social', "the hospital's social service"],
    ['Adresse de la mutualité', "the insurer's address"],
    ['Téléphone du CPAS', "the CPAS's phone"],
    ['Mode de paiement', 'how the patient pays'],
    ['IBAN du débiteur', 'a bank account'],
    ['Gemeente van de werkgever', "the employer's municipality"],
    ['National insurance number (UK)', 'a UK number'],
    ['Password expiry date', 'not a document'],
    ['Postcode', 'the postcode'],
    ['Montant pris en charge AMU', 'an amount, not the attestation'],
    ['Adresse du CPAS', "the CPAS's address"],
    ['OCMW-adres', "the OCMW's address"],
    ['Personne de contact au CPAS', 'a person at the CPAS'],
    ['Nationaliteit echtgenoot', "the husband's nationality"],
    ['Insurance expiry date', 'an insurance, not the residence document'],
    ['Insurance card number', 'an insurance card'],
    ['Pays', 'the country of the address'],
  ])('%s is none (%s)', (label) => expect(kindOf(label)).toBeNull());
});

describe('generic labels wait for their section', () => {
  it.each([
    ['Numéro', 'number'],
    ['N°', 'number'],
    ['Nummer', 'number'],
    ['Type', 'type'],
    ['Pays émetteur', 'issuer'],
    ['Date de début', 'date'],
    ["Date d'arrivée", 'arrival'],
    ['Aankomstdatum', 'arrival'],
    ['N° de police', 'policy'],
    ['Polisnummer', 'policy'],
  ] as const)('%s → generic %s', (label, generic) => {
    const verdict = classifyText(label);
    expect(verdict.kind).toBeUndefined();
    expect(verdict.generic).toBe(generic);
  });

  it('marks an expiry or a number that names no document as overridable by its section', () => {
    expect(classifyText("Valable jusqu'au").generic).toBe('expiry');
    expect(classifyText('Numéro de carte').generic).toBe('number');
    expect(classifyText('N° du titre de séjour').generic).toBeUndefined();
  });

  it('flags a kind that rests only on "BIS"', () => {
    expect(classifyText('N° BIS').bisOnly).toBe(true);
    expect(classifyText('NISS').bisOnly).toBeUndefined();
  });
});

describe('a lone identity paper: its number in a text box, its kind in a choice', () => {
  it.each([
    ['Passeport', 'text', 'document-number'],
    ['Passeport', 'choice', 'residence-document'],
    ["Carte d'identité", 'text', 'document-number'],
  ] as const)('%s (%s) → %s', (label, role, kind) => expect(kindOf(label, role)).toBe(kind));
});
