// @vitest-environment happy-dom
/**
 * Rules from the fourth held-out set's failure classes, each on a small page of its own: a cell
 * of several "Label : field" pairs under a column heading, a label naming two things over two
 * controls, an insurability check that is no insurer, a companion's questions on a kiosk, a
 * dialog or section titled as another person.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../components/page/classify-text';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('a cell of several "Label : field" pairs under a column heading', () => {
  it('reads the words before each control as its label, the heading as their section', () => {
    const kinds = kindsIn(`
      <table>
        <tr><th>Identiteit</th><th>Verblijf in België</th></tr>
        <tr>
          <td>Postcode : <input data-t> Gemeente : <input data-t></td>
          <td>Verblijfsdocument : <select data-t><option></option><option>A-kaart</option><option>B-kaart</option></select><br>
            Nummer : <input data-t><br>
            Uitgereikt op : <input data-t> Geldig tot : <input data-t></td>
        </tr>
        <tr><th>Verzekerbaarheid</th><th>Tenlasteneming</th></tr>
        <tr>
          <td>Ziekenfonds : <input data-t><br>
            Code 1 / Code 2 : <input data-t> / <input data-t><br>
            EZVK nummer : <input data-t> vervalt op : <input data-t><br>
            Reisverzekering : <input data-t> polis nr. <input data-t></td>
          <td>DMH-attest : <input type="radio" name="dmh" data-t> ja <input type="radio" name="dmh"> nee
            &nbsp; ondertekend op : <input data-t><br>
            door dokter : <input data-t></td>
        </tr>
      </table>`);
    expect(kinds).toEqual([
      null, 'commune',
      'residence-document', 'document-number', null, 'document-expiry',
      'insurer', null, null, 'ehic', 'ehic', 'travel-insurance', 'travel-insurance',
      'amu', 'amu', null,
    ]);
  });

  it('still reads the column heading of a cell holding one control', () => {
    const kinds = kindsIn(`
      <table>
        <tr><th>Nom</th><th>Nationalité</th><th>Mutualité</th></tr>
        <tr><td><input data-t></td><td><input data-t></td><td><input data-t></td></tr>
      </table>`);
    expect(kinds).toEqual([null, 'nationality', 'insurer']);
  });

  it('completes a generic label from the section when no field stands before it on its line', () => {
    const kinds = kindsIn(`
      <table>
        <tr><th>Carte européenne (CEAM)</th></tr>
        <tr><td>Remarque : <input data-t><br>Numéro : <input data-t><br>Nom : <input data-t> Date de fin : <input data-t></td></tr>
      </table>`);
    expect(kinds).toEqual([null, 'ehic', null, 'ehic']);
  });
});

describe('an insurability check is no insurer', () => {
  it.each([
    ['Verzekerbaarheid gecontroleerd', null],
    ['Assurabilité vérifiée via MyCareNet', null],
    ['Versicherbarkeit überprüft', null],
    ['MyCareNet status', null],
    ['Insurability check result', null],
    // the insurer and the section named after insurability still are
    ['Assurabilité', 'insurer'],
    ['Verzekerbaarheid', 'insurer'],
  ])('%s → %s', (label, kind) => {
    expect(classifyText(label, 'choice').kind ?? null).toBe(kind);
  });

  it('leaves the status radios and select unmarked, the fields of an insurability section marked', () => {
    const kinds = kindsIn(`
      <fieldset><legend>Assurabilité (MyCareNet)</legend>
        <label>Mutualité <select data-t><option></option><option>Solidaris</option><option>Partenamut</option></select></label>
        <label>Statut MyCareNet <select data-t><option>Non vérifié</option><option>En ordre</option><option>Pas en ordre</option></select></label>
      </fieldset>
      <fieldset><legend>Insurability checked</legend>
        <label><input type="radio" name="ins" value="y" data-t> Yes</label>
        <label><input type="radio" name="ins" value="n"> No</label>
      </fieldset>`);
    expect(kinds).toEqual(['insurer', null, null]);
  });
});

describe('one label naming two things over two controls', () => {
  it('gives each control its part, in order: a postcode is no commune', () => {
    const kinds = kindsIn(`
      <table>
        <tr><td><b>Code postal / Localité :</b></td><td><input data-t> <input data-t></td></tr>
        <tr><td><b>Postcode/Woonplaats</b></td><td><input data-t>&nbsp;<input data-t></td></tr>
        <tr><td><b>Rue / N°</b></td><td><input data-t> <input data-t></td></tr>
        <tr><td><b>Nationalité / Nationaliteit</b></td><td><input data-t></td></tr>
      </table>`);
    expect(kinds).toEqual([null, 'commune', null, 'commune', null, null, 'nationality']);
  });
});

describe('a page speaking to the patient: "they" is someone else', () => {
  it('leaves a third person\'s nationality and commune unmarked beside "you"', () => {
    const kinds = kindsIn(`
      <section><h2>About you</h2>
        <input placeholder="Your nationality" data-t>
        <input placeholder="Town where you live" data-t>
      </section>
      <section><h2>Who is with you today?</h2>
        <input placeholder="Their nationality" data-t>
        <input placeholder="Town where they live" data-t>
      </section>
      <section><h2>Quelqu'un vous accompagne ?</h2>
        <input placeholder="Leur nationalité" data-t>
      </section>`);
    expect(kinds).toEqual(['nationality', 'commune', null, null, null]);
  });

  it('keeps "their" of a clerk\'s form that never says "you"', () => {
    expect(kindsIn(`<section><h2>Patient details</h2><label>Their nationality <input data-t></label></section>`)).toEqual(['nationality']);
  });

  it('reads a step titled as someone who came with the patient as another person\'s', () => {
    const kinds = kindsIn(`
      <section><h2>Step 5 — Someone with you</h2>
        <input placeholder="Nationality" data-t>
        <input placeholder="Municipality" data-t>
      </section>
      <fieldset><legend>Companion</legend><label>Nationality <input data-t></label></fieldset>`);
    expect(kinds).toEqual([null, null, null]);
  });
});

describe('a dialog or form creating a contact record', () => {
  it('holds the contact\'s nationality and city, not the patient\'s', () => {
    const kinds = kindsIn(`
      <section><h2>Contact</h2><label>Commune <input data-t></label></section>
      <div role="dialog" aria-label="Nouveau contact">
        <label>Nationalité <select data-t><option></option><option>Belge</option><option>Française</option></select></label>
        <label>Localité <input data-t></label>
      </div>
      <div role="dialog"><h2>Kontakt anlegen</h2><label>Wohnort <input data-t></label></div>
      <section aria-label="Quick create: contact"><input aria-label="Nationality" data-t></section>`);
    expect(kinds).toEqual(['commune', null, null, null, null]);
  });
});

describe('labels as paragraphs above their controls, in a residence block', () => {
  it('reads a plain "Number" after the residence document as that document\'s number', () => {
    const kinds = kindsIn(`
      <section><h2>Aufenthalt</h2>
        <div><p>Aufenthaltsdokument</p><select data-t><option></option><option>Anlage 26</option><option>Karte A</option></select></div>
        <div><p>Nummer</p><input data-t></div>
        <div><p>Gültig bis</p><input type="date" data-t></div>
      </section>
      <section><h2>Herkunft</h2>
        <div><p>Staatsangehörigkeit</p><select data-t><option></option><option>belgisch</option><option>syrisch</option></select></div>
        <div><p>Nummer</p><input data-t></div>
      </section>`);
    expect(kinds).toEqual(['residence-document', 'document-number', 'document-expiry', 'nationality', null]);
  });
});

describe('editing one\'s own contact details is no contact record', () => {
  it('keeps the commune under "Edit contact details"', () => {
    expect(kindsIn(`<section><h2>Edit contact details</h2><label>Municipality <input data-t></label></section>`)).toEqual(['commune']);
  });
});

describe('one label naming two things over two controls side by side, outside tables', () => {
  it('maps the parts in order after plain words and after a label[for]', () => {
    const kinds = kindsIn(`
      <div>CP / Localité : <input data-t> <input data-t></div>
      <div class="row">
        <label for="plz">Postleitzahl / Wohnort</label>
        <div class="col-3"><input id="plz" data-t></div><div class="col-9"><input id="ort" data-t></div>
      </div>
      <div>PLZ, Ort: <input data-t> <input data-t></div>
      <div>Localité / Gemeente : <input data-t></div>
      <div>Code postal : <input data-t> Commune : <input data-t></div>`);
    expect(kinds).toEqual([null, 'commune', null, 'commune', null, 'commune', 'commune', null, 'commune']);
  });
});

describe('a heading naming two things over two controls is their section, not split', () => {
  it('keeps "Travel / repatriation insurance" for the carrier', () => {
    expect(kindsIn(`<div><h3>Travel / repatriation insurance</h3><input placeholder="Carrier name" data-t> <input placeholder="Policy number" data-t></div>`)).toEqual(['travel-insurance', 'travel-insurance']);
  });
});

describe('a date split into several boxes in one cell', () => {
  it('keeps the column header as the label of every part (a slash is no label)', () => {
    const kinds = kindsIn(`
      <table>
        <tr><th>Nom</th><th>Titre de séjour valable jusqu'au</th></tr>
        <tr><td><input data-t></td><td><input size="2" data-t> / <input size="2" data-t> / <input size="4" data-t></td></tr>
      </table>`);
    expect(kinds).toEqual([null, 'document-expiry', 'document-expiry', 'document-expiry']);
  });
});
