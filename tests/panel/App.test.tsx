// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAYER_NAMES, decideSituation, type DocumentId } from '@/rules/index';
import { App } from '@/components/panel/App';
import * as parts from '@/components/panel/deferred';
import { createPatientStore } from '@/components/state/patient';
import { createSettingsStore } from '@/components/state/settings';
import { lang } from '@/components/i18n/index';

beforeEach(() => {
  lang.value = 'fr';
});

async function setup() {
  const patient = createPatientStore({ decide: decideSituation, clock: () => new Date(2026, 2, 15) });
  const settings = createSettingsStore();
  await settings.update({ language: 'fr' });
  const copy = vi.fn((_text: string) => Promise.resolve());
  let handOver: ((id: DocumentId) => void) | undefined;
  const receiveDocuments = vi.fn((cb: (id: DocumentId) => void) => {
    handOver = cb;
    return () => undefined;
  });
  render(<App services={{ patient, settings, copy, receiveDocuments, parts }} />);
  const search = () => screen.getByRole('combobox', { name: 'Document de séjour' }) as HTMLInputElement;
  const choose = (query: string) => {
    fireEvent.input(search(), { target: { value: query } });
    fireEvent.keyDown(search(), { key: 'Enter' });
  };
  const firstQuestion = () => document.querySelector<HTMLElement>('#questions .pc-question')!;
  const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
  return { patient, settings, copy, search, choose, firstQuestion, press, handOver: (id: DocumentId) => act(() => handOver!(id)) };
}

describe('the side panel', () => {
  it('renders its heading and puts the focus in the document search', async () => {
    const { search } = await setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Payer Check');
    await waitFor(() => expect(document.activeElement).toBe(search()));
  });

  it('goes from the document to the verdict from the keyboard, announcing it', async () => {
    const { choose, firstQuestion, press, patient } = await setup();
    choose('bijlage 26');
    await waitFor(() => expect(screen.getByTestId('chosen-document').dataset.document).toBe('annexe-26'));
    // The focus moves to the first question; digits answer, 0 is "don't know".
    for (let i = 0; i < 20 && document.querySelector('#questions .pc-question'); i++) {
      await waitFor(() => expect(firstQuestion().contains(document.activeElement)).toBe(true));
      const fact = firstQuestion().dataset.fact!;
      const wanted = { reception: 'collective-centre', belgianInsurance: 'not-affiliated' }[fact];
      const values = [...firstQuestion().querySelectorAll<HTMLElement>('button[data-value]')].map((b) => b.dataset.value);
      press(wanted ? String(values.indexOf(wanted) + 1) : '0');
    }
    expect(patient.answers.value.get('reception')).toBe('collective-centre');
    const verdict = screen.getByTestId('verdict');
    expect(verdict.dataset.firstPayer).toBe('fedasil');
    expect(screen.getByTestId('first-payer').textContent).toBe(PAYER_NAMES.fedasil.fr);
    expect(screen.getByTestId('amu-badge').textContent).toBe('pas nécessaire');
    expect(screen.getByTestId('announcement').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByTestId('announcement').textContent).toBe(`Facturer d’abord : ${PAYER_NAMES.fedasil.fr} · attestation AMU : pas nécessaire`);
    expect(screen.getByTestId('no-questions')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('copy-summary')));
  });

  it('lists the answers with change and clear', async () => {
    const { choose, press, patient } = await setup();
    choose('annexe 19');
    await waitFor(() => expect(document.querySelector('#questions .pc-question')?.contains(document.activeElement)).toBe(true));
    press('1');
    const answered = [...patient.answers.value.keys()][0]!;
    const row = screen.getByTestId('answers').querySelector(`[data-fact="${answered}"]`)!;
    expect(row.textContent).toContain('Modifier');
    fireEvent.click(row.querySelectorAll('button')[0]!);
    await waitFor(() => expect(document.querySelector(`#questions [data-fact="${answered}"]`)?.contains(document.activeElement)).toBe(true));
    expect(patient.answers.value.has(answered)).toBe(false);
  });

  it('copies the summary and ticks the checklist', async () => {
    const { choose, copy } = await setup();
    choose('K');
    await screen.findByTestId('verdict');
    const box = screen.getAllByRole('checkbox')[0] as HTMLInputElement;
    fireEvent.click(box);
    expect(screen.getByTestId('checklist-progress').textContent).toMatch(/^1 sur \d+ fait$/);
    fireEvent.click(screen.getByTestId('copy-summary'));
    expect(copy).toHaveBeenCalledOnce();
    expect(copy.mock.calls[0]![0]).toMatch(/^Payer Check — résumé du 15\/03\/2026\nDocument\u202f: Carte K/);
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Résumé copié : collez-le dans la note du dossier.'));
  });

  it('switches language at once, verdict included', async () => {
    const { choose, settings } = await setup();
    choose('K');
    await screen.findByTestId('verdict');
    fireEvent.click(screen.getByRole('button', { name: 'NL – Nederlands' }));
    await waitFor(() => expect(screen.getByTestId('first-payer').textContent).toBe(PAYER_NAMES['belgian-insurer'].nl));
    expect(screen.getByRole('button', { name: 'NL – Nederlands' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('nl');
    expect(settings.settings.value.language).toBe('nl');
  });

  it('starts a new patient with Alt+Shift+N, and takes the document the popup hands over', async () => {
    const { choose, patient, handOver, search } = await setup();
    choose('K');
    await screen.findByTestId('verdict');
    fireEvent.keyDown(window, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    await waitFor(() => expect(screen.queryByTestId('verdict')).toBeNull());
    expect(patient.document.value).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(search()));
    handOver('attestation-immatriculation');
    await waitFor(() => expect(screen.getByTestId('chosen-document').dataset.document).toBe('attestation-immatriculation'));
  });

  it('checks the national number as it is typed', async () => {
    const { choose } = await setup();
    choose('sans papiers');
    const field = (await screen.findByLabelText('NISS ou numéro BIS')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '85.27.30-033.71' } });
    expect(screen.getByTestId('national-number-status').textContent).toBe(
      'Numéro BIS (85.27.30-033.71) : pas inscrit au Registre national.',
    );
    fireEvent.input(field, { target: { value: '123' } });
    expect(screen.getByTestId('national-number-status').textContent).toBe('Il faut exactement 11 chiffres.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the search before the rules have loaded, and a short note for a document chosen meanwhile', async () => {
    const patient = createPatientStore({ clock: () => new Date(2026, 2, 15) });
    const services = { patient, settings: createSettingsStore(), copy: vi.fn((_text: string) => Promise.resolve()) };
    const { rerender } = render(<App services={services} />);
    const search = screen.getByRole('combobox', { name: 'Document de séjour' });
    fireEvent.input(search, { target: { value: 'bijlage 26' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.getByTestId('chosen-document').dataset.document).toBe('annexe-26');
    expect(screen.getByTestId('panel-loading').textContent).toBe('Chargement des règles…');
    expect(screen.queryByTestId('verdict')).toBeNull();
    // The rest of the panel arrives: the verdict, and the focus on the first question.
    patient.decide.value = decideSituation;
    rerender(<App services={{ ...services, parts }} />);
    expect(screen.getByTestId('verdict')).toBeTruthy();
    expect(screen.queryByTestId('panel-loading')).toBeNull();
    await waitFor(() => expect(document.querySelector('#questions .pc-question')?.contains(document.activeElement)).toBe(true));
  });
});

