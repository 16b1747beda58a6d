// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out sets 79 to 82 (written blind after the fixes from
 * sets 6 to 78, measured untouched on the detection of 6e95d1d: 1.000 / 0.991, 0.972 / 0.972,
 * 0.981 / 0.972, 0.971 / 0.952), and of sets 83 to 86 (written blind after the fixes from sets 6 to
 * 82, measured untouched on the detection of 242cea7: 1.000 / 0.970, 0.972 / 0.972, 1.000 / 1.000,
 * 0.960 / 0.951), each on a small page of its own. Guards that must stay unchanged sit beside.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('sections', () => {
  it('a card header of one short line, a wrapper or two down, titles the fields of the box after it (Nuxt UI)', () => {
    expect(
      kindsIn(`<div class="rounded ring"><div class="px-4 py-3"><p class="font-semibold">Reisverzekering</p></div>
        <div class="p-4 space-y-4">
          <div class="text-sm"><label for="m">Maatschappij</label><div class="mt-1"><input id="m" data-t></div></div>
          <div class="text-sm"><label for="p">Polisnr.</label><div class="mt-1"><input id="p" data-t></div></div>
        </div></div>`),
    ).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('guard: a line that is a question, a wrapper down, titles nothing', () => {
    expect(
      kindsIn(`<div><div class="px-4"><p>Reisverzekering?</p></div>
        <div class="p-4">
          <div><label for="m">Maatschappij</label><input id="m" data-t></div>
          <div><label for="p">Ziekenfonds</label><input id="p" data-t></div>
        </div></div>`),
    ).toEqual([null, 'insurer']);
  });

  it('a caption tied to nothing opening a box of fields with captions of their own titles them (uniforms, Formtastic)', () => {
    expect(
      kindsIn(`<div class="nest-sub"><label>Ezvk</label>
        <div class="row">
          <div class="col"><label for="k">Kaartnummer</label><input id="k" data-t></div>
          <div class="col"><label for="v">Vervaldatum</label><input id="v" data-t></div>
        </div></div>`),
    ).toEqual(['ehic', 'ehic']);
  });

  it('guard: a caption tied to nothing before a box of bare fields stays the first one\'s caption; a bare field after it takes no kind from it', () => {
    expect(
      kindsIn(`<div class="form-group"><label>Gemeente</label>
        <div class="row"><input class="form-control" data-t><input class="form-control" data-t></div></div>`),
    ).toEqual(['commune', null]);
  });

  it('guard (review): a status line a wrapper down, not drawn as a title, titles nothing', () => {
    expect(
      kindsIn(`<div class="card"><div class="px-4"><span>Ingevuld door de partner</span></div>
        <div class="p-4"><div><label for="n">Nationaliteit</label><input id="n" data-t></div><div><label for="g">Gemeente</label><input id="g" data-t></div></div></div>`),
    ).toEqual(['nationality', 'commune']);
  });
});

describe('captions', () => {
  it("the widget before a field's box, of the same kind, is its caption however deep the field sits (ToolJet's canvas)", () => {
    const deep = (inner: string) => `<div role="Box"><div class="row"><div class="col"><div class="c"><div class="ctl"><div class="vc"><div class="ic">${inner}</div></div></div></div></div></div></div>`;
    expect(
      kindsIn(`<div class="canvas">
        <div class="draggable-box widget-Text"><div role="Box"><div class="text-widget"><div>Staatsang.</div></div></div></div>
        <div class="draggable-box widget-Dropdown">${deep('<input data-t>')}</div>
        <div class="draggable-box widget-Text"><div role="Box"><div class="text-widget"><div>Gemeinde</div></div></div></div>
        <div class="draggable-box widget-TextInput">${deep('<input data-t>')}</div>
        </div>`),
    ).toEqual(['nationality', 'commune']);
  });

  it('guard: a bold line in a box of the same kind, that far above, titles and is no caption', () => {
    const deep = (inner: string) => `<div><div><div><div><div><div><div>${inner}</div></div></div></div></div></div></div>`;
    expect(
      kindsIn(`<div class="canvas">
        <div class="box"><div><strong>Staatsangehörigkeit</strong></div></div>
        <div class="box">${deep('<input data-t>')}</div></div>`),
    ).toEqual([null]);
  });

  it('guard (review): a grid column holding a read-only value is no caption of a deep field in the next column', () => {
    const deep = (inner: string) => `<div class="ant-form-item"><div class="r"><div class="c"><div class="cc"><div class="s"><div class="sel"><div class="sv"><div class="si">${inner}</div></div></div></div></div></div></div></div>`;
    expect(
      kindsIn(`<div class="ant-row">
        <div class="ant-col ant-col-8"><div class="ant-form-item"><span>Ziekenfonds</span> <span>CM 100</span></div></div>
        <div class="ant-col ant-col-8">${deep('<input data-t>')}</div></div>`),
    ).toEqual([null]);
  });

  it('guard (review): a hint widget (a sentence, not a caption\'s few words) before a field leaves its placeholder in charge', () => {
    const deep = (inner: string) => `<div role="Box"><div class="row"><div class="col"><div class="c"><div class="ctl"><div class="vc"><div class="ic">${inner}</div></div></div></div></div></div></div>`;
    expect(
      kindsIn(`<div class="canvas">
        <div class="draggable-box widget-Text"><div role="Box"><div class="text-widget"><div>Kijk de EKVK na</div></div></div></div>
        <div class="draggable-box widget-TextInput">${deep('<input placeholder="Telefoonnummer" data-t>')}</div></div>`),
    ).toEqual([null]);
  });
});

describe('words', () => {
  it('"Supplementen t.l.v.": a cost charged to someone, the payer', () => {
    expect(kindsIn(`<label for="s">Supplementen t.l.v.</label><input id="s" data-t>`)).toEqual(['payer']);
  });

  it('"[x] signed by the doctor, received" under urgent medical aid: the AMU attestation, not a doctor field', () => {
    expect(
      kindsIn(`<fieldset><legend>Urgent medical aid</legend>
        <div><span>Certificate</span><label><input type="checkbox" data-t><span>signed by the doctor, received</span></label></div></fieldset>`),
    ).toEqual(['amu']);
  });

  it('"[x] Verwijderen" under a nested travel insurance (ActiveAdmin\'s _destroy) removes the row: no kind, whatever its name', () => {
    expect(
      kindsIn(`<fieldset class="inputs has_many_fields"><legend><span>Reisverzekering</span></legend><ol>
        <li><label for="c">Maatschappij</label><input id="c" name="admission[travel_insurances_attributes][0][company]" data-t></li>
        <li><label for="d"><input type="checkbox" id="d" name="admission[travel_insurances_attributes][0][_destroy]" data-t>Verwijderen</label></li>
        </ol></fieldset>`),
    ).toEqual(['travel-insurance', null]);
  });

  it('guard (review): a "Verwijderen" link before a text box is no caption of it', () => {
    expect(
      kindsIn(`<div class="item"><a href="#" class="remove">Verwijderen</a> <input placeholder="Rijksregisternummer" data-t></div>
        <div class="item"><a href="#" class="remove">Remove</a> <select name="nationality" data-t><option>Belgian</option><option>Moroccan</option></select></div>`),
    ).toEqual(['national-number', 'nationality']);
  });

  it('guard (review): a delete box before a record\'s one field rules nothing out beside it (Django\'s stacked inline)', () => {
    expect(
      kindsIn(`<div class="inline-related"><h3><b>Reisverzekering:</b> #1 <span class="delete"><input type="checkbox" id="d" name="travel_set-0-DELETE" data-t><label for="d">Verwijderen</label></span></h3>
        <fieldset class="module aligned"><div class="form-row"><div><label for="p">Polisnummer:</label><input id="p" data-t></div></div></fieldset></div>`),
    ).toEqual([null, 'travel-insurance']);
  });
});

describe('sets 83 to 86', () => {
  it("a table's spanning row titles the rows after it by its one heading, not the note under it (osTicket's form header)", () => {
    expect(
      kindsIn(`<table><tbody>
        <tr><td colspan="2"><hr><div class="form-header"><h3>Patient Identity</h3><em>Patient's own data only (next of kin further down)</em></div></td></tr>
        <tr><td><span>Citizenship</span>:</td><td><select data-t><option value="">-- Select --</option><option>Belgian</option><option>Cameroonian</option></select></td></tr>
        <tr><td colspan="2"><hr><div class="form-header"><h3>European Health Insurance Card</h3><em>EHIC / GHIC, or provisional replacement certificate</em></div></td></tr>
        <tr><td><span>Country</span>:</td><td><input data-t></td></tr>
        </tbody></table>`),
    ).toEqual(['nationality', 'ehic']);
  });

  it('guard: a spanning row of words without a heading still titles the rows after it whole', () => {
    expect(
      kindsIn(`<table><tbody>
        <tr><td colspan="2"><b>Personne de contact</b> (famille)</td></tr>
        <tr><td>Nationalité</td><td><input data-t></td></tr>
        </tbody></table>`),
    ).toEqual([null]);
  });

  it("a header label that opens a CSS-only accordion (its hidden check box) titles the part's fields (Spectre.css)", () => {
    expect(
      kindsIn(`<div class="accordion"><input type="checkbox" id="acc-reis" name="accordion-checkbox" hidden>
        <label class="accordion-header" for="acc-reis"><i class="icon icon-arrow-right"></i> Reisverzekering</label>
        <div class="accordion-body">
          <div class="form-group"><label class="form-label" for="m">Mij.</label><input id="m" data-t></div>
          <div class="form-group"><label class="form-label" for="p">Polisnr.</label><input id="p" data-t></div>
        </div></div>`),
    ).toEqual(['travel-insurance', 'travel-insurance']);
  });
});

