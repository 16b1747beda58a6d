/** Starts the options page in `root`. */
import { render } from 'preact';
import { createSettingsStore } from '@/components/state/settings';
import { OptionsApp } from './OptionsApp';

export async function mountOptions(root: HTMLElement): Promise<void> {
  const settings = createSettingsStore();
  await Promise.race([settings.load().catch(() => undefined), new Promise((done) => setTimeout(done, 200))]);
  render(<OptionsApp settings={settings} />, root);
}
