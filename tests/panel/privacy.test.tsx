// @vitest-environment happy-dom
/**
 * Privacy: the patient's situation lives in memory only. Drive a whole case through the
 * panel with the real settings store on WXT's fake browser, then look in every storage area.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/components/panel/App';
import * as parts from '@/components/panel/deferred';
import { decideSituation } from '@/rules/index';
import { createPatientStore } from '@/components/state/patient';
import { createSettingsStore } from '@/components/state/settings';
import { lang } from '@/components/i18n/index';
import { LANGUAGE_MIRROR_KEY } from '@/components/platform/start-settings';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('privacy', () => {
  it('stores the settings and nothing about the patient', async () => {
    lang.value = 'fr';
    const patient = createPatientStore({ decide: decideSituation });
    const settings = createSettingsStore();
    await settings.load();
    render(<App services={{ patient, settings, copy: vi.fn(() => Promise.resolve()), parts }} />);
    fireEvent.click(screen.getByRole('button', { name: 'NL – Nederlands' }));
    const search = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.input(search, { target: { value: 'bijlage 19' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    await screen.findByTestId('verdict');
    patient.answer('nationality', 'PL');
    patient.answer('euStatus', 'job-seeker');
    patient.answer('indigent', true);
    patient.setValidUntil('2031-05-17');
    fireEvent.input(await screen.findByLabelText('INSZ of BIS-nummer'), { target: { value: '85.47.30-033.17' } });
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    await waitFor(() => expect(settings.settings.value.language).toBe('nl'));

    const stored = {
      local: await fakeBrowser.storage.local.get(null),
      session: await fakeBrowser.storage.session.get(null),
      sync: await fakeBrowser.storage.sync.get(null),
    };
    expect(stored.local.settings).toEqual({ language: 'nl', highlightFields: true });
    expect(Object.keys(stored.local).filter((k) => !k.startsWith('settings'))).toEqual([]);
    expect(stored.session).toEqual({});
    expect(stored.sync).toEqual({});
    const text = JSON.stringify(stored);
    for (const value of ['PL', 'job-seeker', '2031', '85.47', 'annexe-19', 'indigent']) expect(text).not.toContain(value);
    // localStorage holds one thing: the mirror of the language setting, read before the first render.
    expect(Object.keys(localStorage)).toEqual([LANGUAGE_MIRROR_KEY]);
    expect(localStorage.getItem(LANGUAGE_MIRROR_KEY)).toBe('nl');
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps storage out of the interface’s code: it goes through components/platform/storage.ts', () => {
    const dirs = ['panel', 'popup', 'options', 'state', 'ui', 'i18n'];
    const sources = dirs.flatMap((d) => files(resolve(ROOT, 'components', d))).filter((f) => /\.(ts|tsx)$/.test(f));
    const direct = sources.filter((f) => /wxt\/utils\/storage|browser\.storage|chrome\.storage|localStorage|indexedDB/.test(readFileSync(f, 'utf8')));
    expect(direct.map((f) => relative(ROOT, f))).toEqual([]);
    const viaPlatform = sources.filter((f) => /from '@\/components\/platform\/(storage|handoff)'/.test(readFileSync(f, 'utf8')));
    expect(viaPlatform.map((f) => relative(ROOT, f)).sort()).toEqual([
      'components/panel/deferred.ts',
      'components/popup/mount.tsx',
      'components/state/settings.ts',
    ]);
    const patientStore = readFileSync(resolve(ROOT, 'components/state/patient.ts'), 'utf8');
    expect(patientStore).not.toMatch(/from '@\/components\/platform/);
  });
});
