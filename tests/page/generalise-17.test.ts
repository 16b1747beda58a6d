// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 17 (measured blind first, after the set-16
 * fixes: P 0.931 / R 0.937), each on a small page of its own: a date in three selects under one
 * label, a card's title before its fields, proofs "showed" and "signed by the doctor", the
 * complementary hospitalisation insurance, a travel insurer's "Kostenzusage", the commune that
 * issued a document and a village, "Dossiernr. bijst.", an attestation row under a CPAS column.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('dates and titles', () => {
  it('day, month and year selects under one label without `for` are all that date', () => {
    expect(kindsIn(`<div class="form-group"><label>Valable jusqu'au</label><div><div class="form-inline">
      <select data-t><option value="">Jour</option><option>1</option></select>
      <select data-t><option value="">Mois</option><option>1</option></select>
      <select data-t><option value="">Année</option><option>2030</option></select></div></div></div>`)).toEqual(['document-expiry', 'document-expiry', 'document-expiry']);
  });

  it('a card\'s title is not the words before its first field: the street under "Domicile / Woonplaats" is no commune', () => {
    expect(kindsIn(`<div class="card"><div class="card-header">Domicile / Woonplaats</div><div class="card-body">
      <div class="row"><div class="col-md-6"><div class="mb-3"><input id="r" name="TAdm[ADM_RUE]" placeholder="Rue / Straat" data-t><div class="invalid-feedback"></div></div></div>
        <div class="col-md-2"><div class="mb-3"><input id="n" name="TAdm[ADM_NUM]" placeholder="N° / Nr." data-t><div class="invalid-feedback"></div></div></div></div>
      <div class="row"><div class="col-md-5"><div class="mb-3"><input id="c" name="TAdm[ADM_COM]" placeholder="Commune / Gemeente" data-t></div></div></div></div></div>`)).toEqual([null, null, 'commune']);
  });
});

describe('proofs and covers', () => {
  it('"Patient showed the card" under the EHIC; "Signed by the treating doctor" and "Date signed" under the AMU', () => {
    expect(kindsIn(`<div><h3>European Health Insurance Card (EHIC / UK GHIC)</h3></div>
      <fieldset><legend>Card</legend><div><input type="checkbox" id="a" data-t><label for="a">Patient showed the card</label></div></fieldset>
      <div><h3>Urgent medical aid (AMU / DMH)</h3></div>
      <fieldset><legend>Certificate</legend><div><input type="checkbox" id="b" data-t><label for="b">Signed by the treating doctor</label></div></fieldset>
      <div><label for="c">Date signed</label><input id="c" data-t></div>`)).toEqual(['ehic', 'amu', 'amu']);
  });

  it('a complementary hospitalisation insurance is no cover we bill, whatever its help text mentions', () => {
    expect(kindsIn(`<label for="a">Krankenhaus-Zusatzversicherung</label><p>Nur Zimmerzuschläge – keine Reiseversicherung.</p><select id="a" data-t><option>Keine</option></select>
      <label for="b">Hospital plan</label><select id="b" aria-describedby="h" data-t><option>None</option></select><p id="h">Not a travel policy.</p>`)).toEqual([null, null]);
  });

  it('"Kostenzusage liegt vor" under "Reiseversicherung" is the travel insurer\'s guarantee', () => {
    expect(kindsIn(`<fieldset><legend>Reiseversicherung</legend><label><input type="checkbox" data-t> Kostenzusage liegt vor</label></fieldset>`)).toEqual(['travel-insurance']);
  });

  it('"Dossiernr. bijst." is the assistance company\'s case', () => {
    expect(kindsIn(`<table><tr><td>Dossiernr. bijst.</td><td><input data-t></td></tr></table>`)).toEqual(['travel-insurance']);
  });

  it('a grid row "Attestation / Attest" under the column "CPAS / OCMW" is the AMU attestation; the row "Demande" stays the CPAS\'s', () => {
    expect(kindsIn(`<table><thead><tr><th></th><th>CPAS / OCMW</th></tr></thead><tbody>
      <tr><th>Demande / Aanvraag</th><td><input data-t></td></tr>
      <tr><th>Attestation / Attest</th><td><select data-t><option>Oui</option><option>Non</option></select></td></tr></tbody></table>`)).toEqual(['cpas', 'amu']);
  });
});

describe('places that are not the commune of residence', () => {
  it('"Ausgestellt von (Gemeinde)" and "Village / part of town"', () => {
    expect(kindsIn(`<label for="a">Ausgestellt von (Gemeinde)</label><input id="a" name="dok_gemeinde" data-t>
      <label for="b">Village / part of town</label><input id="b" data-t>`)).toEqual([null, null]);
  });
});
