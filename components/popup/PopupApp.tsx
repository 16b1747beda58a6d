import { useState } from 'preact/hooks';
import { browserText } from '@/components/platform/i18n';

export interface PopupAppProps {
  /** Opens the side panel; must run straight from the click (a user gesture). */
  openSidePanel: () => Promise<void>;
}

/** The toolbar button's popup: one way into the side panel. */
export function PopupApp({ openSidePanel }: PopupAppProps) {
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    setError(null);
    openSidePanel().catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  };
  return (
    <main style={{ padding: '1rem', width: '18rem' }}>
      <h1>{browserText('extName')}</h1>
      <p>{browserText('popupIntro')}</p>
      <button type="button" class="pc-button" onClick={open}>
        {browserText('openSidePanel')}
      </button>
      {error && (
        <p role="alert" class="pc-error">
          {error}
        </p>
      )}
    </main>
  );
}
