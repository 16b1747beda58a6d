// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 7 (measured blind first: P 0.891 / R 0.897),
 * each on a small page of its own: plural contact persons, addresses abroad, the purpose of a
 * stay, travel insurers named in words, payment guarantees, a hospital account billed to,
 * the social worker and the doctor as persons, a bare "Échéance", checkbox lists of payers.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('people who are not the patient', () => {
  it('a contact persons tab (plural "Contactpersonen") owns the nationality and commune of its grid', () => {
    expect(kindsIn(`
      <div role="tablist"><a role="tab" id="t4">Contactpersonen</a></div>
      <div role="tabpanel" aria-labelledby="t4"><table><thead><tr><th>Naam</th><th>Nationaliteit</th><th>Gemeente</th></tr></thead>
        <tbody><tr><td><input aria-label="Naam"></td><td><input aria-label="Nationaliteit" data-t></td><td><input aria-label="Gemeente" data-t></td></tr></tbody></table></div>
      <section><h2>Patiënt</h2><label for="n">Nationaliteit</label><input id="n" data-t></section>`)).toEqual([null, null, 'nationality']);
  });

  it('the social worker of the CPAS is a person, not the CPAS', () => {
    expect(kindsIn(`
      <label for="a">Assistant(e) social(e) du CPAS</label><input id="a" name="cpas_assistant" data-t>
      <label for="b">Maatschappelijk werker OCMW</label><input id="b" data-t>
      <label for="c">Sozialarbeiterin ÖSHZ</label><input id="c" data-t>
      <label for="d">CPAS compétent</label><input id="d" data-t>`)).toEqual([null, null, null, 'cpas']);
  });

  it('a text box led by a doctor holds the doctor, also when it names the attestation; the attestation box stays AMU', () => {
    expect(kindsIn(`
      <section><h3>OCMW / DMH</h3>
        <label for="a">Arts die het attest opstelt</label><input id="a" data-t>
        <label for="b">Médecin ayant rempli l'attestation AMU</label><input id="b" data-t>
        <input type="checkbox" id="c" data-t><label for="c">Attest DMH door arts ondertekend</label></section>`)).toEqual([null, null, 'amu']);
  });

  it("a guarantor's municipality is the guarantor's address, not the payer", () => {
    expect(kindsIn(`<label for="a">Guarantor municipality</label><input id="a" data-t><label for="b">Guarantor</label><input id="b" data-t>`)).toEqual([null, 'payer']);
  });
});

describe('where and why', () => {
  it('an address abroad is not the municipality of residence', () => {
    expect(kindsIn(`
      <label for="a">Permanent address abroad (city, state)</label><input id="a" data-t>
      <label for="b">Woonplaats in het buitenland</label><input id="b" data-t>
      <label for="c">City</label><input id="c" data-t>`)).toEqual([null, null, 'commune']);
  });

  it('the purpose of the stay is neither the document nor its number, whatever the field is named', () => {
    expect(kindsIn(`
      <label for="a">Purpose of stay</label><input id="a" name="visa_purpose" data-t>
      <label for="b">Aufenthaltszweck</label><input id="b" name="visum_zweck" data-t>
      <label for="c">Doel van het verblijf</label><input id="c" data-t>`)).toEqual([null, null, null]);
  });

  it('"Date entered Belgium" is the arrival', () => {
    expect(kindsIn(`<label for="a">Date entered Belgium</label><input id="a" placeholder="MM/DD/YYYY" data-t>`)).toEqual(['arrival-date']);
  });

  it('a bare "Échéance" needs its section: a due date under billing, an expiry under the residence document', () => {
    expect(kindsIn(`
      <section><h2>Facturation</h2><label for="a">Communication structurée</label><input id="a"><label for="b">Échéance</label><input id="b" data-t></section>
      <section><h2>Titre de séjour</h2><label for="c">Échéance</label><input id="c" data-t></section>`)).toEqual([null, 'document-expiry']);
  });
});

