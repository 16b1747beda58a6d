/** Starts the side panel in `root`: settings first (so the first render is in the right language), then the interface. */
import { render } from 'preact';
import { createPatientStore } from '@/components/state/patient';
import { createSettingsStore } from '@/components/state/settings';
import { copyText } from '@/components/platform/clipboard';
import { receiveHandedOffDocuments } from '@/components/platform/handoff';
import { createPageConnection } from '@/components/page-panel/index';
import { App } from './App';

/** The marks `npm run bench` reads: scripts evaluated, settings read, first render in the DOM. */
export const SCRIPTS_READY_MARK = 'payer-check:scripts-ready';
export const SETTINGS_READY_MARK = 'payer-check:settings-ready';
export const FIRST_RENDER_MARK = 'payer-check:first-render';

/** Waits at most `ms` for `promise`, so that a slow storage never holds the panel back. */
function atMost(promise: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([promise.catch(() => undefined), new Promise((done) => setTimeout(done, ms))]);
}

export async function mountSidePanel(root: HTMLElement): Promise<void> {
  performance.mark(SCRIPTS_READY_MARK);
  const settings = createSettingsStore();
  await atMost(settings.load(), 200);
  performance.mark(SETTINGS_READY_MARK);
  const patient = createPatientStore();
  render(
    <App services={{ patient, settings, copy: copyText, receiveDocuments: receiveHandedOffDocuments, page: createPageConnection() }} />,
    root,
  );
  performance.mark(FIRST_RENDER_MARK);
}
