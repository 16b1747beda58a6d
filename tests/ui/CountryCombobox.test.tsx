// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CountryCombobox } from '@/components/ui/CountryCombobox';
import { lang } from '@/components/i18n/index';

beforeEach(() => {
  lang.value = 'fr';
});

function setup() {
  const onChoose = vi.fn();
  const onOtherKey = vi.fn((event: KeyboardEvent, query: string) => event.key === '0' && query === '');
  render(
    <div>
      <h3 id="q">Quelle est la nationalité du patient ?</h3>
      <CountryCombobox idPrefix="c" labelledBy="q" onChoose={onChoose} onOtherKey={onOtherKey} />
    </div>,
  );
  const input = screen.getByRole('combobox', { name: 'Quelle est la nationalité du patient ?' }) as HTMLInputElement;
  return { onChoose, onOtherKey, input };
}

describe('CountryCombobox', () => {
  it('is collapsed until the clerk types, then lists matches grouped', () => {
    const { input } = setup();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.input(input, { target: { value: 'Maroc' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: 'Pays avec une convention de sécurité sociale' })).toBeTruthy();
    expect(screen.getByRole('option', { name: /Maroc/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('chooses the active country with Enter, by name in another language or by code', () => {
    const { input, onChoose } = setup();
    fireEvent.input(input, { target: { value: 'Polen' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenLastCalledWith('PL');
    fireEvent.input(input, { target: { value: 'ch' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenLastCalledWith('CH');
  });

  it('names countries in the interface language', () => {
    lang.value = 'de';
    const { input } = setup();
    fireEvent.input(input, { target: { value: 'MA' } });
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('Marokko');
  });

  it('lets the question handle its own keys ("0" = don’t know on an empty field)', () => {
    const { input, onOtherKey, onChoose } = setup();
    fireEvent.keyDown(input, { key: '0' });
    expect(onOtherKey).toHaveReturnedWith(true);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('opens the whole grouped list with ArrowDown', () => {
    const { input } = setup();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const headings = screen.getAllByRole('group').map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)!.textContent);
    expect(headings).toEqual(['UE et EEE', 'Suisse', 'Royaume-Uni', 'Pays avec une convention de sécurité sociale', 'Autres pays']);
  });
});
