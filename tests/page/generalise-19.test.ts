// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 19 (measured blind first, after the set-18
 * fixes: P 0.945 / R 0.896), each on a small page of its own: a help line between a caption and
 * its box, a caption over a box whose label only says its state, the national number's "11
 * digits", the EHIC's field 6 and a bilingual "Fin / Einde (9)", clerk shorthand ("Zuständig",
 * "ZF", "File #", "Doc exp.", "Maatsch. werker"), dated acts, a plain title before a layout
 * table, places that are not the commune.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('captions', () => {
  it('a help line between a caption and its box is read past: "Citizenship" / "As printed on the passport."', () => {
    expect(kindsIn(`<div><div class="formFieldName"><span>Citizenship</span></div><div class="formFieldDescription">As printed on the passport.</div><input data-t></div>`)).toEqual(['nationality']);
  });

  it('"EHIC" over "[x] seen at desk": the caption names the box its label only states', () => {
    expect(kindsIn(`<div><div class="formFieldName"><span>EHIC</span></div><label class="checkboxRow"><input type="checkbox" data-t> <span>seen at desk</span></label></div>`)).toEqual(['ehic']);
  });

  it('a short plain line before a layout table of fields titles it: "Aide médicale urgente"', () => {
    expect(kindsIn(`<div class="zenText">Aide médicale urgente</div><table>
      <tr><td></td><td><input type="checkbox" data-t><span>attestation du médecin reçue</span></td></tr>
      <tr><td>Date</td><td><input data-t></td></tr></table>`)).toEqual(['amu', 'amu']);
  });

  it('"11 digits, no dots" as the only words before a box is the national number', () => {
    expect(kindsIn(`<div><span>11 digits, no dots</span><input data-t></div>`)).toEqual(['national-number']);
  });
});

describe('covers and the CPAS', () => {
  it('the EHIC\'s "Persönl. Kennnr. (6)" and "Fin / Einde (9)" under the card\'s title', () => {
    expect(kindsIn(`<fieldset><legend>EKVK</legend><label for="a">Persönl. Kennnr. (6)</label><input id="a" data-t></fieldset>
      <fieldset><legend>CEAM / EZVK</legend><input placeholder="Fin / Einde (9)" data-t></fieldset>`)).toEqual(['ehic', 'ehic']);
  });

  it('"Zuständig", "File #", "Demande du / Aanvraag van" under the CPAS; "Date on certificate" under the AMU', () => {
    expect(kindsIn(`<fieldset><legend>ÖSHZ</legend><label for="a">Zuständig</label><input id="a" data-t></fieldset>
      <fieldset><legend>CPAS / OCMW</legend><label for="b">File #</label><input id="b" data-t><label for="c">Demande du / Aanvraag van</label><input id="c" data-t></fieldset>
      <fieldset><legend>Urgent medical aid (AMU)</legend><label for="d">Date on certificate</label><input id="d" data-t></fieldset>`)).toEqual(['cpas', 'cpas', 'cpas', 'amu']);
  });

  it('"ZF" is the sickness fund; "Doc exp." the document\'s expiry; "Maatsch. werker" named ocmw.maatschWerker is a person', () => {
    expect(kindsIn(`<table><tr><td>ZF</td><td><select data-t><option>CM</option></select></td></tr>
      <tr><td>Doc exp.</td><td><input data-t></td></tr>
      <tr><td>Maatsch. werker</td><td><input name="opname.ocmw.maatschWerker" data-t></td></tr></table>`)).toEqual(['insurer', 'document-expiry', null]);
  });
});

describe('places that are not the commune of residence', () => {
  it('"Section (anc. commune)" and "Par (commune)"', () => {
    expect(kindsIn(`<table><tr><td>Section (anc. commune)</td><td><input data-t></td></tr><tr><td>Par (commune)</td><td><input data-t></td></tr></table>`)).toEqual([null, null]);
  });
});
