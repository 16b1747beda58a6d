// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out sets 47 to 50 (written blind side by side after the
 * fixes from sets 43 to 46, measured first at 4ff1a7f on the detection of 1adcf4e: P 0.979 /
 * R 0.949, 0.990 / 1.000, 0.950 / 0.969, 0.970 / 0.891), each on a small page of its own. Guards
 * that must stay unchanged sit beside.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('parts and their titles', () => {
  it('a block of nothing but one heading, however deep, titles the blocks after it (Qualtrics\' descriptive question)', () => {
    expect(
      kindsIn(`<div class="QuestionOuter DB"><div class="Inner"><div class="InnerInner"><fieldset><legend><div class="QuestionText"><h3>Carte européenne d'assurance maladie (CEAM)</h3></div></legend><div class="QuestionBody"></div></fieldset></div></div></div>
        <div class="Separator"></div>
        <div class="QuestionOuter TE"><div class="Inner"><div class="InnerInner"><fieldset><legend><div class="QuestionText">Données de la carte</div></legend>
        <div class="QuestionBody"><table><tr><td><label for="p">Pays</label></td><td><input id="p" data-t></td></tr></table></div></fieldset></div></div></div>`),
    ).toEqual(['ehic']);
  });

  it('a strip of tabs is no heading: its words ("… ÖSHZ / DMH …") do not title the panel after it (jQuery UI tabs)', () => {
    expect(
      kindsIn(`<ul role="tablist" class="ui-tabs-nav ui-widget-header"><li role="tab" aria-controls="p1"><a href="#p1">Stammdaten</a></li><li role="tab" aria-controls="p2"><a href="#p2">ÖSHZ / DMH</a></li></ul>
        <div id="p1" role="tabpanel"><h4 class="ig-section">Aufenthalt</h4><div class="row">
        <div><label for="a">Art</label><select id="a" data-t><option></option><option>Karte A</option><option>Karte F</option><option>Anlage 26</option></select></div>
        <div><label for="n">Nummer</label><input id="n" data-t></div><div><label for="g">gültig bis</label><input id="g" data-t></div></div></div>`),
    ).toEqual(['residence-document', 'document-number', 'document-expiry']);
  });

  it('question captions that are h3 blocks sit under the h2 of their part (Tally)', () => {
    expect(
      kindsIn(`<div class="tally-page"><div class="tally-block"><h2>ÖSHZ</h2></div>
        <div class="tally-block tally-block-label" id="c1"><h3><span>Zuständiges Zentrum</span></h3></div>
        <div class="tally-block"><select aria-labelledby="c1" data-t><option value="">Auswählen …</option><option>Maasmechelen</option><option>Genk</option></select></div>
        <div class="tally-block tally-block-label" id="c2"><h3><span>Antrag gestellt am</span></h3></div>
        <div class="tally-block"><input type="date" aria-labelledby="c2" data-t></div></div>`),
    ).toEqual(['cpas', 'cpas']);
  });

  it('a question\'s title that is also its label is not its section (Paperform: "Insurer" under "Travel cover")', () => {
    expect(
      kindsIn(`<h2>Travel cover</h2><div class="LiveField"><div class="LiveField__header"><label for="i" class="LiveField__title">Insurer</label></div><div><input id="i" data-t></div></div>`),
    ).toEqual(['travel-insurance']);
  });

  it('"4 . Nat.": a survey\'s question number with a space before its dot (SurveyMonkey)', () => {
    expect(kindsIn(`<div><h4 id="q4"><span>4</span> . <span>Nat.</span></h4><select aria-labelledby="q4" data-t><option>Belg</option><option>Marokkaans</option></select></div>`)).toEqual(['nationality']);
  });
});

describe('neighbours', () => {
  it('a hidden state input beside a box is no neighbour: "CP / Localité" over two boxes names each its own (Telerik)', () => {
    expect(
      kindsIn(`<table><tr><td><label for="cp">CP / Localité</label></td><td><span class="riSingle"><input id="cp" data-t><input type="hidden" id="cp_ClientState"></span>
        <span class="riSingle"><input id="loc" data-t><input type="hidden" id="loc_ClientState"></span></td></tr></table>`),
    ).toEqual([null, 'commune']);
  });
});

describe('words', () => {
  it('"Inschr.nr. ZF" is the sickness fund\'s registration number', () => {
    expect(kindsIn(`<label for="z">Inschr.nr. ZF</label><input id="z" data-t>`)).toEqual(['insurer']);
  });

  it('"[x] rekwisitoir ontvangen" is the CPAS\'s requisition (DevExpress)', () => {
    expect(kindsIn(`<div><input type="checkbox" id="r" data-t><label for="r">rekwisitoir ontvangen</label></div>`)).toEqual(['cpas']);
  });

  it('"Par l\'administration communale de" is the issuing town hall, whatever the box\'s id says', () => {
    expect(kindsIn(`<h3>Titre de séjour</h3><label for="titre.communeEmettrice">Par l'administration communale de</label><input id="titre.communeEmettrice" data-t>`)).toEqual([null]);
  });

  it('"Centre in charge" under "CPAS / OCMW" is the CPAS', () => {
    expect(kindsIn(`<h3>CPAS / OCMW</h3><label for="c">Centre in charge</label><select id="c" data-t><option>Choose…</option><option>Ans</option><option>Liège</option></select>`)).toEqual(['cpas']);
  });

  it('an assistance line named Travel.AssistanceLine is a phone number, and a ticket\'s tags are no field', () => {
    expect(
      kindsIn(`<label for="a">Assistance line</label><input id="a" name="Travel.AssistanceLine" data-t>
        <div><label id="t">Étiquettes</label><div><span>admission</span> <span>cpas_en_cours</span> <span>amu</span><input aria-labelledby="t" data-t></div></div>`),
    ).toEqual([null, null]);
  });
});
