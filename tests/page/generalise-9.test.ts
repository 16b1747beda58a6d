// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 9 (measured blind first: P 0.915 / R 0.909),
 * each on a small page of its own: an EHIC's issuing state, institution and numbered fields, an
 * S1 form's validity, a bare insurer under a travel section, a guarantor's number, a select's
 * typing box, a request or decision under "OCMW / DMH", a section header wrapped in a div.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe("the EHIC's fields", () => {
  it('its issuing state and institution are generic words its section completes, in Dutch and German too', () => {
    expect(kindsIn(`
      <fieldset><legend>Europese ziekteverzekeringskaart (EZVK)</legend>
        <label for="a">Land van afgifte</label><input id="a" data-t><label for="b">Identificatienr. kaart</label><input id="b" data-t></fieldset>
      <fieldset><legend>EKVK</legend><label for="c">Ausstellender Staat</label><select id="c" data-t><option>Deutschland</option></select></fieldset>`))
      .toEqual(['ehic', 'ehic', 'ehic']);
  });

  it('its numbered fields ("Feld 7", "veld 7", "champ 9") name the card, whatever the section', () => {
    expect(kindsIn(`<section><h3>Grenzgänger / ausländische Versicherung</h3>
      <label for="a">Träger (Feld 7)</label><input id="a" data-t><label for="b">Bevoegd orgaan (veld 7)</label><input id="b" data-t>
      <label for="c">Kartennummer (Feld 8)</label><input id="c" data-t><label for="d">Formular S1 gültig bis</label><input id="d" data-t></section>`))
      .toEqual(['ehic', 'ehic', 'ehic', null]);
  });
});

describe('covers and payers', () => {
  it('a bare "Versicherer" under a travel insurance section is the travel insurer; elsewhere the insurer', () => {
    expect(kindsIn(`
      <section><h3>Reiseversicherung</h3><label for="a">Versicherer</label><input id="a" data-t></section>
      <section><h3>Krankenkasse</h3><label for="b">Versicherer</label><input id="b" data-t></section>`)).toEqual(['travel-insurance', 'insurer']);
  });

  it("a guarantor's national number is neither the payer nor the patient's number", () => {
    expect(kindsIn(`<label for="a">NISS du garant</label><input id="a" data-t><label for="b">Garant</label><input id="b" data-t>`)).toEqual([null, 'payer']);
  });

  it('under "OCMW / DMH", the request sent and the decision are the CPAS\'s, the attestation the AMU\'s', () => {
    expect(kindsIn(`<section><h3>OCMW / DMH</h3>
      <div><label for="a">Aanvraag verstuurd</label><input id="a" data-t></div>
      <div><label for="b">Beslissing</label><select id="b" data-t><option>Akkoord</option></select></div>
      <div><label for="c">Datum attest</label><input id="c" data-t></div></section>`)).toEqual(['cpas', 'cpas', 'amu']);
  });
});

describe('widgets and headers', () => {
  it("a select widget's typing box (type=search, power-select, typeahead) is the field it fills, not a patient search", () => {
    expect(kindsIn(`<span id="l">Staatsangehörigkeit</span>
      <div class="ember-power-select-typeahead"><input type="search" class="ember-power-select-search-input" aria-labelledby="l" data-t></div>
      <label for="s">NISS</label><input type="search" id="s" data-t>`)).toEqual(['nationality', null]);
  });

  it('a section header wrapped in a div of its own ("webix_section") owns the grid after it', () => {
    expect(kindsIn(`<div class="webix_view webix_section"><div class="webix_section_header">Contactpersonen</div></div>
      <div role="grid"><table><tr><td>Nationaliteit</td></tr><tr><td><input aria-label="Nationaliteit" data-t></td></tr></table></div>`)).toEqual([null]);
  });

  it('a table labelled as earlier stays by its aria-label holds no field of this admission', () => {
    expect(kindsIn(`<table aria-label="Previous admissions"><tr><th>Payer</th></tr><tr><td><input data-t></td></tr></table>`)).toEqual([null]);
  });
});
