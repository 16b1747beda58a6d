// @vitest-environment happy-dom
/**
 * Radios bound by script carry no name (Alpine x-model, Vue v-model, React): their group is
 * found from the container they share, so the legend asks the question and each radio's own
 * words are only its answer — "OCMW" in a "Remgeld ten laste van" group is a payer choice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../components/page/detect-fields';

afterEach(() => document.body.replaceChildren());

const kinds = () => {
  const out: Record<string, string | null> = {};
  const found = new Map(detectFields(document).map((f) => [f.element, f.kind] as const));
  for (const el of Array.from(document.querySelectorAll('input'))) out[el.id] = found.get(el) ?? null;
  return out;
};

describe('nameless radio groups', () => {
  it.each([
    [
      'a fieldset whose legend names the billing party',
      `<fieldset><legend>Remgeld ten laste van</legend>
        <label><input type="radio" id="a" value="patient"> Patiënt</label>
        <label><input type="radio" id="b" value="ocmw"> OCMW</label>
        <label><input type="radio" id="c" value="fedasil"> Fedasil</label></fieldset>`,
      'payer',
    ],
    [
      'a box whose options are the payers (a select offering Mutuelle / CPAS / Fedasil / Patient)',
      `<div><span>Verzekeringstoestand</span>
        <label><input type="radio" id="a" value="zf"> Belgisch ziekenfonds</label>
        <label><input type="radio" id="b" value="ocmw"> OCMW (DMH)</label>
        <label><input type="radio" id="c" value="fedasil"> Fedasil</label>
        <label><input type="radio" id="d" value="zelf"> Zelfbetaler</label></div>`,
      'payer',
    ],
    [
      'a French debtor group',
      `<div role="group"><p>Débiteur</p><label><input type="radio" id="a"> Mutuelle</label><label><input type="radio" id="b"> CPAS</label><label><input type="radio" id="c"> Patient</label></div>`,
      'payer',
    ],
  ])('%s: every radio is one field of that kind', (_, html, kind) => {
    document.body.innerHTML = html;
    const found = kinds();
    expect(Object.values(found).every((k) => k === kind), JSON.stringify(found)).toBe(true);
  });

  it('a radio next to other kinds of control stays on its own (no group is guessed across fields)', () => {
    document.body.innerHTML = `<div><label>Nationalité <input id="nat"></label><label><input type="radio" id="r"> CPAS</label></div>`;
    const found = kinds();
    expect(found.nat).toBe('nationality');
    expect(found.r).not.toBe('payer');
  });

  it('two nameless groups in separate boxes do not merge', () => {
    document.body.innerHTML = `
      <fieldset><legend>Remgeld ten laste van</legend><label><input type="radio" id="a"> Patiënt</label><label><input type="radio" id="b"> OCMW</label></fieldset>
      <fieldset><legend>MyCareNet nagekeken</legend><label><input type="radio" id="c"> In orde</label><label><input type="radio" id="d"> Niet in orde</label></fieldset>`;
    const found = kinds();
    expect([found.a, found.b]).toEqual(['payer', 'payer']);
    expect([found.c, found.d]).toEqual([null, null]);
  });
});
