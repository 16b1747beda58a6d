// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out sets 51 to 54 (written blind side by side after the
 * fixes from sets 47 to 50, measured first on the detection of 75e1af9: P 0.972 / R 0.936,
 * 0.957 / 0.982, 0.983 / 1.000, 0.991 / 0.932), each on a small page of its own. Guards that
 * must stay unchanged sit beside.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('parts and their titles', () => {
  it('a row of the fields\' own kind holding one line of words and no field titles the rows after it (Castor EDC\'s remark)', () => {
    const row = (id: string, caption: string, control: string) =>
      `<div class="FieldContainer"><div class="FieldNumber">3.${id}</div><div class="FieldLabel" id="l${id}">${caption}</div><div class="FieldInput">${control.replace('#', `aria-labelledby="l${id}"`)}</div></div>`;
    expect(
      kindsIn(`<h2>3. Insurance cover</h2>
        <div class="FieldContainer FieldContainer--remark"><div class="RemarkText">European Health Insurance Card (EHIC)</div></div>
        ${row('4', 'Country', '<select # data-t><option></option><option>Austria</option><option>Germany</option></select>')}
        <div class="FieldContainer FieldContainer--remark"><div class="RemarkText">Travel insurance</div></div>
        ${row('8', 'Company', '<input # data-t>')}${row('9', 'Policy no.', '<input # data-t>')}`),
    ).toEqual(['ehic', 'travel-insurance', 'travel-insurance']);
  });

  it('guard: a caption beside a box that holds the field alone is no title of the rows after it (Power Apps)', () => {
    expect(
      kindsIn(`<h3>Titre de séjour</h3><div class="row"><div class="cell"><span>N°</span></div><div class="cell"><input data-t></div></div>`),
    ).toEqual(['document-number']);
  });

  it('a heading element keeps its words whatever its class: "<h3 class=card__subtitle>Holiday address</h3>" titles the address under "Stay in Belgium"', () => {
    expect(
      kindsIn(`<section><h2 class="card__title">Stay in Belgium</h2><h3 class="card__subtitle">Holiday address in Belgium</h3>
        <div class="grid"><div><input placeholder="Street"></div><div><input placeholder="No." data-t></div><div><input placeholder="Box" data-t></div></div></section>`),
    ).toEqual([null, null]);
  });

  it('a number under a title naming an address is the house\'s, even under a stay\'s part', () => {
    expect(kindsIn(`<h2>Séjour en Belgique</h2><h3>Adresse de séjour</h3><div><label for="n">N°</label><input id="n" data-t></div>`)).toEqual([null]);
    // guard: under the residence permit, "N°" is the document's
    expect(kindsIn(`<h2>Séjour en Belgique</h2><h3>Titre de séjour</h3><div><label for="n">N°</label><input id="n" data-t></div>`)).toEqual(['document-number']);
  });

  it('a form\'s title about a patient without cover ("Patient ohne belgische Krankenversicherung") is no insurer\'s part', () => {
    expect(
      kindsIn(`<div class="kn-scene"><h1 class="kn-title">Neue Aufnahme – Patient ohne belgische Krankenversicherung</h1><form><div class="kn-input"><label class="kn-label">Patient</label>
        <div class="kn-address"><div><input id="city" name="city"><label for="city" class="help">Stadt / Gemeinde</label></div>
        <div class="kn-address-country"><select id="country" name="country" data-t><option>Belgien</option><option>Deutschland</option></select><label for="country" class="help">Land</label></div></div></div></form></div>`),
    ).toEqual([null]);
    // guards: under "Krankenversicherung" or "Non-EU insurance", a bare "Nr." stays the insurer's
    expect(kindsIn(`<h2>Belgische Krankenversicherung</h2><div><label for="m">Nr.</label><input id="m" data-t></div>`)).toEqual(['insurer']);
    expect(kindsIn(`<h2>Non-EU insurance</h2><div><label for="m">Member no.</label><input id="m" data-t></div>`)).toEqual(['insurer']);
  });

  it('a caption block holding only a label is the field\'s caption, not the title of a part (Bitrix24)', () => {
    expect(
      kindsIn(`<div class="ui-entity-editor-section"><div class="ui-entity-editor-section-header"><div class="ui-entity-editor-header-title"><span>Reiseversicherung</span></div></div>
        <div class="ui-entity-editor-section-content"><div class="ui-entity-editor-content-block"><div class="ui-entity-editor-block-title"><label class="ui-entity-editor-block-title-text">Versicherer</label></div>
        <div class="ui-entity-editor-content-block"><span class="ui-ctl"><input type="text" name="UF_CRM_1" data-t></span></div></div></div></div>`),
    ).toEqual(['travel-insurance']);
  });
});

