// @vitest-environment happy-dom
/**
 * A field's own name or id can say whose it is, when its label does not: "Contact.Nationalite"
 * under a plain "Nationalité" label (the tab strip saying "Contact" is no heading of the field).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../components/page/detect-fields';

afterEach(() => document.body.replaceChildren());

const kindOf = (html: string) => {
  document.body.innerHTML = html;
  const field = detectFields(document).find((f) => f.element.id === 'x' || f.element.getAttribute('name') === 'x');
  return field?.kind ?? null;
};

describe('the identifier names another person', () => {
  it.each([
    ['<label for="Contact_Nationalite">Nationalité</label><input id="Contact_Nationalite" name="x">', null],
    ['<label for="y">Nationalité</label><input id="y" name="x" data-role="contact">', 'nationality'],
    ['<label for="x">Commune</label><input id="x" name="Contact.Commune">', null],
    ['<label>Nationaliteit <input name="moeder_nationaliteit" id="x"></label>', null],
    ['<label>Municipality <input name="employerMunicipality" id="x"></label>', null],
    ['<label>Staatsangehörigkeit <input name="vater.staatsangehoerigkeit" id="x"></label>', null],
  ])('%s → %s', (html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });

  it.each([
    ['<label for="x">Nationalité</label><input id="x" name="Patient.Nationalite">', 'nationality'],
    ['<label>Commune <input id="x" name="patient_commune"></label>', 'commune'],
    ['<label>Nationaliteit <input id="x" name="mat-input-12"></label>', 'nationality'],
  ])('the patient\'s own: %s → %s', (html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });
});

describe('a table header over a cell of several "Label : field" pairs says whose they are', () => {
  const page = (header: string) => `<table><tr><th>Patient</th><th>${header}</th></tr><tr>
    <td>Nationalité : <input name="p_nat"><br>Localité : <input name="p_loc"></td>
    <td>Nom : <input name="o_nom"><br>Nationalité : <input name="x"><br>Localité : <input name="o_loc"></td></tr></table>`;

  it.each(['Personne de contact', 'Employeur', 'Contactpersoon', 'Arbeitgeber'])('under "%s": not the patient\'s', (header) => {
    document.body.innerHTML = page(header);
    const kinds = new Map(detectFields(document).map((f) => [f.element.getAttribute('name'), f.kind] as const));
    expect(kinds.get('x')).toBeUndefined();
    expect(kinds.get('o_loc')).toBeUndefined();
    expect(kinds.get('p_nat')).toBe('nationality');
    expect(kinds.get('p_loc')).toBe('commune');
  });
});
