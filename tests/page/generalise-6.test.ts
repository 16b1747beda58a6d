// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out sets 5 and 6, each on a small page of its own:
 * patient search boxes, EHIC sections, invoice dates, payer checkboxes and lists, CPAS versus
 * AMU wordings, labels that reach their control only through a twin or a web component.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('patient search boxes', () => {
  it('are no patient field: a search hint, a hint listing a name among keys, a search form', () => {
    expect(kindsIn(`
      <header><input placeholder="N° de séjour, nom, NISS…" data-t></header>
      <div class="topbar"><input placeholder="Patientensuche (Name, Nat.-Reg.-Nr.)" data-t></div>
      <div><label for="s">NISS</label><input id="s" placeholder="Rechercher un NISS" data-t></div>
      <form id="search"><label for="n">Nationalité</label><input id="n" data-t></form>
      <form><label>NISS <input data-t></label></form>`)).toEqual([null, null, null, null, 'national-number']);
  });

  it("keep a select's typing box (type=search, role=combobox) as the field it fills", () => {
    expect(kindsIn(`<form><label for="nat">Nationalité</label><span><input type="search" role="combobox" aria-autocomplete="list" id="nat" data-t></span></form>`)).toEqual(['nationality']);
  });
});

describe('an EHIC section', () => {
  it('makes its card number, institution and expiry the EHIC, also under a web component heading or slotted summary', () => {
    expect(kindsIn(`
      <section><h3>European Health Insurance Card</h3><label>Card ID <input data-t></label>
        <label>Institution code (card field 7) <input data-t></label><label>Expiry date <input data-t></label></section>
      <x-list><x-list-header>UK GHIC / EHIC</x-list-header><label>Card identification number (field 8) <input data-t></label></x-list>
      <x-details><div slot="summary">Carte européenne d'assurance maladie (CEAM)</div><div><label>N° d'identification de la carte <input data-t></label></div></x-details>`))
      .toEqual(['ehic', 'ehic', 'ehic', 'ehic', 'ehic']);
  });

  it("lends the card's institution code after its expiry, and the assistance case number is the travel insurance's", () => {
    expect(kindsIn(`<section><h2>Coverage</h2><div><label for="c">How will the stay be paid?</label><input id="c" role="combobox" aria-autocomplete="list" data-t></div>
      <div><label for="e">EHIC / GHIC expiry date</label><input id="e" data-t></div>
      <div><label for="i">Institution code (card field 7)</label><input id="i" data-t></div>
      <div><label for="a">Assistance case number</label><input id="a" data-t></div>
      <div><label for="b">Dossiernr. bijstand</label><input id="b" data-t></div></section>`)).toEqual(['payer', 'ehic', 'ehic', 'travel-insurance', 'travel-insurance']);
  });

  it('lends an expiry right after the EHIC number its kind when the section names neither', () => {
    expect(kindsIn(`<div><div class="card-header">Patient étranger</div><form>
      <div><label>N° de carte CEAM</label><div><input data-t></div></div>
      <div><label>Valable jusqu'au</label><div><input data-t></div></div></form></div>`)).toEqual(['ehic', 'ehic']);
  });
});

describe('invoice dates', () => {
  it('are no document expiry', () => {
    expect(kindsIn(`<div><div class="card-header">Facture</div><form><div><label>Date de facture</label><div><input data-t></div></div>
      <div><label>Échéance</label><div><input data-t></div></div></form></div>
      <form><label>Vervaldag voorschotfactuur <input data-t></label><label>Fälligkeitsdatum <input data-t></label></form>`)).toEqual([null, null, null, null]);
  });
});

describe('the payer', () => {
  it('is a third-party-payment checkbox, whom the invoice goes to, whose name it bears', () => {
    expect(kindsIn(`<form>
      <table><tr><td>Drittzahler:</td><td><input type="checkbox" id="g" data-t><label for="g">ja</label></td></tr></table>
      <span><input type="checkbox" id="dz" data-t><label for="dz">Drittzahlerregelung anwenden</label></span>
      <label>Send the invoice to <input data-t></label>
      <label>Factuur op naam van <select data-t><option></option><option>Patiënt</option><option>Ziekenfonds</option></select></label>
      <label>Suppléments (chambre, confort) à charge de <input data-t></label></form>`))
      .toEqual(['payer', 'payer', 'payer', 'payer', 'payer']);
  });
});

describe('CPAS or AMU', () => {
  it("the CPAS's guarantee end, social enquiry and coverage request are the CPAS's, whatever the section adds", () => {
    expect(kindsIn(`<fieldset><legend>CPAS / aide médicale urgente</legend>
      <label>Enquête sociale demandée le <input type="date" data-t></label>
      <label>Garantie valable jusqu'au <input type="date" data-t></label>
      <label>Aanvraag tenlasteneming <input type="date" data-t></label></fieldset>`)).toEqual(['cpas', 'cpas', 'cpas']);
  });

  it("a guarantee's period is the CPAS's, its two dates too, under a section naming both", () => {
    expect(kindsIn(`<div><div class="card-header"><span>CPAS / aide médicale urgente</span></div><form><div>
      <label>Période couverte par la garantie</label><div><div><input placeholder="Date début" data-t><span>au</span><input placeholder="Date fin" data-t></div></div></div></form></div>`))
      .toEqual(['cpas', 'cpas']);
  });

  it("an attestation's date after the AMU attestation is the AMU's, whatever the field's name says", () => {
    expect(kindsIn(`<form><h3>Prise en charge</h3><label>Attestation AMU <select data-t><option></option><option>présente</option></select></label>
      <label>Date de l'attestation <input name="Admission.Cpas.DateAttestation" data-t></label></form>`)).toEqual(['amu', 'amu']);
  });
});

