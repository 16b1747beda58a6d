// @vitest-environment happy-dom
/** The side panel's page sections, rendered with a fake HIS tab. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createPageConnection } from '@/components/page-panel/connection';
import { EmphasiseAndFill } from '@/components/page-panel/EmphasiseAndFill';
import { CPAS_UNDECIDED_NAME, PAYER_NAMES } from '@/rules/i18n/payer-texts';
import { PageFields } from '@/components/page-panel/PageFields';
import { ReadFromPage } from '@/components/page-panel/ReadFromPage';
import { kindsToActOn } from '@/components/page-panel/act-on';
import { monthsBetween, proposalsFrom } from '@/components/page-panel/proposals';
import { PAGE_TEXTS } from '@/components/page-panel/texts';
import { SITES_TEXTS } from '@/components/options-sites/texts';
import { fakePage, frame } from './fake-page';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('texts', () => {
  it.each([
    ['page sections', PAGE_TEXTS],
    ['options sections', SITES_TEXTS],
  ] as const)('%s: every language has the French keys and placeholders', (_name, texts) => {
    for (const lang of ['nl', 'de', 'en'] as const) {
      expect(Object.keys(texts[lang]).sort()).toEqual(Object.keys(texts.fr).sort());
      for (const [key, value] of Object.entries(texts.fr)) expect(placeholders((texts[lang] as Record<string, string>)[key]!), `${lang}.${key}`).toEqual(placeholders(value));
    }
  });
});

describe('PageFields', () => {
  it('lists the fields frame by frame; a click (a button: Enter works too) focuses the field in its frame', async () => {
    const page = fakePage([
      { frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'nationality', label: 'Nationalité' }]) },
      { frameId: 2, fields: frame(2, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }], { total: 301 }) },
    ]);
    const connection = createPageConnection(page.api);
    render(<PageFields lang="fr" connection={connection} />);
    const button = await screen.findByRole('button', { name: 'Débiteur' });
    expect(screen.getByRole('button', { name: 'Nationalité' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Champs de cette page' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('302 champ(s) reconnu(s).');
    expect(screen.getByText('Cadre : Cadre 2')).toBeTruthy();
    expect(screen.getByText('et 300 autre(s) dans ce cadre')).toBeTruthy();
    fireEvent.click(button);
    await waitFor(() => expect(page.send).toHaveBeenCalledWith({ tabId: 7, frameId: 2 }, 'page:focus', { id: 'f1' }));
  });

  it('says when the page cannot be read', async () => {
    const connection = createPageConnection(fakePage([], { refuse: true }).api);
    render(<PageFields lang="nl" connection={connection} />);
    expect(await screen.findByText(/Payer Check leest deze pagina niet/)).toBeTruthy();
  });
});

describe('ReadFromPage', () => {
  it('proposes, on the click only, answers the clerk takes one by one', async () => {
    const page = fakePage([
      {
        frameId: 0,
        fields: frame(0, [{ id: 'f1', kind: 'nationality', label: 'Nationalité' }]),
        values: [
          { id: 'f1', kind: 'nationality', text: 'Marokkaans' },
          { id: 'f2', kind: 'residence-document', text: 'Bijlage 26' },
          { id: 'f3', kind: 'document-expiry', text: '30/07/2026' },
          { id: 'f4', kind: 'national-number', text: '85.07.30-033.28' },
          { id: 'f5', kind: 'arrival-date', text: '01/03/2025' },
          { id: 'f6', kind: 'nationality', text: 'Onbekend' },
        ],
      },
    ]);
    const connection = createPageConnection(page.api);
    const onConfirm = vi.fn();
    render(<ReadFromPage lang="fr" connection={connection} onConfirm={onConfirm} today="2025-11-24" />);
    expect(page.send.mock.calls.some((c) => c[1] === 'page:read')).toBe(false);
    await connection.refresh();
    fireEvent.click(screen.getByRole('button', { name: 'Lire la page' }));
    await screen.findByText('5 proposition(s).');
    expect(Array.from(document.querySelectorAll('[data-fact]'), (li) => li.getAttribute('data-fact'))).toEqual([
      'document',
      'documentValidUntil',
      'nationality',
      'nationalNumber',
      'monthsInBelgium',
    ]);
    expect(screen.getByText(/Non compris : « Onbekend »/)).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^Reprendre — Nationalité/ }));
    expect(onConfirm).toHaveBeenCalledWith('nationality', 'MA');
    fireEvent.click(screen.getByRole('button', { name: /^Reprendre — Document de séjour/ }));
    expect(onConfirm).toHaveBeenLastCalledWith('document', 'annexe-26');
    fireEvent.click(screen.getByRole('button', { name: /^Reprendre — Mois en Belgique/ }));
    expect(onConfirm).toHaveBeenLastCalledWith('monthsInBelgium', 8);
    fireEvent.click(screen.getByRole('button', { name: /^Ignorer — NISS/ }));
    expect(screen.queryByRole('button', { name: /NISS/ })).toBeNull();
    expect(screen.getAllByText('Repris')).toHaveLength(3);
  });
});

describe('proposals', () => {
  it.each([
    ['2024-03-01', '2025-11-24', 20],
    ['2025-11-25', '2025-12-24', 0],
    ['2025-11-24', '2025-11-24', 0],
    ['2026-01-01', '2025-11-24', null],
  ])('%s → %s: %s months', (from, to, months) => expect(monthsBetween(from, to)).toBe(months));

  it('maps codes and option values, and keeps one proposal per fact and value', () => {
    const { proposals } = proposalsFrom(
      [
        { kind: 'nationality', text: 'Ressortissant marocain', value: 'MAR' },
        { kind: 'nationality', text: 'MA' },
        { kind: 'residence-document', text: 'Carte F+' },
      ],
      '2025-11-24',
    );
    expect(proposals.map((p) => [p.fact, p.value])).toEqual([
      ['document', 'card-f-plus'],
      ['nationality', 'MA'],
    ]);
  });
});

describe('EmphasiseAndFill', () => {
  it.each([
    ['cpas-amu', 'required', ['payer', 'cpas', 'amu', 'commune']],
    ['belgian-insurer', 'not-required', ['payer', 'insurer']],
    ['ehic', 'depends', ['payer', 'ehic', 'insurer']],
    ['patient', 'required', ['payer', 'amu']],
  ] as const)('after a verdict for %s (AMU %s) the clerk acts on %j', (payer, amu, kinds) => expect(kindsToActOn(payer, amu)).toEqual(kinds));

  it('emphasises after a verdict, fills the payer on the click only, and takes the emphasis away after', async () => {
    const page = fakePage([
      { frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }, { id: 'f2', kind: 'cpas', label: 'CPAS' }]), fill: { ok: true, option: 'CPAS', value: 'C', changed: true } },
    ]);
    const connection = createPageConnection(page.api);
    await connection.refresh();
    await new Promise((r) => setTimeout(r, 10));
    const { rerender, unmount } = render(<EmphasiseAndFill lang="fr" connection={connection} firstPayer="cpas" amuAttestation="not-required" />);
    await waitFor(() => expect(page.send).toHaveBeenCalledWith({ tabId: 7, frameId: 0 }, 'page:emphasise', { kinds: ['payer', 'cpas', 'commune'] }));
    expect(await screen.findByText('2 champ(s) mis en évidence.')).toBeTruthy();
    expect(page.send.mock.calls.some((c) => c[1] === 'page:fill-payer')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: /^Remplir le débiteur/ }));
    expect(await screen.findByText('Option « CPAS » choisie dans le champ débiteur.')).toBeTruthy();
    expect(page.send).toHaveBeenCalledWith({ tabId: 7, frameId: 0 }, 'page:fill-payer', { payer: 'cpas' });
    rerender(<EmphasiseAndFill lang="fr" connection={connection} firstPayer={null} />);
    await waitFor(() => expect(page.send).toHaveBeenLastCalledWith({ tabId: 7, frameId: 0 }, 'page:emphasise', { kinds: [] }));
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
  });

  it('says when the page has no payer list or no option for the payer', async () => {
    const page = fakePage([{ frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }]), fill: { ok: false, reason: 'no-match' } }]);
    const connection = createPageConnection(page.api);
    await connection.refresh();
    render(<EmphasiseAndFill lang="en" connection={connection} firstPayer="fedasil" />);
    fireEvent.click(screen.getByRole('button', { name: 'Fill payer: Fedasil' }));
    expect(await screen.findByText('The payer field has no option for this payer: choose it by hand.')).toBeTruthy();
  });

  it("names the payer as the verdict does: an undecided CPAS is not called 'full social aid'", async () => {
    const connection = createPageConnection(fakePage([{ frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }]) }]).api);
    await connection.refresh();
    render(<EmphasiseAndFill lang="en" connection={connection} firstPayer="cpas" firstPayerName={CPAS_UNDECIDED_NAME} amuAttestation="depends" />);
    expect(screen.getByRole('button', { name: `Fill payer: ${CPAS_UNDECIDED_NAME.en}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Fill payer: ${PAYER_NAMES.cpas.en}` })).toBeNull();
  });
});

describe('mounting (types the lead relies on)', () => {
  it('onConfirm narrows the value by the fact, so a switch maps each to the patient store', () => {
    const calls: string[] = [];
    const onConfirm: import('@/components/page-panel/ReadFromPage').ReadFromPageProps['onConfirm'] = (fact, value) => {
      switch (fact) {
        case 'document':
          calls.push(`chooseDocument(${value satisfies import('@/rules/index').DocumentId})`);
          break;
        case 'monthsInBelgium':
          calls.push(`answer(${fact}, ${value satisfies number})`);
          break;
        default:
          calls.push(`${fact}=${value satisfies string}`);
      }
    };
    onConfirm('document', 'annexe-26');
    onConfirm('monthsInBelgium', 3);
    expect(calls).toEqual(['chooseDocument(annexe-26)', 'answer(monthsInBelgium, 3)']);
  });
});
