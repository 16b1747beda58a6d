// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 55 (written blind after the fixes from sets 51
 * to 54, measured first on the detection of 1bb576f: P 0.934 / R 0.952), each on a small page of
 * its own. Guards that must stay unchanged sit beside.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('names and captions', () => {
  it('an openEHR path names a field by its last two steps, not by the form\'s root ("international_patient_intake/…")', () => {
    expect(
      kindsIn(`<div><label for="a">Issuing state</label><select id="a" name="international_patient_intake/coverage/ehic/issuing_state|code" data-t><option></option><option>Germany</option></select></div>
        <div><label for="b">Company</label><input id="b" name="international_patient_intake/coverage/travel_insurance/insurer_name" data-t></div>
        <div><label for="c">Competent centre</label><select id="c" name="international_patient_intake/social_assistance/cpas/centre|code" data-t><option></option><option>Kapellen</option></select></div>`),
    ).toEqual(['ehic', 'travel-insurance', 'cpas']);
  });

  it('a grid\'s column that rules its cells out overrules the row: "Tel. alarmcentrale" in the row "Reisverz."', () => {
    expect(
      kindsIn(`<table aria-label="Buitenlandse dekking"><thead><tr><th scope="col">Dekking</th><th scope="col">aanw.</th><th scope="col">Land / mij.</th><th scope="col">Polisnr.</th><th scope="col">Tel. alarmcentrale</th></tr></thead>
        <tbody><tr><th scope="row">EZVK</th><td><input type="checkbox" data-t></td><td><input data-t></td><td></td><td></td></tr>
        <tr><th scope="row">Reisverz.</th><td></td><td><input placeholder="Mij." data-t></td><td><input placeholder="Polisnr." data-t></td><td><input type="tel" data-t></td></tr></tbody></table>`),
    ).toEqual(['ehic', 'ehic', 'travel-insurance', 'travel-insurance', null]);
  });

  it('ng-select\'s placeholder before its search box is no caption: the label before the widget is ("Nat.")', () => {
    expect(
      kindsIn(`<div class="row"><label class="col-form-label">Nat.</label><div class="col-2"><ng-select class="ng-select"><div class="ng-select-container"><div class="ng-value-container">
        <div class="ng-placeholder">Kies…</div><div role="combobox" class="ng-input"><input type="text" autocomplete="a4d558" data-t></div></div></div></ng-select></div></div>`),
    ).toEqual(['nationality']);
  });

  it('"Doc. ID" is the document\'s number', () => {
    expect(kindsIn(`<h3>Residence status</h3><div><label for="t">Document type</label><select id="t" data-t><option>Card A</option><option>Annex 26</option></select></div><div><label for="d">Doc. ID</label><input id="d" data-t></div>`)).toEqual(['residence-document', 'document-number']);
  });

  it('"(no Belgian health insurance)" in a form\'s title makes no insurer\'s part of it', () => {
    expect(
      kindsIn(`<h1>International patient intake (no Belgian health insurance)</h1><section><h2>Address in Belgium</h2>
        <div><label for="c">Country</label><select id="c" name="country" data-t><option>Belgium</option><option>France</option></select></div></section>`),
    ).toEqual([null]);
  });
});

describe('sets 56 and 58 (measured first on the detection of 191917c: 0.972 / 0.955 and 0.953 / 0.730)', () => {
  it('a section header holding only a label titles the list of fields under it (Laserfiche); over one field\'s box it is that field\'s caption (Bitrix24)', () => {
    expect(
      kindsIn(`<li class="form-q cf-section"><div class="cf-section-header"><label class="cf-section-title">EZVK</label></div><ul class="cf-section-block">
        <li class="form-q"><label class="cf-label" for="f33"><span>Land</span></label><div class="cf-field"><input id="f33" data-t></div></li>
        <li class="form-q"><label class="cf-label" for="f34"><span>Identificatienr. kaart (8)</span></label><div class="cf-field"><input id="f34" data-t></div></li></ul></li>`),
    ).toEqual(['ehic', 'ehic']);
  });

  it('a disclosure button over the part it opens titles that part (kintone\'s group field, an accordion)', () => {
    expect(
      kindsIn(`<div><strong>Travel insurance</strong></div><div class="control"><span>Insurer</span><div><input data-t></div></div>
        <div class="group"><div class="group-label" role="button" tabindex="0" aria-expanded="false"><span>CPAS / OCMW</span></div>
        <div class="group-inner" hidden><div class="control"><span>Centre in charge</span><div><input data-t></div></div><div class="control"><span>Request sent on</span><div><input data-t></div></div></div></div>`),
    ).toEqual(['travel-insurance', 'cpas', 'cpas']);
  });

  it('a box hinted "Filtern nach … Kostenträger" filters a list, it is no payer field (RSuite)', () => {
    expect(kindsIn(`<h4>Frühere Aufenthalte</h4><div class="rs-input-group"><input class="rs-input" placeholder="Filtern nach Station oder Kostenträger" data-t></div>`)).toEqual([null]);
  });

  it('a database tool\'s insert page: the column\'s type between its name and the field is no caption, and the name cell\'s hidden input no field (phpMyAdmin)', () => {
    expect(
      kindsIn(`<table><thead><tr><th>Spalte</th><th>Typ</th><th>Null</th><th>Wert</th></tr></thead><tbody>
        <tr><td><span class="column_name">staatsang</span><input type="hidden" name="fields_name[multi_edit][0][b968]" value="staatsang"></td><td><span class="column_type">char(3)</span></td><td></td>
        <td><input type="text" name="fields[multi_edit][0][b968]" id="field_8_3" data-t></td></tr>
        <tr><td><span class="column_name">nrn</span><input type="hidden" name="fields_name[multi_edit][0][9c81]" value="nrn"></td><td><span class="column_type">char(11)</span></td>
        <td><input type="checkbox" name="fields_null[multi_edit][0][9c81]" id="field_9_2" aria-label="Den NULL-Wert für diese Spalte verwenden." data-t></td><td><input type="text" name="fields[multi_edit][0][9c81]" id="field_9_3"></td></tr>
        <tr><td><span class="column_name">wohngemeinde</span><input type="hidden" name="fields_name[multi_edit][0][4e9f]" value="wohngemeinde"></td><td><span class="column_type">varchar(80)</span></td><td></td>
        <td><input type="text" name="fields[multi_edit][0][4e9f]" id="field_15_3" data-t></td></tr></tbody></table>`),
    ).toEqual(['nationality', null, 'commune']);
    // guard: a bare "Date" in the cell to the left is a caption, not a column's type
    expect(kindsIn(`<div>Aide médicale urgente</div><table><tr><td></td><td><input type="checkbox" id="c"><span>attestation du médecin reçue</span></td></tr>
      <tr><td><span>Date</span></td><td><input type="text" data-t></td></tr></table>`)).toEqual(['amu']);
  });
});
