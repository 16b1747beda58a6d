// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentPicker } from '@/components/ui/DocumentPicker';
import { lang } from '@/components/i18n/index';
import { firstItems } from '@/components/ui/GroupedListbox';

beforeEach(() => {
  lang.value = 'fr';
});

function setup() {
  const onChoose = vi.fn();
  render(<DocumentPicker onChoose={onChoose} idPrefix="t" autoFocus />);
  const input = screen.getByRole('combobox', { name: 'Document de séjour' }) as HTMLInputElement;
  const type = (value: string) => fireEvent.input(input, { target: { value } });
  const key = (k: string) => fireEvent.keyDown(input, { key: k });
  return { onChoose, input, type, key };
}

describe('DocumentPicker (ARIA combobox + listbox)', () => {
  it('is a labelled combobox controlling a listbox, focused at once', () => {
    const { input } = setup();
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'))).toEqual([
      't-group-card',
      't-group-paper',
      't-group-no-document',
    ]);
    expect(screen.getByText('Cartes électroniques')).toBeTruthy();
  });

  it('filters as the clerk types and chooses the best match with Enter', () => {
    const { input, type, key, onChoose } = setup();
    type('bijlage 26');
    const options = screen.getAllByRole('option');
    expect(options[0]!.dataset.document).toBe('annexe-26');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    key('Enter');
    expect(onChoose).toHaveBeenCalledWith('annexe-26');
  });

  it('walks the list with the arrows', () => {
    const { input, type, key, onChoose } = setup();
    type('EU');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('t-option-card-eu-plus');
    key('ArrowUp');
    key('ArrowUp'); // stays on the first
    expect(input.getAttribute('aria-activedescendant')).toBe('t-option-card-eu');
    key('ArrowDown');
    key('Enter');
    expect(onChoose).toHaveBeenCalledWith('card-eu-plus');
  });

  it('shows old and new names side by side', () => {
    const { type } = setup();
    type('C');
    expect(screen.getByRole('option').textContent).toContain('ancien modèle → K');
    type('K');
    expect(screen.getByRole('option').textContent).toContain('remplace C');
  });

  it('clears the search with Escape and says when nothing matches', () => {
    const { input, type, key } = setup();
    type('xqzw');
    expect(screen.getByText('Aucun document ne correspond à « xqzw ».', { selector: 'p.pc-empty' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Aucun document ne correspond à « xqzw ».');
    key('Escape');
    expect(input.value).toBe('');
    expect(screen.getAllByRole('option').length).toBe(31);
  });

  it('chooses with the mouse too', () => {
    const { type, onChoose } = setup();
    type('oranje');
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(onChoose).toHaveBeenCalledWith('attestation-immatriculation');
  });

  it('speaks the interface language', () => {
    lang.value = 'nl';
    render(<DocumentPicker onChoose={() => undefined} idPrefix="n" />);
    expect(screen.getByRole('combobox', { name: 'Verblijfsdocument' })).toBeTruthy();
    expect(screen.getByText('Elektronische kaarten')).toBeTruthy();
  });

  it('draws a first screenful before the first paint when asked, and the whole list right after', async () => {
    render(<DocumentPicker onChoose={() => undefined} idPrefix="f" firstPaintOptions={10} />);
    expect(screen.getAllByRole('option').length).toBe(10);
    // The status speaks of the whole list, not of what is drawn yet.
    expect(screen.getByRole('status').textContent).toBe('31 documents');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBe(31));
    expect(screen.getAllByRole('group').length).toBe(3);
  });

  it('draws the whole list at once when a key walks it before the first paint', () => {
    render(<DocumentPicker onChoose={() => undefined} idPrefix="k" firstPaintOptions={3} />);
    const input = screen.getByRole('combobox');
    expect(screen.getAllByRole('option').length).toBe(3);
    fireEvent.keyDown(input, { key: 'PageDown' });
    expect(screen.getAllByRole('option').length).toBe(31);
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toBeTruthy();
  });
});

describe('firstItems', () => {
  const groups = [
    { key: 'a', heading: 'A', items: [1, 2, 3] },
    { key: 'b', heading: 'B', items: [4, 5] },
    { key: 'c', heading: 'C', items: [6] },
  ];
  it('keeps the first n items in their groups and leaves out the groups with none', () => {
    expect(firstItems(groups, 4).map((g) => [g.key, g.items])).toEqual([['a', [1, 2, 3]], ['b', [4]]]);
    expect(firstItems(groups, 3).map((g) => g.key)).toEqual(['a']);
    expect(firstItems(groups, Infinity)).toBe(groups);
  });
});

