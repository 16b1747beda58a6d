// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out sets 23 and 24 (written blind side by side,
 * measured first after the set-22 fixes: P 0.954 / R 0.981 and P 0.944 / R 0.953), each on a
 * small page of its own.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('the sickness fund\'s own codes and objects beside it', () => {
  it('"CT1" and "CT2" named oa_ct1, oa_ct2 under "Mutualité belge" are the beneficiary\'s codes, not the fund', () => {
    expect(
      kindsIn(`<h5>Mutualité belge</h5><label for="a">Mutualité</label><input id="a" name="oa_name" data-t>
        <label for="b">CT1</label><input id="b" name="oa_ct1" data-t><label for="c">CT2</label><input id="c" name="oa_ct2" data-t>`),
    ).toEqual(['insurer', null, null]);
  });

  it('a "gültig bis" named ZusatzVersBis under "Krankenkasse" is the supplementary insurance\'s', () => {
    expect(
      kindsIn(`<fieldset><legend>Belgische Krankenkasse</legend>
        <div><label for="a">gültig bis</label><div><input id="a" name="ZusatzVersBis" data-t></div></div>
        <div><label for="b">gültig bis</label><div><input id="b" name="KasseBis" data-t></div></div></fieldset>`),
    ).toEqual([null, 'insurer']);
  });
});

describe('the CPAS and its centre', () => {
  it('a bare "Centre" listing towns under "CPAS compétent" is the CPAS', () => {
    expect(kindsIn(`<h5>CPAS compétent</h5><label for="a">Centre</label><select id="a" data-t><option value="">---</option><option>Boussu</option><option>Mons</option></select>`)).toEqual([
      'cpas',
    ]);
  });

  it('"Beslissing tot tenlasteneming ontvangen" under "OCMW" is the CPAS\'s decision, not a payer', () => {
    expect(kindsIn(`<fieldset><legend>OCMW</legend><input type="checkbox" id="a" data-t><label for="a">Beslissing tot tenlasteneming ontvangen</label></fieldset>`)).toEqual(['cpas']);
  });

  it('"Maatsch. werker" named ocmw.mw is the social worker, not the CPAS', () => {
    expect(kindsIn(`<fieldset><legend>OCMW</legend><label for="a">Maatsch. werker</label><input id="a" name="ocmw.mw" data-t></fieldset>`)).toEqual([null]);
  });

  it('help on the commune saying it "détermine le CPAS compétent" leaves it the commune', () => {
    expect(kindsIn(`<div><input placeholder="Localité" name="address[city]" data-t><span>? Commune du domicile : elle détermine le CPAS compétent.</span></div>`)).toEqual(['commune']);
  });

  it('"Ausgestellt von (Arzt)" under the ÖSHZ is a doctor, not the centre', () => {
    expect(kindsIn(`<fieldset><legend>ÖSHZ / DMH</legend><label for="a">Ausgestellt von (Arzt)</label><input id="a" data-t></fieldset>`)).toEqual([null]);
  });
});

describe('who issued the document is not the commune of residence', () => {
  it('"Uitgereikt op / door" with a placeholder "gemeente" under "Verblijfsdocument" is the issuer', () => {
    expect(kindsIn(`<fieldset><legend>Verblijfsdocument</legend><span id="l">Uitgereikt op / door</span><input aria-labelledby="l" placeholder="gemeente" data-t></fieldset>`)).toEqual([null]);
  });

  it('"Afgeleverd door", described as "Gemeente die de kaart afgaf", is the issuer', () => {
    expect(kindsIn(`<fieldset><legend>Verblijf</legend><label for="a">Afgeleverd door</label><input id="a" aria-describedby="h" data-t><p id="h">Gemeente die de kaart afgaf</p></fieldset>`)).toEqual([
      null,
    ]);
  });

  it('"Postcode / Gemeente" over two boxes, both tied to it by aria-labelledby: only the second is the commune', () => {
    expect(
      kindsIn(`<div class="form"><label id="l" for="a">Postcode / Gemeente</label>
        <div><div><input id="a" aria-labelledby="l" data-t></div></div><div><div><input id="b" aria-labelledby="l" data-t></div></div></div>`),
    ).toEqual([null, 'commune']);
  });
});

describe('covers and documents named by their section or options', () => {
  it('"Land van uitgifte" under "EZVK" is the EHIC\'s', () => {
    expect(kindsIn(`<fieldset><legend>EZVK</legend><label for="a">Land van uitgifte</label><input id="a" data-t></fieldset>`)).toEqual(['ehic']);
  });

  it('a switch labelled only "Kaart" under "EZVK" is whether the EHIC was shown', () => {
    expect(
      kindsIn(`<div class="field-group"><div class="field-group-header"><div class="field-group-header-title">EZVK</div></div><div class="field-group-body">
        <div class="group"><div class="group-label"><label for="s">Kaart</label></div><div class="group-control"><input type="checkbox" role="switch" id="s" data-t></div></div>
        <div class="group"><div class="group-label"><label for="n">Kaartnummer</label></div><div class="group-control"><input id="n" data-t></div></div></div></div>`),
    ).toEqual(['ehic', 'ehic']);
  });

  it('a select named residence[doc_type] listing cards is the residence document, whatever "Titre présenté" says', () => {
    expect(
      kindsIn(`<label for="a">Titre présenté</label><select id="a" name="residence[doc_type]" data-t><option value="">-- Veuillez sélectionner --</option><option>Carte A (séjour limité)</option><option>Carte F+</option><option>Annexe 26</option></select>`),
    ).toEqual(['residence-document']);
  });

  it('a date picker six boxes deep under its label "Geldig tot" (whose for names no element) is the document\'s expiry', () => {
    expect(
      kindsIn(`<section><div class="section-title">Verblijfsdocument</div><div class="group"><div class="group-label"><label for="missing">Geldig tot</label></div>
        <div class="group-control"><div class="date-picker"><div class="date-picker-input"><div class="input-group"><div class="item"><span><input aria-label="Date picker" placeholder="DD-MM-JJJJ" data-t></span></div><div class="item"><button type="button">📅</button></div></div></div></div></div></div></section>`),
    ).toEqual(['document-expiry']);
  });
});

describe('a section titled by a camel-case class', () => {
  it('"Kontaktperson" in a "ms-crm-InlineTabHeader" makes its Staatsangehörigkeit and Wohnort the contact\'s', () => {
    expect(
      kindsIn(`<div class="tab"><div class="ms-crm-InlineTabHeader"><a href="#x" title="Patient ausblenden">▼</a><span class="ms-crm-InlineTabHeaderText">Patient</span></div>
        <div class="body"><table><tr><td><label for="a">Staatsangehörigkeit</label></td><td><input id="a" data-t></td></tr></table></div></div>
        <div class="tab"><div class="ms-crm-InlineTabHeader"><a href="#y" title="Kontaktperson ausblenden">▼</a><span class="ms-crm-InlineTabHeaderText">Kontaktperson</span></div>
        <div class="body"><table><tr><td><label for="b">Staatsangehörigkeit</label></td><td><input id="b" data-t></td></tr>
        <tr><td><label for="c">Wohnort</label></td><td><input id="c" data-t></td></tr></table></div></div>`),
    ).toEqual(['nationality', null, null]);
  });
});