describe('what only mentions a kind', () => {
  it('a consent to share data with the CPAS, an assistance hotline, the city of an address abroad', () => {
    expect(kindsIn(`<form><label><input type="checkbox" data-t> Patient agrees to share data with the CPAS</label>
      <label>Assistance company hotline <input data-t></label>
      <fieldset><legend>Home address abroad</legend><label>City / town <input data-t></label></fieldset>
      <fieldset><legend>Address in Belgium</legend><label>Municipality <input data-t></label></fieldset></form>`)).toEqual([null, null, null, 'commune']);
  });
});

describe('labels reached indirectly', () => {
  it("a date picker's visible input takes the label of its hidden twin", () => {
    expect(kindsIn(`<div><label for="fin">Date de fin de validité du titre de séjour</label>
      <span><input type="hidden" id="fin"><input placeholder="jj/mm/aaaa" data-t></span></div>`)).toEqual(['document-expiry']);
  });

  it("MUI's Select: the hidden native input takes the label of the combobox before it, not the choice it shows", () => {
    expect(kindsIn(`<h2>Facturatie</h2><div><label id="l">Te factureren aan</label><div>
      <div role="combobox" id="w" aria-labelledby="l w">Ziekenfonds</div><input aria-hidden="true" tabindex="-1" name="billing.billTo" value="MUTUALITY" data-t></div></div>`)).toEqual(['payer']);
  });

  it('an arrival with the country first', () => {
    expect(kindsIn(`<form><label>In België aangekomen op <input data-t></label></form>`)).toEqual(['arrival-date']);
  });
});

describe('a grid drawn as two tables', () => {
  it("reads a body cell's column header from the header table just before it, above its filter row", () => {
    expect(kindsIn(`<div class="grid"><div class="head"><table><thead><tr><th>Code</th><th>Montant</th><th>Débiteur</th></tr>
      <tr><th><input placeholder="Filtrer code"></th><th></th><th><input placeholder="Tous" data-t></th></tr></thead></table></div>
      <div class="body"><table><tbody><tr><td>768012</td><td><input value="1.248,60" data-t></td><td><div><input readonly placeholder="Sélectionner" data-t></div></td></tr><tr><td>SUPCH</td><td><input value="180,00"></td><td><div><input readonly placeholder="Sélectionner" data-t></div></td></tr></tbody></table></div></div>`))
      .toEqual([null, null, 'payer', 'payer']);
  });
});

describe("a file's number", () => {
  it("is the CPAS's or the assistance's right after their field, nobody's elsewhere", () => {
    expect(kindsIn(`<form><div><label for="a">CPAS compétent</label><input id="a" data-t></div>
      <div><label for="b">N° de dossier</label><input id="b" data-t></div></form>
      <form><div><label for="c">Compagnie d'assistance</label><input id="c" data-t></div>
      <div><label for="d">N° de dossier</label><input id="d" data-t></div></form>
      <form><h3>Séjour en Belgique</h3><div><label for="e">Médecin traitant</label><input id="e" data-t></div>
      <div><label for="f">N° de dossier</label><input id="f" data-t></div></form>`)).toEqual(['cpas', 'cpas', 'travel-insurance', 'travel-insurance', null, null]);
  });
});

describe('a tab panel titled only by its tab', () => {
  it('takes the tab that shows it as its section: a contact persons tab holds no patient field', () => {
    expect(kindsIn(`
      <ul class="nav"><li><a data-toggle="tab" href="#p1">Patient</a></li><li><a data-toggle="tab" href="#p2">Kontaktpersonen</a></li></ul>
      <div class="tab-content">
        <div class="tab-pane active" id="p1"><label for="n1">Staatsangehörigkeit</label><input id="n1" data-t></div>
        <div class="tab-pane" id="p2"><table><thead><tr><th>Name</th><th>Staatsangehörigkeit</th><th>Wohnort</th></tr></thead>
          <tbody><tr><td><input name="name"></td><td><input name="nat" data-t></td><td><input name="city" data-t></td></tr></tbody></table></div>
      </div>`)).toEqual(['nationality', null, null]);
  });
});

describe('insurability as MyCareNet answers it', () => {
  it('is a status, not the insurer', () => {
    expect(kindsIn(`<table><tr><td><label for="o">Versicherbarkeit (MyCareNet)</label></td><td><select id="o" data-t><option>geprüft – in Ordnung</option><option>nicht geprüft</option></select></td></tr>
      <tr><td><label for="m">Krankenkasse</label></td><td><input id="m" data-t></td></tr></table>`)).toEqual([null, 'insurer']);
  });
});
