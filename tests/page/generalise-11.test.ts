// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 11 (measured blind first: P 0.952 / R 0.923),
 * each on a small page of its own: an attestation's date under a coverage section, American
 * shorthand ("Nbr", "Cert Dt", "Health Plan"), a relationship to the patient, a guarantor's
 * citizenship, a CPAS's social file, a company's shorthand.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('attestations and files under a coverage section', () => {
  it('"Datum der Bescheinigung" under "Kostenübernahme" is the AMU attestation\'s; a request there stays the CPAS\'s', () => {
    expect(kindsIn(`<section><h3>Kostenübernahme</h3>
      <div><label for="a">Datum der Bescheinigung</label><input id="a" data-t></div>
      <div><label for="b">Antrag eingereicht am</label><input id="b" data-t></div></section>`)).toEqual(['amu', 'cpas']);
  });

  it('"Réf. dossier social" under the CPAS is its file; a file number elsewhere is none', () => {
    expect(kindsIn(`<section><h3>CPAS</h3><label for="a">Réf. dossier social</label><input id="a" data-t></section>
      <section><h3>Séjour</h3><label for="b">N° de dossier</label><input id="b" data-t></section>`)).toEqual(['cpas', null]);
  });
});

describe('American and clinical shorthand', () => {
  it('"Cert Dt" under the AMU, "Health Plan" with its insurers, "Member Nbr" after the insurer', () => {
    expect(kindsIn(`
      <section><h3>Urgent Medical Aid (AMU)</h3><label for="a">Cert Dt</label><input id="a" data-t></section>
      <section><h3>Insurance</h3><div><label for="b">Health Plan</label><select id="b" data-t><option>Partenamut</option><option>Solidaris</option><option>Self Pay</option></select></div>
        <div><label for="c">Member Nbr</label><input id="c" data-t></div></section>`)).toEqual(['amu', 'insurer', 'insurer']);
  });

  it('"Maatsch." after the travel insurance is its company', () => {
    expect(kindsIn(`<fieldset><legend>Reisverzekering</legend><label for="a">Maatsch.</label><input id="a" data-t></fieldset>`)).toEqual(['travel-insurance']);
  });
});

describe("other people's details", () => {
  it('a relationship to the patient is no payer, whatever its options; a guarantor\'s citizenship is no payer either', () => {
    expect(kindsIn(`
      <label for="a">Reltn to Pt</label><select id="a" data-t><option>Self</option><option>Spouse</option><option>Employer</option><option>Other</option></select>
      <label for="b">Guarantor Citizenship</label><select id="b" data-t><option>Belgium</option></select>
      <label for="c">Guarantor</label><input id="c" data-t>`)).toEqual([null, null, 'payer']);
  });
});
