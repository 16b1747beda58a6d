// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 16 (measured blind first: P 0.968 / R 0.847),
 * each on a small page of its own: bilingual labels ("N° / Nr."), a date split in day, month
 * and year under its group's name, the EHIC's numbered fields, a field's caption styled as a
 * heading, a hidden section's title, a fieldset's legend, clerk shorthand ("Nat.-code",
 * "Aank.dat. BE", "Derdebet.reg.", "Inschr.nr.", "Réf."), "Until when is it valid?", the doctor's
 * attestation under "CPAS – Aide médicale urgente", a village inside the commune.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('labels in two languages', () => {
  it('"N° / Nr.", "Pays / Land", "Compagnie / Maatschappij" take their section, as each word alone would', () => {
    expect(kindsIn(`<fieldset><legend>Titre de séjour / Verblijfsdocument</legend><label for="a">N° / Nr.</label><input id="a" data-t></fieldset>
      <fieldset><legend>CEAM / EZVK</legend><label for="b">Pays / Land</label><select id="b" data-t><option>BE</option></select></fieldset>
      <fieldset><legend>Assurance voyage / Reisverzekering</legend><label for="c">Compagnie / Maatschappij</label><input id="c" data-t></fieldset>`)).toEqual([
      'document-number',
      'ehic',
      'travel-insurance',
    ]);
  });

  it('parts that disagree leave the label as it was: "Ville / District" is not the commune', () => {
    expect(kindsIn(`<label for="a">Ville / District</label><input id="a" data-t>`)).toEqual([null]);
  });
});

describe('dates in parts', () => {
  it('"Day", "Month", "Year" in a group named by its question are that date', () => {
    expect(kindsIn(`<h2 id="q">Until when is it valid?</h2><div role="group" aria-labelledby="q">
      <label for="d">Day</label><input id="d" data-t><label for="m">Month</label><input id="m" data-t><label for="y">Year</label><input id="y" data-t></div>
      <fieldset><legend>Date of arrival in Belgium</legend><label for="d2">Day</label><input id="d2" data-t><label for="y2">Year</label><input id="y2" data-t></fieldset>`)).toEqual([
      'document-expiry',
      'document-expiry',
      'document-expiry',
      'arrival-date',
      'arrival-date',
    ]);
  });

  it('"Day" alone, outside a named group, is nothing', () => {
    expect(kindsIn(`<label for="d">Day</label><input id="d" data-t>`)).toEqual([null]);
  });

  it('an expiry that names the card\'s field 9 is the EHIC\'s, not a document\'s', () => {
    expect(kindsIn(`<label for="a">Expiry date (field 9)</label><input id="a" data-t><label for="b">Gültig bis (Feld 9)</label><input id="b" data-t>`)).toEqual(['ehic', 'ehic']);
  });
});

describe('titles and captions', () => {
  it('a caption styled "caption-text" is the field\'s label, not a section title: "Vervaldatum" under "Facturatie" is an invoice\'s', () => {
    expect(kindsIn(`<h2>Facturatie</h2><div class="field"><label class="caption-text" for="a">Vervaldatum</label><input id="a" data-t></div>`)).toEqual([null]);
  });

  it('a hidden section\'s title still names the hidden fields after it', () => {
    expect(kindsIn(`<div class="zc-section"><h2>CEAM</h2></div><div><label>Pays</label><input data-t></div>
      <div class="zc-section" hidden><h2>Assurance voyage / assistance</h2></div><div hidden><label>Compagnie</label><input data-t></div>`)).toEqual(['ehic', 'travel-insurance']);
  });

  it('a fieldset\'s legend is not the words before its first field: the street under "Wohnsitz in Belgien" is no commune', () => {
    expect(kindsIn(`<fieldset><legend>Wohnsitz in Belgien</legend><div><div><div><input placeholder="Straße und Hausnummer" data-t></div>
      <div><input placeholder="Gemeinde" data-t></div><div><input placeholder="Ortschaft" data-t></div></div></div></fieldset>`)).toEqual([null, 'commune', null]);
  });
});

describe('clerk shorthand and questions', () => {
  it('"Nat.-code", "Aank.dat. BE", "Derdebet.reg."', () => {
    expect(kindsIn(`<label for="a">Nat.-code</label><input id="a" data-t><label for="b">Aank.dat. BE</label><input id="b" data-t>
      <label for="c">Derdebet.reg.</label><input type="checkbox" id="c" data-t>`)).toEqual(['nationality', 'arrival-date', 'payer']);
  });

  it('"Inschr.nr." under the sickness fund is its membership number; "Réf." under the CPAS its file', () => {
    expect(kindsIn(`<section><h3>Ziekenfonds</h3><label for="a">Inschr.nr.</label><input id="a" data-t></section>
      <section><h3>CPAS</h3><label for="b">Réf.</label><input id="b" data-t></section>
      <section><h3>Facturation</h3><label for="c">Réf.</label><input id="c" data-t></section>`)).toEqual(['insurer', 'cpas', null]);
  });

  it('"Until when is it valid?", "Tot wanneer is het geldig?", "Bis wann ist er gültig?" ask for an expiry', () => {
    expect(kindsIn(`<label for="a">Until when is it valid?</label><input id="a" data-t><label for="b">Tot wanneer is het geldig?</label><input id="b" data-t>
      <label for="c">Bis wann ist er gültig?</label><input id="c" data-t>`)).toEqual(['document-expiry', 'document-expiry', 'document-expiry']);
  });

  it('the doctor\'s signed attestation under "CPAS – Aide médicale urgente", after a CPAS field, is the AMU attestation', () => {
    expect(kindsIn(`<div class="section"><h2>CPAS – Aide médicale urgente</h2></div>
      <div><label>Demande envoyée le</label><input data-t></div>
      <div><label>Documents reçus</label><div>
        <span><input type="checkbox" id="a" data-t><label for="a">Réquisitoire</label></span>
        <span><input type="checkbox" id="b" data-t><label for="b">Attestation signée par le médecin</label></span></div></div>`)).toEqual(['cpas', 'cpas', 'amu']);
  });
});
