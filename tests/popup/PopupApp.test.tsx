// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/popup/PopupApp';
import { lang } from '@/components/i18n/index';

beforeEach(() => {
  lang.value = 'nl';
});

function setup(checkPatient = vi.fn((_id: string) => Promise.resolve())) {
  const openSidePanel = vi.fn(() => Promise.resolve());
  render(<PopupApp openSidePanel={openSidePanel} checkPatient={checkPatient} />);
  const search = screen.getByRole('searchbox', { name: 'Een document zoeken' });
  return { openSidePanel, checkPatient, search };
}

describe('PopupApp', () => {
  it('with nothing typed: one button that opens the side panel', () => {
    const { openSidePanel } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Payer Check' })).toBeTruthy();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Zijpaneel openen']);
    fireEvent.click(buttons[0]!);
    expect(openSidePanel).toHaveBeenCalledOnce();
  });

  it('"Check this page" (when offered) marks the page of the active tab through its callback', () => {
    const checkThisPage = vi.fn(() => Promise.resolve());
    render(<PopupApp openSidePanel={vi.fn(() => Promise.resolve())} checkPatient={vi.fn(() => Promise.resolve())} checkThisPage={checkThisPage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Deze pagina controleren' }));
    expect(checkThisPage).toHaveBeenCalledOnce();
  });

  it('finds documents and shows what each opens, from the engine', () => {
    const { search } = setup();
    fireEvent.input(search, { target: { value: 'K' } });
    const card = screen.getByRole('article', { name: /K-kaart/ });
    expect(within(card).getByTestId('insurance').textContent).toBe('het document volstaat om aan te sluiten');
    expect(within(card).getByTestId('cpas').textContent).toBe('volledige maatschappelijke dienstverlening indien zonder middelen');
    expect(within(card).getByTestId('register').textContent).toBe('ingeschreven');
    expect(within(card).getByTestId('fedasil').textContent).toBe('enkel met een opvangplaats van Fedasil (code 207)');
  });

  it('says when the engine would ask about Fedasil first, and what the AMU line depends on', () => {
    const { search } = setup();
    fireEvent.input(search, { target: { value: 'oranje kaart' } });
    const card = screen.getByRole('article', { name: /Oranje kaart/ });
    expect(within(card).getByTestId('fedasil').textContent).toBe('vraag naar de code 207: Fedasil betaalt bij een opvangplaats');
    expect(within(card).getByTestId('cpas').textContent).toMatch(/^volledige hulp of enkel DMH: hangt af van Reden van de oranje kaart/);
  });

  it('"Check a patient" opens the side panel with that document', () => {
    const { search, checkPatient } = setup();
    fireEvent.input(search, { target: { value: 'bijlage 26' } });
    fireEvent.click(screen.getByRole('button', { name: 'Patiënt nagaan met: Bijlage 26' }));
    expect(checkPatient).toHaveBeenCalledWith('annexe-26');
  });

  it('shows at most five cards, and says how many more there are', () => {
    const { search } = setup();
    fireEvent.input(search, { target: { value: 'kaart' } });
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.getByText(/^Nog \d+ resultaten: verfijn de zoekopdracht\.$/)).toBeTruthy();
  });

  it('shows why the panel did not open', async () => {
    const { search } = setup(vi.fn(() => Promise.reject(new Error('No side panel here'))));
    fireEvent.input(search, { target: { value: 'K' } });
    fireEvent.click(screen.getByTestId('check-patient'));
    expect((await screen.findByRole('alert')).textContent).toBe('No side panel here');
  });
});
