// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 22 (measured blind first, after the set-21
 * fixes: P 0.963 / R 0.954), each on a small page of its own: a company's shorthand "Cie", a
 * card shown with where its copy is kept, "Kennnr. d. Karte", the CPAS's centre named through
 * its municipality, a list header over one-field rows, and a date on the row of a
 * supplementary hospital insurance.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('covers named by their section', () => {
  it('"Cie" under "Assurance voyage" is the travel insurer', () => {
    expect(kindsIn(`<fieldset><legend>Assurance voyage / rapatriement</legend><span>Cie</span><div><input data-t></div></fieldset>`)).toEqual(['travel-insurance']);
  });

  it('a checkbox "carte présentée (copie recto/verso au dossier)" under "CEAM" is the EHIC\'s', () => {
    expect(kindsIn(`<fieldset><legend>CEAM</legend><div><input type="checkbox" data-t> <span>carte présentée (copie recto/verso au dossier)</span></div></fieldset>`)).toEqual(['ehic']);
  });

  it('"Kennnr. d. Karte" under the EHIC\'s list header is its card number', () => {
    expect(kindsIn(`<div class="list"><div class="list-header">Europäische Krankenversicherungskarte</div>
      <div class="list-item"><div class="left">Kennnr. d. Karte</div><div class="center"><input data-t></div></div></div>`)).toEqual(['ehic']);
  });
});

describe('the CPAS\'s centre is not the commune of residence', () => {
  it('"Gemeente van het centrum" under "OCMW" is the CPAS', () => {
    expect(kindsIn(`<h5>OCMW</h5><label>Bevoegd centrum <input placeholder="Gemeente van het centrum" data-t></label>`)).toEqual(['cpas']);
  });

  it('"Centre", described as "the centre of the municipality where the patient lives", under "CPAS / OCMW" is the CPAS', () => {
    expect(
      kindsIn(`<div class="card"><div class="card-header"><h6>CPAS / OCMW</h6></div><div class="card-content"><div class="grid">
        <div class="item"><div class="input-control"><div class="container"><div class="input"><input readonly aria-describedby="h" data-t><div class="adornment"><button type="button" aria-label="Open">▾</button></div></div><label class="input-label">Centre</label></div><div class="helper" id="h"><p>the centre of the municipality where the patient lives</p></div></div></div>
        <div class="item"><div class="input-control"><div class="container"><div class="input"><input data-t></div><label class="input-label">Request sent on</label></div></div></div></div></div></div>`),
    ).toEqual(['cpas', 'cpas']);
  });

  it('the commune of residence stays the commune', () => {
    expect(kindsIn(`<label for="a">Gemeente</label><input id="a" data-t>`)).toEqual(['commune']);
  });
});

describe('a section title is not the label of the first field under it', () => {
  it('"Wohnsitz" over one-field rows does not make the street the commune', () => {
    expect(
      kindsIn(`<div class="list"><div class="list-header">Wohnsitz</div>
        <div class="list-item"><input placeholder="Straße" data-t></div>
        <div class="list-item"><input placeholder="Gemeinde" data-t></div></div>`),
    ).toEqual([null, 'commune']);
  });

  it('a heading before one lone field is still its label', () => {
    expect(kindsIn(`<h5>Nationalität</h5><div><input data-t></div><h5>Vorname</h5><div><input data-t></div>`)).toEqual(['nationality', null]);
  });
});

describe('a supplementary hospital insurance', () => {
  // Both the wording ("Zusatzvers." rules the field out) and the row rule are needed here.
  it('the "gültig bis" on the row of "Zusatzvers. (Krankenhaus)" under "Krankenkasse" is its own, not the insurer\'s', () => {
    expect(
      kindsIn(`<div class="list"><div class="list-header">Krankenkasse</div>
        <div class="list-item"><div class="left">Kasse</div><div class="center"><input data-t></div></div>
        <div class="list-item"><div class="left">Zusatzvers. (Krankenhaus)</div><div class="center"><input data-t></div><div class="right">gültig bis <input type="date" aria-label="gültig bis" data-t></div></div></div>`),
    ).toEqual(['insurer', null, null]);
  });

  it('a "gültig bis" alone on its row under "Krankenkasse" stays the insurer\'s', () => {
    expect(
      kindsIn(`<div class="list"><div class="list-header">Krankenkasse</div>
        <div class="list-item"><div class="left">Kasse</div><div class="center"><input data-t></div></div>
        <div class="list-item"><div class="left">gültig bis</div><div class="center"><input type="date" data-t></div></div></div>`),
    ).toEqual(['insurer', 'insurer']);
  });
});