describe('neighbours and what a box shows', () => {
  it('a hidden state input before a tick\'s label is no neighbour: the caption before reads through it (Bitrix24\'s "Karte vorgelegt [x] Ja")', () => {
    expect(
      kindsIn(`<div class="ui-entity-editor-section"><div class="ui-entity-editor-section-header"><div class="ui-entity-editor-header-title"><span>Europäische Krankenversicherungskarte (EKVK)</span></div></div>
        <div class="ui-entity-editor-section-content"><div class="ui-entity-editor-content-block"><div class="ui-entity-editor-block-title"><label>Karte vorgelegt</label></div>
        <div class="ui-entity-editor-content-block"><span class="fields boolean"><input type="hidden" value="0" name="UF_CRM_2"><label class="ui-ctl ui-ctl-checkbox"><input type="checkbox" value="1" name="UF_CRM_2" data-t><span>Ja</span></label></span></div></div></div></div>`),
    ).toEqual(['ehic']);
  });

  it('a dropdown\'s shown value before its search box is what it holds, not its caption (react-select under a question title)', () => {
    expect(
      kindsIn(`<div class="form-question-wrapper"><div class="question-header"><div class="question-title"><span>Nationaliteit</span></div></div>
        <div class="question-content"><div class="select__container"><div class="select__control"><div class="select__value-container">
        <div class="select__single-value">Roemenië</div><div class="select__input-container"><input class="select__input" id="react-select-2-input" role="combobox" type="text" data-t></div>
        </div></div></div></div></div>`),
    ).toEqual(['nationality']);
  });

  it('an unnamed text box hidden from assistive technology beside a select only holds its focus (Kobalte\'s HiddenSelect)', () => {
    expect(
      kindsIn(`<h3>EHIC / GHIC</h3><div role="group" class="select"><span id="sl">Issuing country</span><div aria-hidden="true" class="visually-hidden">
        <input type="text" tabindex="0" data-t><select tabindex="-1" name="ehicCountry" data-t><option></option><option>Germany</option><option>Ireland</option></select></div>
        <button type="button" aria-labelledby="sl">Ireland</button></div>`),
    ).toEqual([null, 'ehic']);
    // guard: a dialog library's aria-hidden on the whole app (a modal open) hides no field
    expect(kindsIn(`<div aria-hidden="true"><h3>EHIC / GHIC</h3><div><label>Card ID (8)<input type="text" data-t></label></div><select><option>Germany</option></select></div>`)).toEqual(['ehic']);
  });
});

describe('meaning', () => {
  it('"Depuis le" under "Présence en Belgique": since when the patient is in the country', () => {
    expect(kindsIn(`<section><h2>Présence en Belgique</h2><div><label for="d">Depuis le</label><input id="d" type="date" data-t></div></section>`)).toEqual(['arrival-date']);
    // guards: "Depuis le" under a life abroad is no arrival in Belgium; under the travel insurance it is the cover's date
    expect(kindsIn(`<section><h2>Pays de résidence</h2><div><label for="p">Pays</label><input id="p"></div><div><label for="d">Depuis le</label><input id="d" type="date" data-t></div></section>`)).toEqual([null]);
    expect(kindsIn(`<section><h2>Assurance voyage</h2><div><label for="c">Compagnie</label><input id="c" data-t></div><div><label for="d">Depuis le</label><input id="d" type="date" data-t></div></section>`)).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('a box "Une prise en charge est demandée" under "CPAS / AMU" is the request to the CPAS, not the payer', () => {
    expect(kindsIn(`<section><h2>CPAS / AMU</h2><div class="px-8"><label class="qc-check"><input type="checkbox" name="aide.demandee" data-t><span>Une prise en charge est demandée</span></label></div>
      <div class="qc-row"><label for="c">CPAS compétent</label><select id="c"><option>Binche</option><option>Mons</option></select></div></section>`)).toEqual(['cpas']);
  });

  it('"Afgegeven te [gemeente]": the place the document was issued, not the patient\'s commune', () => {
    expect(kindsIn(`<h3>Verblijfsdocument</h3><div><label for="a">Afgegeven te</label><input id="a" placeholder="gemeente" data-t></div>`)).toEqual([null]);
  });

  it('"Localité (postale)" beside the commune is the post office\'s locality', () => {
    expect(kindsIn(`<table><tr><td>Localité (postale)</td><td><input data-t></td></tr><tr><td>Commune (INS)</td><td><input data-t></td></tr></table>`)).toEqual([null, 'commune']);
  });

  it('"Debiteurnr.": the number of a debtor\'s account is not the choice of payer', () => {
    expect(kindsIn(`<div><label for="d">Debiteur</label><select id="d" data-t><option>Ziekenfonds</option><option>OCMW</option><option>Patiënt</option></select>
      <label for="n">Debiteurnr.</label><input id="n" readonly data-t></div>`)).toEqual(['payer', null]);
  });

  it('abbreviations: "Karten-Nr. (8)" under the EHIC, "Belgian reg. no.", "Inschrijvingsnr. ZF"', () => {
    expect(kindsIn(`<fieldset><legend>Europäische Krankenversicherungskarte</legend><label for="k">Karten-Nr. (8)</label><input id="k" data-t></fieldset>`)).toEqual(['ehic']);
    expect(kindsIn(`<label for="r">Belgian reg. no.</label><input id="r" data-t>`)).toEqual(['national-number']);
    expect(kindsIn(`<label for="z">Inschrijvingsnr. ZF</label><input id="z" data-t>`)).toEqual(['insurer']);
  });
});
