// @vitest-environment happy-dom
/**
 * More rules that make detection generalise (FR/NL/DE/EN), each with its traps: label tooltips
 * with the full words, dates, numbers and proofs completed by their section or the field before,
 * the co-payment's debtor, membership numbers, English CPAS wording, arrival phrasings, Dutch
 * shorthand, search filters, insurer lists offering "self-pay", the guarantor's details,
 * validity starts, an order to leave's deadline, checkboxes whose trailing words are no label.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../components/page/classify-text';
import { clearPageAfterEach, kindsIn } from './kinds-in';

const kindOf = (label: string, role: 'text' | 'choice' = 'text') => classifyText(label, role).kind ?? null;

clearPageAfterEach();

describe('labels, one text at a time', () => {
  it.each([
    // the debtor of the co-payment is a billing-party choice…
    ['Ticket modérateur à charge de', 'payer'],
    ['Remgeld t.l.v.', 'payer'],
    ['Remgeld ten laste van', 'payer'],
    ['Eigenanteil trägt', 'payer'],
    ['Co-payment paid by', 'payer'],
    // …its amount is not
    ['Montant du ticket modérateur', null],
    ['Bedrag remgeld', null],
    ['Eigenanteil (Betrag)', null],
    ['Ticket modérateur', null],
    // membership numbers are the insurer's
    ['Member ID', 'insurer'],
    ['Membership number', 'insurer'],
    ['Aansluitingsnr.', 'insurer'],
    ['Aansl.nr.', 'insurer'],
    ['Mitgl.-Nr.', 'insurer'],
    ['Lidnummer', 'insurer'],
    ["N° d'affiliation", 'insurer'],
    // English for the CPAS, and its social worker who is not
    ['Welfare centre file reference', 'cpas'],
    ['Welfare case number', 'cpas'],
    ['Public social welfare centre', 'cpas'],
    ['Assistant(e) social(e) du CPAS', null],
    ['Social worker (OCMW)', null],
    ['Maatschappelijk assistent OCMW', null],
    // arrival in Belgium, in more phrasings; the emergency department's arrival is not
    ['Sur le territoire belge depuis le', 'arrival-date'],
    ['In België sinds', 'arrival-date'],
    ['Seit wann in Belgien?', 'arrival-date'],
    ['Op het Belgisch grondgebied sinds', 'arrival-date'],
    ['Dat. aankomst BE', 'arrival-date'],
    ['Aankomst spoed', null],
    ['Arrivée aux urgences', null],
    // Dutch and German shorthand
    ['Nr. verblijfsdoc.', 'document-number'],
    ['Vervaldat. verblijfsdoc.', 'document-expiry'],
    ['Woonpl.', 'commune'],
    ['Geb.plaats', null],
    ['NatReg-Nr.', 'national-number'],
    ['Reisverz.', 'travel-insurance'],
    ['Kostenträgerart', 'payer'],
    ['Art des Kostenträgers', 'payer'],
    // the guarantor as the billing choice, not its details
    ['Guarantor', 'payer'],
    ['Guarantor relationship to patient', null],
    ['Lien avec le garant', null],
    // a validity start, an order to leave: no document expiry or number
    ['Début de validité', null],
    ['Début de validité du titre de séjour', null],
    ['Begin geldigheid verblijfskaart', null],
    ["Échéance de l'ordre de quitter le territoire", null],
    ["Délai de l'ordre de quitter le territoire", null],
    ['Vertrektermijn bevel om het grondgebied te verlaten', null],
    ["Date d'échéance du titre de séjour", 'document-expiry'],
    // another person in shorthand
    ['Nationaliteit contactpers.', null],
    ['Staatsangeh. Kontaktpers.', null],
    ['Nationaliteit', 'nationality'],
  ])('%s → %s', (label, kind) => expect(kindOf(label)).toBe(kind));

  it.each([
    ['Ticket modérateur', 'payer'],
    ['Remgeld', 'payer'],
    ['Eigenanteil', 'payer'],
  ])('a choice labelled %s names who bears it → %s', (label, kind) => expect(kindOf(label, 'choice')).toBe(kind));

  it.each([
    ["Date d'envoi de la demande", 'date'],
    ["Date de l'attestation", 'date'],
    ['Certificate date', 'date'],
    ['Datum van het attest', 'date'],
    ['ausgestellt am', 'date'],
    ['Antrag am', 'date'],
    ['Début de validité', 'date'],
    ['Attestation signée par le médecin', 'proof'],
    ['Bescheinigung liegt vor', 'proof'],
    ["N° d'inscription", 'number'],
    ['Inschrijvingsnummer', 'number'],
    // "Gült. bis" alone is a document expiry that a section can make the EHIC's: classify-abbreviations.test.ts.
  ])('%s is a generic %s the section completes', (label, role) => {
    expect(classifyText(label).kind).toBeUndefined();
    expect(classifyText(label).generic).toBe(role);
  });

  it.each(['Attestation de domicile', 'Certificat de naissance', 'Date de naissance'])('%s stays no proof of a cover', (label) => {
    expect(classifyText(label).generic).not.toBe('proof');
  });
});

describe('a section or the field before completes dates, numbers and proofs', () => {
  it.each([
    [
      'legend AMU: "ausgestellt am"',
      '<fieldset><legend>Sozialhilfe (ÖSHZ) und dringende medizinische Hilfe</legend><label>ausgestellt am <input data-t type=date></label></fieldset>',
      ['amu'],
    ],
    [
      'CPAS region: "Date d\'envoi de la demande"',
      "<h2>Demande de prise en charge au CPAS</h2><div><label for=a>Date d'envoi de la demande</label><input id=a data-t></div>",
      ['cpas'],
    ],
    [
      'AMU region: a checkbox "Attestation signée par le médecin" and its date',
      "<section><h2>Aide médicale urgente</h2><label for=a>Attestation signée par le médecin</label><input type=checkbox id=a data-t><label for=b>Date de l'attestation</label><input id=b data-t></section>",
      ['amu', 'amu'],
    ],
    [
      'after an AMU checkbox: "Certificate date"',
      '<fieldset><h2>Social aid</h2><p><input type=checkbox id=a data-t><label for=a>Urgent medical aid certificate received</label></p><p><label for=b>Certificate date:</label><input id=b data-t></p></fieldset>',
      ['amu', 'amu'],
    ],
    [
      'after an insurer select: "N° d\'inscription"',
      "<fieldset><legend>Assurabilité</legend><label for=a>Organisme assureur</label><select id=a data-t><option>MC</option><option>Solidaris</option></select><label for=b>N° d'inscription</label><input id=b data-t></fieldset>",
      ['insurer', 'insurer'],
    ],
    [
      'after an insurer select: "N° d\'inscription" whose name only weakly says "membership"',
      "<fieldset><legend>Assurabilité — MyCareNet</legend><label for=a>Organisme assureur</label><select id=a data-t><option>MC</option><option>Solidaris</option></select><label for=b>N° d'inscription</label><input id=b name=insurancymembership/membership data-t></fieldset>",
      ['insurer', 'insurer'],
    ],
    [
      'after a document number: "Gült. bis"',
      '<table><tr><td>Ausweis-Nr.</td><td><input data-t></td></tr><tr><td>Gült. bis</td><td><input data-t></td></tr></table>',
      ['document-number', 'document-expiry'],
    ],
    [
      'after a travel insurance in Dutch shorthand: "Polisnr."',
      '<table><tr><td>Reisverz.</td><td><input data-t></td></tr><tr><td>Polisnr.</td><td><input data-t></td></tr></table>',
      ['travel-insurance', 'travel-insurance'],
    ],
    [
      'a CPAS file number and the MediPrima end after the CPAS field',
      '<div><label for=a>OCMW</label><input id=a data-t><label for=b>Nummer</label><input id=b data-t><label for=c>Einddatum</label><input id=c data-t></div>',
      ['cpas', 'cpas', 'cpas'],
    ],
    // traps
    [
      'a date named only by its name ("from") after an AMU checkbox stays none',
      '<fieldset><label for=a>Dringende medizinische Hilfe bescheinigt</label><input type=checkbox id=a data-t><label for=b>Behandlung von</label><input id=b name=from data-t></fieldset>',
      ['amu', null],
    ],
    [
      '"ausgestellt am" under the residence document is its issue date',
      '<fieldset><legend>Aufenthaltsdokument</legend><label>Dokumentnummer <input data-t></label><label>ausgestellt am <input data-t type=date></label></fieldset>',
      ['document-number', null],
    ],
    [
      '"Date de l\'attestation" under the hospital stay is nobody\'s',
      "<fieldset><legend>Séjour hospitalier</legend><label>Date d'entrée <input data-t></label><label>Date de l'attestation <input data-t></label></fieldset>",
      [null, null],
    ],
    [
      '"Début de validité" of an eID whose name says eid is no number',
      "<fieldset><legend>Carte d'identité / titre de séjour</legend><label for=a>Début de validité</label><input id=a name=patient.eid.validitydatebegin data-t><label for=b>Fin de validité</label><input id=b data-t></fieldset>",
      [null, 'document-expiry'],
    ],
  ])('%s', (_title, html, kinds) => expect(kindsIn(html)).toEqual(kinds));
});

describe('the tooltip of a shorthand label', () => {
  it.each([
    ['<td><span title="Staatsangehörigkeit">Staatsang.</span></td>', 'nationality'],
    ['<td><span title="Antrag beim ÖSHZ gestellt am">Antrag am</span></td>', 'cpas'],
    ['<td><span title="Datum der DMH-Bescheinigung">Dat. Beschein.</span></td>', 'amu'],
    ['<td><span title="Policennummer Reiseversicherung">Police RV</span></td>', 'travel-insurance'],
    ['<td><span title="Wohnort">Ort</span></td>', 'commune'],
    // traps: the tooltip of a button, another person's tooltip, no tooltip
    ['<td><span title="Staatsangehörigkeit des Angehörigen">Staatsang.</span></td>', null],
    ['<td><span>Antrag am</span><button title="Antrag beim ÖSHZ">?</button></td>', null],
    ['<td><span title="Geburtsort">Ort</span></td>', 'commune'],
    ['<td><span title="Gültig bis">Gült. bis</span></td>', 'document-expiry'],
  ])('%s', (labelCell, kind) => {
    expect(kindsIn(`<table><tr>${labelCell}<td><input data-t></td></tr></table>`)).toEqual([kind]);
  });

  it('reads the tooltip of a label[for]', () => {
    expect(kindsIn('<label for=a title="Kostenübernahme (MediPrima) Nummer">Nr.</label><input id=a data-t>')).toEqual(['cpas']);
  });
});

describe('search filters are no patient data', () => {
  it.each([
    ['a role=search form', '<form role=search><label for=a>Nationalité</label><select id=a data-t><option>Belge</option><option>Marocaine</option></select><label for=b>NISS</label><input id=b data-t></form>', [null, null]],
    ['a <search> element', '<search><label>Gemeente <input data-t></label></search>', [null]],
    ['a "Critères de recherche" fieldset', '<fieldset><legend>Critères de recherche</legend><label>Commune <input data-t></label><label>Mutualité <input data-t></label></fieldset>', [null, null]],
    ['a "Zoekcriteria" heading', '<div><h3>Zoekcriteria</h3><label>INSZ <input data-t></label></div>', [null]],
    ['a "Patientensuche" heading', '<section><h2>Patientensuche</h2><label>Staatsangehörigkeit <input data-t></label></section>', [null]],
    ['a filter label', '<table><thead><tr><th>NISS</th></tr></thead><tbody><tr><td><input aria-label="Filtrer NISS" data-t></td></tr></tbody></table>', [null]],
    ['a type=search box', '<label>NISS <input type=search data-t></label>', [null]],
    // traps: a page that merely says "search" keeps its fields
    ['a search box elsewhere on the page', '<form role=search><input type=search aria-label=Recherche></form><form><fieldset><legend>Patient</legend><label>Nationalité <input data-t></label><label>Commune <input data-t></label></fieldset></form>', ['nationality', 'commune']],
    ['a heading "Résultat de la recherche: patient"', '<section><h2>Fiche du patient (résultat de la recherche)</h2><label>NISS <input data-t></label></section>', ['national-number']],
    ['a "Search" word inside a longer section title', '<fieldset><legend>Identity (search the eID reader first)</legend><label>Nationality <input data-t></label></fieldset>', ['nationality']],
  ])('%s', (_title, html, kinds) => expect(kindsIn(html)).toEqual(kinds));
});

describe('select options and checkboxes', () => {
  it('an insurer list offering "self-pay" stays the insurer', () => {
    expect(kindsIn('<label for=a>Insurance carrier (Belgian sickness fund)</label><select id=a data-t><option>Self-pay / none</option><option>Partenamut</option><option>Solidaris</option><option>CM</option><option>Helan</option><option>CAAMI</option></select>')).toEqual(['insurer']);
  });

  it('a "Mutuelle" select offering CPAS, Fedasil and the patient is the payer', () => {
    expect(kindsIn('<label for=a>Mutuelle</label><select id=a data-t><option>Mutualité</option><option>CPAS</option><option>Fedasil</option><option>Patient</option></select>')).toEqual(['payer']);
  });

  it('a disabled checkbox labelled by its row header, whatever its trailing words', () => {
    expect(kindsIn('<table><tr><th scope=row>Attestation AMU</th><td><input type=checkbox checked disabled data-t> jointe au dossier</td></tr></table>')).toEqual(['amu']);
  });

  it('a checkbox whose own words say none stays none', () => {
    expect(kindsIn('<label><input type=checkbox data-t> Dossier complet</label>')).toEqual([null]);
  });
});

describe('a section heading that joins the patient\'s matter to another person\'s', () => {
  it.each([
    ['Séjour et médecin', "Date d'arrivée en Belgique", 'arrival-date'],
    ['Patient / Hausarzt', 'Staatsangehörigkeit', 'nationality'],
    // traps: only other people
    ['Personne de contact et médecin', 'Nationalité', null],
    ['Kontaktperson / Begleitperson', 'Staatsangehörigkeit', null],
    ['Médecin traitant', 'Commune', null],
  ])('%s: %s → %s', (legend, label, kind) => {
    expect(kindsIn(`<fieldset><legend>${legend}</legend><label>${label} <input data-t></label></fieldset>`)).toEqual([kind]);
  });
});
