// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 14 (measured blind first: P 0.912 / R 0.905),
 * each on a small page of its own: headings as list items (Jotform) and as rows of a layout table
 * above a nested one (InfoPath), a terminal screen's ruler lines (IBM HATS), search forms named
 * "Find" or sent by a "Find" button, a table filter named by its id, "Suche …" labels, issuing
 * and sub-municipalities, the co-payment "Payor", a foreign student's insurance, 3270 shorthand.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('section titles', () => {
  it('a list item holding a heading titles the list items after it (Jotform)', () => {
    expect(kindsIn(`<ul>
      <li class="head"><div class="group"><div class="text"><h2>Reisverzekering / bijstand</h2></div></div></li>
      <li class="line"><label for="a">Maatschappij</label><div><input id="a" data-t></div></li>
      <li class="line"><label for="b">Polisnummer</label><div><input id="b" data-t></div></li></ul>`)).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('a one-cell heading row of a layout table titles a table nested below it (InfoPath repeating table)', () => {
    expect(kindsIn(`<table>
      <tr class="heading"><td colspan="4">8. PERSONNES À PRÉVENIR</td></tr>
      <tr><td colspan="4"><table><tr><th>Nom</th><th>Nationalité</th><th>Commune</th></tr>
        <tr><td><input></td><td><input data-t></td><td><input data-t></td></tr></table></td></tr></table>`)).toEqual([null, null]);
  });

  it("a terminal screen's ruler line names the fields below it", () => {
    expect(kindsIn(`<div class="row"><span> --- KONTAKTPERSON -----------------------------</span></div>
      <div class="row"><span> STAATSANGEH.:</span><input data-t><span> WOHNORT:</span><input data-t></div>
      <div class="row"><span> --- PATIENT -----------------------------</span></div>
      <div class="row"><span> STAATSANGEH.:</span><input data-t></div>`)).toEqual([null, null, 'nationality']);
  });
});

describe('searches and filters', () => {
  it('a form named "…_Find", or sent by a "Find" button, searches patients', () => {
    expect(kindsIn(`<form id="fPAPerson_Find"><label for="a">Reg No / NISS</label><input id="a" data-t></form>
      <form id="f2"><label for="b">NISS</label><input id="b" data-t><button type="submit">Zoeken</button></form>
      <form id="f3"><label for="c">NISS</label><input id="c" data-t><button type="submit">Enregistrer</button></form>
      <form id="f4"><input name="q"><input type="submit" value="Zoek"><label for="d">Rijksregisternr.</label><input id="d" data-t><input type="submit" value="Opslaan"></form>`)).toEqual([
      null,
      null,
      'national-number',
      'national-number',
    ]);
  });

  it('a select its id calls a table filter ("tableFilters.debiteur.value") is no payer', () => {
    expect(kindsIn(`<label for="tableFilters.debiteur.value">Débiteur</label><select id="tableFilters.debiteur.value" data-t><option>Tous</option><option>Mutualité</option><option>CPAS</option><option>Patient</option></select>`)).toEqual([null]);
  });

  it('"SUCHE NAME/NRN" is a search box', () => {
    expect(kindsIn(`<div><span>SUCHE NAME/NRN/FALLNR</span><input data-t></div>`)).toEqual([null]);
  });
});

describe('words', () => {
  it('issuing and sub-municipalities are not the commune of residence', () => {
    expect(kindsIn(`<label for="a">Afgegeven door (gemeente)</label><input id="a" data-t>
      <label for="b">Sub-municipality</label><input id="b" data-t>
      <div><span>AUSST.GEMEINDE</span><input data-t></div>`)).toEqual([null, null, null]);
  });

  it('"Co-payment Payor" names who bears the co-payment; "DRITTZ." is the third-party payer', () => {
    expect(kindsIn(`<label for="a">Co-payment Payor</label><select id="a" data-t><option>Patient</option><option>Sickness fund</option></select>
      <div><span>DRITTZ. (J/N)</span><input data-t></div>`)).toEqual(['payer', 'payer']);
  });

  it("a foreign student's insurance company plays the travel insurer's part", () => {
    expect(kindsIn(`<table><tr><td>Assurance étudiant – compagnie</td><td><input data-t></td></tr></table>`)).toEqual(['travel-insurance']);
  });

  it('3270 shorthand: "KK-CODE", "OESHZ", its "AZ" and "ENTSCH."', () => {
    expect(kindsIn(`<div class="row"><span> KK-CODE .......:</span><input data-t></div>
      <div class="row"><span> OESHZ .........:</span><input data-t><span> AZ:</span><input data-t><span> ENTSCH. (1=BEWILLIGT 2=ABGELEHNT):</span><input data-t></div>`)).toEqual([
      'insurer',
      'cpas',
      'cpas',
      'cpas',
    ]);
  });
});
