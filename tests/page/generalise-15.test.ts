// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 15 (measured blind first: P 0.978 / R 0.865),
 * each on a small page of its own: clerk shorthand ("Kasse", "Mij.", "Aanvr. dd", "File ref."),
 * a card "seen at desk", "liegt die Karte vor?", "présentée au guichet", a bare "Insurer" under
 * "Travel cover", "Third-party payment", a document issued "par la commune de".
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('covers', () => {
  it('"Kasse" is the sickness fund', () => {
    expect(kindsIn(`<label for="a">Kasse</label><input id="a" data-t>`)).toEqual(['insurer']);
  });

  it('a bare "Insurer" under "Travel cover" is the travel insurer, and so is its "Policy no."; alone it is the insurer', () => {
    expect(kindsIn(`<section><h3>Travel cover</h3><label for="a">Insurer</label><input id="a" data-t><label for="b">Policy no.</label><input id="b" data-t></section>
      <label for="c">Insurer</label><input id="c" data-t>`)).toEqual(['travel-insurance', 'travel-insurance', 'insurer']);
  });

  it('"Mij." after the travel insurance section\'s title is its company', () => {
    expect(kindsIn(`<fieldset><legend>Reisverzekering</legend><label for="a">Mij.</label><input id="a" data-t></fieldset>`)).toEqual(['travel-insurance']);
  });

  it('the card "seen at desk", "liegt die Karte vor?", "présentée au guichet" under the EHIC', () => {
    expect(kindsIn(`<fieldset><legend>European Health Insurance Card</legend><label><input type="checkbox" data-t> Card seen at desk</label></fieldset>
      <fieldset><legend>Europäische Krankenversicherungskarte</legend><label for="b">Liegt die Karte vor?</label><input type="checkbox" id="b" data-t></fieldset>
      <fieldset><legend>Carte européenne d'assurance maladie</legend><label><input type="checkbox" data-t> Présentée au guichet</label></fieldset>`)).toEqual(['ehic', 'ehic', 'ehic']);
  });
});

describe('the CPAS and the payer', () => {
  it('"File ref." under the CPAS is its file; "Aanvr. dd" after the OCMW is its request date, also after the AMU', () => {
    expect(kindsIn(`<section><h3>CPAS</h3><label for="a">File ref.</label><input id="a" data-t></section>
      <table><tr><td>OCMW</td><td><input data-t></td></tr><tr><td>Aanvr. dd</td><td><input data-t></td></tr></table>`)).toEqual(['cpas', 'cpas', 'cpas']);
  });

  it('"Third-party payment" is the payer question', () => {
    expect(kindsIn(`<label><input type="checkbox" role="switch" data-t> Third-party payment</label>`)).toEqual(['payer']);
  });
});

describe('communes', () => {
  it('a document issued "par la commune de" names no commune of residence', () => {
    expect(kindsIn(`<section><h3>Séjour en Belgique</h3><div><span>Par la commune de</span><input data-t></div></section>`)).toEqual([null]);
  });
});
