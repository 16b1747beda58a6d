// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 10 (measured blind first: P 0.916 / R 0.861),
 * each on a small page of its own: radio groups asked by a web component, a cover section's
 * centre and country, requests for coverage, invoice and payment dates, a contact's undertaking,
 * filters named with the verb last.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('radio groups answer their question', () => {
  it("a web component's radios (Carbon) answer the group's legend-text: which document, who pays", () => {
    expect(kindsIn(`
      <x-radio-group legend-text="Welk verblijfsdocument legt de patiënt voor?">
        <x-radio><template shadowrootmode="open"><input type="radio" id="input" name="v" data-t><label for="input">Kaart F / F+</label></template></x-radio>
        <x-radio><template shadowrootmode="open"><input type="radio" id="input" name="v" data-t><label for="input">Geen document</label></template></x-radio>
      </x-radio-group>
      <x-radio-group legend-text="Wie betaalt?">
        <x-radio><template shadowrootmode="open"><input type="radio" id="input" name="b" data-t><label for="input">Ziekenfonds</label></template></x-radio>
        <x-radio><template shadowrootmode="open"><input type="radio" id="input" name="b" data-t><label for="input">OCMW</label></template></x-radio>
      </x-radio-group>`)).toEqual(['residence-document', 'residence-document', 'payer', 'payer']);
  });
});

describe('cover sections', () => {
  it('"Centre compétent" under the CPAS, "Land" and "Uitgevende lidstaat" under the EHIC; "Pays" in an address is none', () => {
    expect(kindsIn(`
      <section><h3>CPAS</h3><label for="a">Centre compétent</label><input id="a" data-t></section>
      <section><h3>EZVK</h3><label for="b">Land</label><select id="b" data-t><option>Frankrijk</option></select>
        <label for="c">Uitgevende lidstaat</label><input id="c" data-t></section>
      <section><h3>Adresse</h3><label for="d">Pays</label><input id="d" data-t></section>`)).toEqual(['cpas', 'ehic', 'ehic', null]);
  });

  it('a request for coverage sent is the CPAS\'s date under "OCMW en dringende medische hulp", even in one compound word', () => {
    expect(kindsIn(`<section><h3>OCMW en dringende medische hulp</h3>
      <div><label for="a">Tenlastenemingsaanvraag verstuurd op</label><input id="a" data-t></div>
      <div><label for="b">Demande de prise en charge le</label><input id="b" data-t></div></section>`)).toEqual(['cpas', 'cpas']);
  });

  it('a "Réf. dossier" after the competent CPAS is its file', () => {
    expect(kindsIn(`<table><tr><th>CPAS compétent</th><td><input data-t></td></tr><tr><th>Réf. dossier</th><td><input data-t></td></tr></table>`)).toEqual(['cpas', 'cpas']);
  });
});

describe('dates and statements that are no field of ours', () => {
  it('an invoice\'s due date is no document expiry, whatever the field is named; nor is a date under "Paiement"', () => {
    expect(kindsIn(`
      <label for="a">Vervaldatum factuur</label><input id="a" name="fin.vervaldatum" data-t>
      <section><h3>Paiement</h3><label for="b">Date d'échéance</label><input id="b" data-t></section>`)).toEqual([null, null]);
  });

  it("a contact's \"se porte garant(e) des frais\" is the contact's undertaking, not the payer field", () => {
    expect(kindsIn(`<input type="checkbox" id="a" data-t><label for="a">Se porte garant(e) des frais d'hospitalisation</label>`)).toEqual([null]);
  });

  it('a list filter named with the verb last ("Nach Kostenträger filtern") is a filter', () => {
    expect(kindsIn(`<select aria-label="Nach Kostenträger filtern" data-t><option>alle</option><option>Krankenkasse</option><option>ÖSHZ</option><option>Patient</option></select>`)).toEqual([null]);
  });
});
