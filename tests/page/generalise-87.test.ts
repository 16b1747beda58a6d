// @vitest-environment happy-dom
/**
 * Rules from misses earlier held-out sets still had (set 56's Base Web, 76's CommCare, 82's ToolJet,
 * 86's osTicket and Redmine), and from the failure classes of held-out sets 87 to 90 (written blind
 * after the fixes from sets 6 to 86, measured untouched on the detection of a1b0f28: 1.000 / 0.927,
 * 0.963 / 0.981, 0.966 / 0.982, 0.953 / 0.895), each on a small page of its own. Guards that must
 * stay unchanged sit beside, with those a review of these rules asked for.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('captions', () => {
  it('a caption cell whose name is followed by a long note on a line of its own names the field (osTicket)', () => {
    expect(
      kindsIn(`<table><tr><td class="multi-line"><span class="_field-name">NISS / BIS no.</span>:<br>
        <em class="faded">Belgian national register number, or the BIS number issued by the Crossroads Bank for Social Security</em></td>
        <td><div class="field-wrap"><input type="text" id="_5ffc27e3c74d86" name="5ffc27e3c74d86" data-t></div></td></tr></table>`),
    ).toEqual(['national-number']);
  });

  it('guard: a long caption cell with no note after a short name labels nothing', () => {
    expect(
      kindsIn(`<table><tr><td>If the patient holds a Belgian national register number or a BIS number write it in the box on the right</td>
        <td><input type="text" name="f1" data-t></td></tr></table>`),
    ).toEqual([null]);
  });

  it('guard: a cell that starts with its note has no name before it', () => {
    expect(
      kindsIn(`<table><tr><td><em>Belgian national register number, or the BIS number issued by the Crossroads Bank for Social Security</em><br>Nationality</td>
        <td><input type="text" name="f1" data-t></td></tr></table>`),
    ).toEqual([null]);
  });
});

describe('options', () => {
  it("a ticket's topic whose options name patients and billing is no payer (osTicket's Help Topic, Redmine's Tracker)", () => {
    expect(
      kindsIn(`<table><tr><td class="required">Help Topic:</td><td><select name="topicId" data-t><option value="">— Select Help Topic —</option>
          <option>Admission / Foreign or uninsured patient</option><option>Admission / Belgian patient</option><option>Billing question</option></select></td></tr></table>
        <p><label for="issue_tracker_id">Tracker</label><select id="issue_tracker_id" name="issue[tracker_id]" data-t>
          <option>Opname buitenlandse patiënt</option><option>Opname onverzekerde patiënt</option><option>Correctie facturatie</option></select></p>`),
    ).toEqual([null, null]);
  });

  it('guard: the same options under a caption that says nothing still choose the payer; a payer select stays one', () => {
    expect(
      kindsIn(`<p><label for="a">Type</label><select id="a" data-t><option>Patient</option><option>Mutuelle</option><option>CPAS</option></select></p>
        <p><label for="b">Facturer à</label><select id="b" data-t><option>Patiënt</option><option>Buitenlandse verzekeraar</option></select></p>`),
    ).toEqual(['payer', 'payer']);
  });
});

describe('sections', () => {
  it('a plain line right before a box of fields with captions of their own titles them (Base Web)', () => {
    expect(
      kindsIn(`<div data-baseweb="typo-labellarge" class="cz da">Patient</div>
        <div data-baseweb="flex-grid" class="grid3"><div class="bx"><label class="bz">Last name</label><div class="cc"><input type="text" name=""></div></div></div>
        <div data-baseweb="typo-labellarge" class="cz da">Travel insurance</div>
        <div data-baseweb="flex-grid" class="grid3">
          <div class="bx"><label class="bz">Insurer</label><div class="cc"><input type="text" name="" data-t></div></div>
          <div class="bx"><label class="bz">Policy no.</label><div class="cc"><input type="text" name="" data-t></div></div>
        </div>`),
    ).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('guard: a question before a box of captioned fields, or a line before a box of one, titles nothing', () => {
    expect(
      kindsIn(`<div class="cz">Patient</div><div class="grid"><div><label>Last name</label><input type="text" name="n"></div></div>
        <div class="cz">Travel insurance?</div>
        <div class="grid"><div><label>Insurer</label><input type="text" name="a" data-t></div><div><label>Policy no.</label><input type="text" name="b" data-t></div></div>
        <div class="cz">Travel insurance</div>
        <div class="grid"><div><label>Insurer</label><input type="text" name="c" data-t></div></div>`),
    ).toEqual(['insurer', 'insurer', 'insurer']);
  });

  it('a bare insurer under a part titled by the journey alone is the travel insurer (ToolJet\'s tab "Reise", "Travel / private cover")', () => {
    expect(
      kindsIn(`<h3>Reise</h3><div><label for="a">Versicherer</label><input id="a" data-t></div><div><label for="b">Policen-Nr.</label><input id="b" data-t></div>
        <h3>Travel / private cover</h3><div><label for="c">Insurer</label><input id="c" data-t></div>`),
    ).toEqual(['travel-insurance', 'travel-insurance', 'travel-insurance']);
  });

  it('guard: a sickness fund under "Reise" stays the insurer, a lone box "Voyage" no cover, a journey farther up says nothing', () => {
    expect(
      kindsIn(`<h3>Reise</h3><div><label for="k">Krankenkasse</label><input id="k" data-t></div>
        <p><label><input type="checkbox" data-t> Voyage</label></p>
        <h2>Reise</h2><h3>Versicherung</h3><div><label for="v">Versicherer</label><input id="v" data-t></div>`),
    ).toEqual(['insurer', null, 'insurer']);
  });
});

describe('held-out sets 87 to 90: captions', () => {
  it('a section element that only wraps the editor after its caption is the widget\'s box (AdminJS\'s date picker)', () => {
    expect(
      kindsIn(`<div class="adminjs_FormGroup"><label for="ezvk.vervaldatum" class="adminjs_Label">Vervaldatum</label>
        <section class="adminjs_DatePicker"><div class="react-datepicker-wrapper"><div class="react-datepicker__input-container">
        <input type="text" placeholder="YYYY/MM/DD" data-t></div></div><span class="adminjs_Icon" aria-hidden="true"></span></section></div>`),
    ).toEqual(['document-expiry']);
  });

  it('guard: a section of several fields stays a part of its own; the words before it caption none of them', () => {
    expect(
      kindsIn(`<div><label>Vervaldatum</label><section><input type="text" placeholder="YYYY/MM/DD" data-t><input type="text" placeholder="YYYY/MM/DD" data-t></section></div>`),
    ).toEqual([null, null]);
  });

  it('a label tied to nothing right after the one field of its box is its caption, not the title above (W3.CSS)', () => {
    expect(
      kindsIn(`<div class="w3-card-4"><header class="w3-container"><h3>Wohnsitz in Belgien</h3></header>
        <div class="w3-container"><div class="w3-row-padding">
          <div class="w3-half"><input class="w3-input" type="text" name="strasse" data-t><label>Straße</label></div>
          <div class="w3-quarter"><input class="w3-input" type="text" name="ort" data-t><label>Gemeinde</label></div>
        </div></div></div>`),
    ).toEqual([null, 'commune']);
  });

  it('guard: a label after a field that shares its box with another is not its caption', () => {
    expect(kindsIn(`<div><input type="text" name="a" data-t><label>Nationalität</label><input type="text" name="b" data-t></div>`)).toEqual([null, 'nationality']);
  });

  it('an abbreviated "voorgel." box under the EHIC says the card was shown (Ultragenda)', () => {
    expect(
      kindsIn(`<fieldset><legend>EZVK / CEAM</legend><table><tr><td><label for="ugc_0511">voorgel.</label></td><td><input type="checkbox" id="ugc_0511" name="F_0511" data-t></td></tr></table></fieldset>`),
    ).toEqual(['ehic']);
  });

  it('"Pers. identificatienr." under the EHIC is the card\'s personal number (Craft CMS)', () => {
    expect(
      kindsIn(`<h2>EZVK</h2><div class="field"><div class="heading"><label for="fields-persoonlijkIdNr">Pers. identificatienr. (6)</label></div>
        <div class="input"><input type="text" id="fields-persoonlijkIdNr" name="fields[persoonlijkIdNr]" data-t></div></div>`),
    ).toEqual(['ehic']);
  });
});

describe('held-out sets 87 to 90: sections', () => {
  it('a label whose for names no element, opening a box of fields, titles them (AdminJS\'s nested object, an empty message box after)', () => {
    expect(
      kindsIn(`<div class="adminjs_FormGroup"><label for="insurance" class="adminjs_Label">Reisverzekering</label>
        <section class="adminjs_Section">
          <div class="adminjs_FormGroup"><label for="insurance.company">Company</label><input id="insurance.company" name="insurance.company" data-t><div class="adminjs_FormMessage"></div></div>
          <div class="adminjs_FormGroup"><label for="insurance.policyNumber">Policy Number</label><input id="insurance.policyNumber" name="insurance.policyNumber" data-t></div>
        </section><div class="adminjs_FormMessage"></div></div>`),
    ).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('guard: a label tied to a field of the page titles no box after it', () => {
    expect(
      kindsIn(`<div><label for="r">Reisverzekering</label><input type="checkbox" id="r">
        <section><div><label for="c">Company</label><input id="c" data-t></div><div><label for="p">Policy Number</label><input id="p" data-t></div></section></div>`),
    ).toEqual([null, null]);
  });

  it('a hidden panel whose id is the words of a tab button is titled by it (W3.CSS tabs)', () => {
    expect(
      kindsIn(`<div class="w3-bar"><button class="w3-bar-item tablink" type="button">Versicherung</button><button class="w3-bar-item tablink" type="button">Kontaktperson</button></div>
        <div id="Versicherung" class="w3-container tab"><p>…</p></div>
        <div id="Kontaktperson" class="w3-container tab" hidden><div class="w3-row-padding">
          <div class="w3-third"><label>Staatsangehörigkeit</label><input class="w3-input" type="text" name="kp_staatsang" data-t></div>
          <div class="w3-third"><label>Wohnort</label><input class="w3-input" type="text" name="kp_wohnort" data-t></div></div></div>`),
    ).toEqual([null, null]);
  });

  it('guard: a hidden panel whose id is a word no button says keeps its fields', () => {
    expect(
      kindsIn(`<button type="button">Patient</button><div id="Kontaktperson" class="w3-container tab" hidden>
        <div class="w3-third"><label>Staatsangehörigkeit</label><input class="w3-input" type="text" name="staatsang" data-t></div></div>`),
    ).toEqual(['nationality']);
  });
});

describe('held-out sets 87 to 90: pickers and search boxes', () => {
  it('a select\'s typing box named after it, role=search on itself, is the select\'s field (Znuny)', () => {
    expect(
      kindsIn(`<div class="Row"><label for="DynamicField_Kasse_Search">Krankenkasse (VE):</label><div class="Field">
        <select class="Modernize" id="DynamicField_Kasse" name="DynamicField_Kasse"><option value="">-</option><option>CM</option><option>Solidaris</option></select>
        <div class="InputField_Container"><div class="InputField_InputContainer"><input id="DynamicField_Kasse_Search" class="InputField_Search" type="text" role="search" data-t></div></div></div></div>`),
    ).toEqual(['insurer']);
  });

  it('guard: a box with role=search that types into no select, or inside a search landmark, stays a search', () => {
    expect(
      kindsIn(`<label for="q_Search">Krankenkasse</label><input id="q_Search" type="text" role="search" data-t>
        <div role="search"><select id="k"><option>CM</option></select><label for="k_Search">Krankenkasse</label><input id="k_Search" type="text" data-t></div>`),
    ).toEqual([null, null]);
  });

  it('a picker\'s prompt "Sélectionner un pays" rules nothing out: the caption names the field (Select2 on Metronic)', () => {
    expect(
      kindsIn(`<div class="fv-row"><label class="form-label">Nationalité</label>
        <select name="patient[nationalite_id]" aria-label="Sélectionner un pays" data-control="select2" data-placeholder="Sélectionner un pays" data-t><option></option><option>Maroc</option><option>Roumanie</option></select></div>`),
    ).toEqual(['nationality']);
  });

  it('guard: "Pays" alone still rules a country field out of the nationality', () => {
    expect(kindsIn(`<div><label class="form-label">Nationalité</label><select aria-label="Pays de naissance" data-t><option>Maroc</option></select></div>`)).toEqual([null]);
  });

  it('a select whose first option says "Rechercher" prompts for a value, no query (Moodle\'s autocomplete)', () => {
    expect(
      kindsIn(`<div class="fitem row"><div class="col-md-3"><label id="l" for="form_autocomplete_input-1">CPAS compétent</label></div>
        <div class="col-md-9 felement"><select class="form-select" name="cpascompetent" id="id_cpascompetent" data-t><option value="" selected>Rechercher</option><option>CPAS de Namur</option></select></div></div>`),
    ).toEqual(['cpas']);
  });

  it('"Search sickness funds…" searches the list of a picker, not the patients (Forest Admin)', () => {
    expect(kindsIn(`<div class="c-row-edit-field"><span class="c-beta-label">Sickness fund</span><div><input type="text" placeholder="Search Sickness funds…" data-t></div></div>`)).toEqual(['insurer']);
  });

  it('react-select\'s hashed placeholder "Selecteer..." is no caption: the label before the widget is (AdminJS)', () => {
    expect(
      kindsIn(`<div class="adminjs_FormGroup"><label for="ziekenfondsId" class="adminjs_Label">Ziekenfonds</label>
        <div class="adminjs_Select css-b62m3t-container"><div class="css-13cymwt-control"><div class="css-hlgwow">
        <div class="css-1jqq78o-placeholder" id="react-select-9-placeholder">Selecteer...</div>
        <div class="css-19bb58m"><input id="react-select-9-input" type="text" role="combobox" aria-autocomplete="list" aria-describedby="react-select-9-placeholder" data-t></div></div></div>
        <input name="ziekenfondsId" type="hidden"></div></div>`),
    ).toEqual(['insurer']);
  });
});

describe('held-out sets 87 to 90: not ours', () => {
  it('a form template is no payer whatever its options name', () => {
    expect(
      kindsIn(`<table><tr><th class="category"><label for="tpl">Template</label></th><td><select id="tpl" name="template" data-t>
        <option>[none]</option><option>Admission EHIC</option><option>Admission CPAS / AMU</option><option>Admission travel insurance</option><option>Self-pay</option></select></td></tr></table>`),
    ).toEqual([null]);
  });

  it('"[x] Copy of passport" on a list of documents received is a checklist tick, not the patient\'s document (FormKit, Craft)', () => {
    expect(
      kindsIn(`<fieldset><legend>Documents received</legend>
        <label><input type="checkbox" name="documentsReceived" value="passport-copy" data-t> Copy of passport</label>
        <label><input type="checkbox" name="ontvangen" data-t> Kopie paspoort</label></fieldset>`),
    ).toEqual([null, null]);
  });

  it('guard: "[x] Passport" or "[x] Annex 26" in a list of documents shown stays a document', () => {
    expect(
      kindsIn(`<fieldset><legend>Document de séjour présenté</legend>
        <label><input type="checkbox" name="d1" data-t> Passeport</label><label><input type="checkbox" name="d2" data-t> Annexe 26</label></fieldset>`),
    ).toEqual(['residence-document', 'residence-document']);
  });
});

describe('held-out sets 87 to 90: names and insurers', () => {
  it('a numbered spare field\'s name ("optionalFields2.memo4") rules out nothing its caption named (TOPdesk)', () => {
    expect(
      kindsIn(`<div class="td-form-text"><h4>Travel insurance / assistance</h4></div>
        <div class="field-container"><label class="td-label" for="td-field-148">Company <span class="td-optional">(optional)</span></label><input type="text" id="td-field-148" name="optionalFields2.memo4" data-t></div>
        <div class="field-container"><label class="td-label" for="td-field-149">Policy no. <span class="td-optional">(optional)</span></label><input type="text" id="td-field-149" name="optionalFields2.memo5" data-t></div>`),
    ).toEqual(['travel-insurance', 'travel-insurance']);
  });

  it('guard: a name that says "memo" without a number still rules the field out', () => {
    expect(
      kindsIn(`<h4>Travel insurance / assistance</h4><div><label for="m">Company</label><input type="text" id="m" name="memo" data-t></div>`),
    ).toEqual([null]);
  });

  it('a workers\' compensation insurer is no cover we bill (HeroUI)', () => {
    expect(kindsIn(`<label for="w">Workers' compensation insurer</label><input id="w" name="workersComp" data-t>
      <label for="b">Berufsgenossenschaft / Unfallversicherung</label><input id="b" name="bg" data-t>`)).toEqual([null, null]);
  });
});

describe('held-out sets 87 to 90: guards a review asked for', () => {
  it('a status or help line under a heading titles no box of captioned fields', () => {
    expect(
      kindsIn(`<h3>Contactpersoon</h3><div>Marie Dupont</div>
        <div class="row"><div><label>Nationaliteit</label><input name="a" data-t></div><div><label>Woonplaats</label><input name="b" data-t></div></div>
        <h3>Reiseversicherung</h3><p class="text-muted">Nur bei ausländischen Patienten</p>
        <div class="row"><div><label>Versicherer</label><input name="c" data-t></div><div><label>Policennummer</label><input name="d" data-t></div></div>`),
    ).toEqual([null, null, 'travel-insurance', 'travel-insurance']);
  });

  it('a picker\'s prompt naming what the field is ("Sélectionner un médecin"), or alone, still rules it out', () => {
    expect(
      kindsIn(`<h3>Aide médicale urgente</h3><select name="medecin_id" aria-label="Sélectionner un médecin" data-t><option>Dr A</option></select>
        <h3>Reiseversicherung</h3><select name="x" aria-label="Land auswählen" data-t><option>Belgien</option></select>`),
    ).toEqual([null, null]);
  });

  it('a patient lookup with role=search and an autocomplete of its own stays a search', () => {
    expect(kindsIn(`<header><label for="q">NISS</label><input id="q" type="text" role="search" aria-autocomplete="list" data-t></header>`)).toEqual([null]);
  });

  it('a request\'s type under a payment guarantee still chooses the payer; "Vorlage" (a presentation) rules nothing out', () => {
    expect(
      kindsIn(`<h3>Tenlasteneming</h3><label for="t">Type aanvraag</label><select id="t" data-t><option>OCMW</option><option>Dringende medische hulp</option><option>Reisverzekering</option><option>Patiënt</option></select>
        <h3>EKVK</h3><label><input type="checkbox" name="v" data-t> Vorlage</label>`),
    ).toEqual(['payer', 'ehic']);
  });

  it('a part titled by more than the journey, or a list of sickness funds under "Voyage", keeps the insurer', () => {
    expect(
      kindsIn(`<h3>Reis en verblijf</h3><div><label for="v">Verzekeraar</label><input id="v" data-t></div>
        <h3>Voyage</h3><div><label for="a">Assureur</label><select id="a" data-t><option>Mutualité chrétienne</option><option>Solidaris</option><option>Partenamut</option></select></div>`),
    ).toEqual(['insurer', 'insurer']);
  });

  it('react-select\'s hashed placeholder that names the field stays its caption', () => {
    expect(
      kindsIn(`<div class="css-2b097c-container"><div class="css-yk16xz-control"><div class="css-1hwfws3"><div class="css-1wa3eu0-placeholder">Nationalité</div>
        <div class="css-1g6gooi"><input id="react-select-2-input" type="text" aria-autocomplete="list" data-t></div></div></div></div>`),
    ).toEqual(['nationality']);
  });

  it('a label after a field in a caption cell\'s row, or a hint label after the words before its box, captions nothing', () => {
    expect(
      kindsIn(`<table><tr><td>Commune</td><td><input name="c" data-t><label>Adresse légale</label></td></tr></table>
        <div class="row"><div class="col-3">Nationality</div><div class="col-9"><input name="n" data-t><label>as on the passport</label></div></div>`),
    ).toEqual(['commune', 'nationality']);
  });

  it('a value cell with a note is no caption of the amount beside it', () => {
    expect(
      kindsIn(`<table><thead><tr><th>Organisme</th><th>Montant facturé</th></tr></thead><tbody><tr>
        <td>Mutualité chrétienne<br><small>Affiliation vérifiée via MyCareNet le 12/03, à confirmer auprès du service facturation</small></td>
        <td><input name="r1c2" data-t></td></tr></tbody></table>`),
    ).toEqual([null]);
  });
});
