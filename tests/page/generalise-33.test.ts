// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out sets 33 and 34 (written blind side by side after the
 * fixes from sets 31 and 32, measured first at e10ea9b: set 33 P 0.923 / R 0.914, set 34
 * P 0.952 / R 0.971), each on a small page of its own. Guards that must stay unchanged sit beside.
 */
import { describe, expect, it } from 'vitest';
import { createDetectionCache, detectFields } from '../../components/page/detect-fields';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

const sicknessFund = `<h4>Belgian sickness fund</h4><div><label for="f">Sickness fund</label><input id="f" data-t></div>`;

describe('a section opened by a toggle button', () => {
  it('an accordion\'s content is titled by the button that controls it (Carbon)', () => {
    expect(
      kindsIn(`${sicknessFund}<ul><li><button type="button" aria-controls="acc-1" aria-expanded="true"><div>EHIC / GHIC</div></button>
        <div><div id="acc-1"><div><input type="checkbox" id="s" data-t><label for="s">Card seen</label></div>
        <div><label for="x">Expiry (9)</label><input id="x" placeholder="dd/mm/yyyy" data-t></div></div></div></li></ul>`),
    ).toEqual(['insurer', 'ehic', 'ehic']);
  });

  it('a heading whose words are its toggle button\'s titles the fields after it (SLDS, Bootstrap accordions)', () => {
    expect(
      kindsIn(`${sicknessFund}<div><h3><button type="button"><span>Carte européenne d'assurance maladie</span></button></h3>
        <div><div><label for="p">Pays</label><input id="p" data-t></div><div><label for="n">N° d'identification (8)</label><input id="n" data-t></div></div></div>`),
    ).toEqual(['insurer', 'ehic', 'ehic']);
  });

  it('a form whose <input name="id"> shadows its id (a browser answers form.id with that input) is read by its id attribute', () => {
    // happy-dom has no named form properties: give the form the browser's behaviour by hand.
    document.body.innerHTML = `<form id="patient" action="#"><input type="hidden" name="id" value="7">
      <div><div><label for="n">Nationality</label><input id="n" data-t></div><div><label for="d">Valid until</label><input id="d" type="date" data-t></div></div></form>`;
    const form = document.querySelector('form')!;
    Object.defineProperty(form, 'id', { get: () => form.querySelector('input[name=id]') });
    const fields = detectFields(document, { cache: createDetectionCache() });
    expect(fields.map((f) => f.kind)).toEqual(['nationality', 'document-expiry']);
  });

  it('guard: a button controlling nothing titles nothing', () => {
    expect(kindsIn(`${sicknessFund}<div><button type="button">Carte européenne</button><div><label for="p">Pays</label><input id="p" data-t></div></div>`)).toEqual([
      'insurer',
      'insurer',
    ]);
  });
});

describe('a lookup\'s hint that names what it looks up', () => {
  it('"Rechercher Communes…" in a combo box named Commune__c is the commune (Salesforce lookup)', () => {
    expect(
      kindsIn(`<div role="combobox" aria-expanded="false"><div role="none"><input type="text" name="j_id0:frm:pbsAdresse:Commune__c" aria-autocomplete="list" role="textbox" placeholder="Rechercher Communes…" data-t></div></div>`),
    ).toEqual(['commune']);
  });

  it('guard: "Rechercher un patient" in a combo box is a patient search', () => {
    expect(kindsIn(`<div role="combobox"><input type="text" name="nationalite" aria-autocomplete="list" placeholder="Rechercher un patient" data-t></div>`)).toEqual([null]);
  });
});

describe('an assistance company\'s case number', () => {
  it('"Assistance-Fallnummer" under "Reiseversicherung" is the travel insurance\'s', () => {
    expect(
      kindsIn(`<div><h4>Reiseversicherung</h4><hr><table><tr><td>Versicherer</td><td><input data-t></td></tr><tr><td>Assistance-Fallnummer</td><td><input data-t></td></tr></table></div>`),
    ).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('guard: "Fallnummer" of the admission stays none', () => {
    expect(kindsIn(`<div><h4>Aufnahme</h4><label for="f">Fallnummer</label><input id="f" data-t></div>`)).toEqual([null]);
  });
});

describe('a relationship dialog registers another person (DHIS2 tracker)', () => {
  it('nationality and municipality under "Add relationship – register person" are not the patient\'s', () => {
    expect(
      kindsIn(`<div role="dialog" aria-labelledby="t"><h3 id="t">Add relationship – register person</h3><table><tr><td>Nationality</td><td><input data-t></td></tr><tr><td>Municipality of residence</td><td><input data-t></td></tr></table></div>`),
    ).toEqual([null, null]);
  });
});
