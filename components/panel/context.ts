/** What every part of the side panel shares: the patient (memory only), the settings, and the part loaded after the first render. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DocumentId } from '@/rules/index';
import type { PatientStore } from '@/components/state/patient';
import type { SettingsStore } from '@/components/state/settings';
import type { PageConnection } from '@/components/page-panel/index';
import type * as Deferred from './deferred';

/** ./deferred.ts: the engine, the verdict's components, the page sections… */
export type PanelParts = typeof Deferred;

export interface PanelServices {
  patient: PatientStore;
  /** Stores the clerk's choices (components/state/settings.ts, or a stand-in until it has loaded). */
  settings: Pick<SettingsStore, 'update'>;
  /** Puts text on the clipboard (components/platform/clipboard.ts in the extension). */
  copy: (text: string) => Promise<void>;
  /** Documents handed over by the popup's "Check a patient" (components/platform/handoff.ts). */
  receiveDocuments?: (onDocument: (id: DocumentId) => void) => () => void;
  /** The HIS page in the active tab (components/page-panel); absent where there is none (component tests). */
  page?: PageConnection;
  /** The part of the panel loaded after the first render; absent while it loads (a short "loading" note). */
  parts?: PanelParts;
}

export const PanelContext = createContext<PanelServices | null>(null);

export function usePanel(): PanelServices {
  const services = useContext(PanelContext);
  if (!services) throw new Error('PanelContext is missing');
  return services;
}