describe('travel insurers and guarantees', () => {
  it('an insurer said to be the travel one is the travel insurance, and its policy number follows', () => {
    expect(kindsIn(`<section><h2>Coverage</h2>
      <label for="a">International health insurer (expat / travel)</label><input id="a" data-t>
      <label for="b">Policy number</label><input id="b" data-t></section>`)).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('a guarantee of payment (GOP) is the travel insurer’s; a CPAS guarantee stays the CPAS’s', () => {
    expect(kindsIn(`
      <label for="a">Guarantee of payment (GOP) reference</label><input id="a" data-t>
      <label for="b">Garantie de paiement CPAS</label><input id="b" data-t>`)).toEqual(['travel-insurance', 'cpas']);
  });

  it("an assistance company's file number, and a German policy number after the travel insurer", () => {
    expect(kindsIn(`
      <table><tr><td><label for="a">Compagnie d'assistance</label></td><td><input id="a" data-t></td></tr>
        <tr><td><label for="b">N° de dossier assistance</label></td><td><input id="b" data-t></td></tr></table>
      <fieldset><legend>Reise</legend><label for="c">Reisekrankenversicherung (Gesellschaft)</label><input id="c" data-t>
        <label for="d">Policennummer</label><input id="d" data-t></fieldset>`)).toEqual(['travel-insurance', 'travel-insurance', 'travel-insurance', 'travel-insurance']);
  });
});

describe('who is billed', () => {
  it('"Hospital account billed to" and "Factuur naar" name the payer; a bank account does not', () => {
    expect(kindsIn(`
      <span id="l">Hospital account billed to</span><select aria-labelledby="l" data-t><option>Self</option></select>
      <label for="b">Factuur naar</label><select id="b" data-t><option></option></select>
      <label for="c">Account number</label><input id="c" data-t>`)).toEqual(['payer', 'payer', null]);
  });

  it('a list of checkboxes under "Les frais seront pris en charge par" is a payer choice, box by box', () => {
    expect(kindsIn(`<fieldset><legend>Les frais seront pris en charge par</legend>
      <input type="checkbox" id="a" data-t><label for="a">le patient</label>
      <input type="checkbox" id="b" data-t><label for="b">le CPAS</label>
      <input type="checkbox" id="c" data-t><label for="c">une assurance (voyage, étrangère)</label>
      <input type="checkbox" id="d" data-t><label for="d">un tiers (employeur, ambassade…)</label></fieldset>
      <fieldset><legend>Documents reçus</legend>
      <input type="checkbox" id="f" data-t><label for="f">Brochure d’accueil remise</label>
      <input type="checkbox" id="e" data-t><label for="e">Réquisitoire du CPAS</label></fieldset>`)).toEqual(['payer', 'payer', 'payer', 'payer', null, 'cpas']);
  });
});

describe('printed forms and contact persons named by prefix (held-out set 6, a tuning set)', () => {
  it("a paragraph's checkboxes answer the words before the first one, an \"autre\" box after them included", () => {
    expect(kindsIn(`
      <p>Document de séjour présenté :<br>
        <input type="checkbox" name="c1" data-t> annexe 26 / 26quinquies<br>
        <input type="checkbox" name="c2" data-t> ordre de quitter le territoire (annexe 13)<br>
        <input type="checkbox" name="c3" data-t> aucun document<br>
        autre : <input type="text" name="t1"></p>
      <p>Frais d'hospitalisation à charge de :<br>
        <input type="checkbox" name="c4" data-t> CPAS – aide médicale urgente (MediPrima)<br>
        <input type="checkbox" name="c5" data-t> mutualité<br>
        <input type="checkbox" name="c6" data-t> le patient lui-même</p>
      <p>Remarques : <input type="text" name="t2"> <input type="checkbox" name="c7" data-t> urgent <input type="checkbox" name="c8" data-t> CPAS prévenu</p>`))
      .toEqual(['residence-document', 'residence-document', 'residence-document', 'payer', 'payer', 'payer', null, 'cpas']);
  });

  it('a contact person\'s field named by its prefix (Delphi "EDTKP…", "CBKP…"; Domino "CPNat") is not the patient\'s; "cpasNr" stays the CPAS', () => {
    expect(kindsIn(`
      <span>Wohnort:</span><input name="EDTKPWOHNORT" id="EDTKPWOHNORT" data-t>
      <span>Staatsangehörigkeit:</span><select name="CBKPNATION" data-t><option>Belgien</option></select>
      <table><tr><td>Nationaliteit</td><td><input name="CPNat" data-t></td></tr>
        <tr><td>Nationaliteit</td><td><input name="PatNat" data-t></td></tr></table>
      <span>N° de dossier CPAS</span><input name="cpasNr" data-t>`)).toEqual([null, null, null, 'nationality', 'cpas']);
  });
});
