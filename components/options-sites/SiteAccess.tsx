/**
 * Options page: the HIS sites where Payer Check runs besides localhost. The clerk types an
 * address and clicks "Enable": the browser asks for access to that origin (then, not at
 * install), and the background registers the content script there. Origins hospital IT set
 * through the policy are listed as such; the clerk can only allow them (the browser's access
 * is per profile) or remove their own.
 *
 * Fits the options page's sections: `{ id: 'sites', Component: SiteAccess }` in OPTION_SECTIONS.
 */
import { useEffect, useState } from 'preact/hooks';
import { lang as uiLang } from '@/components/i18n/index';
import { normalizeOrigin } from '@/components/page/site-profile';
import type { SiteSettings } from '@/components/platform/site-settings';
import type { Lang } from '@/rules/index';
import { browserSitesApi, type SitesApi } from './sites-api';
import { sitesText, type SitesTextKey } from './texts';

export interface SiteSectionProps {
  /** Default: the interface language. */
  readonly lang?: Lang;
  readonly api?: SitesApi;
  readonly onSaved?: () => void;
  readonly onError?: (error: unknown) => void;
}

/** The site settings, kept current (this page, other pages, IT, the browser's permission settings). */
export function useSiteSettings(api: SitesApi): { settings: SiteSettings | null; access: ReadonlyMap<string, boolean>; reload: () => void } {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [access, setAccess] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [tick, setTick] = useState(0);
  useEffect(() => api.watch(() => setTick((n) => n + 1)), [api]);
  useEffect(() => {
    let live = true;
    void api.read().then(async (next) => {
      const origins = [...new Set([...next.managedOrigins, ...next.localOrigins])];
      const granted = await Promise.all(origins.map((o) => api.hasAccess(o).catch(() => false)));
      if (!live) return;
      setSettings(next);
      setAccess(new Map(origins.map((o, i) => [o, granted[i]!])));
    });
    return () => {
      live = false;
    };
  }, [api, tick]);
  return { settings, access, reload: () => setTick((n) => n + 1) };
}

export function SiteAccess({ lang, api = browserSitesApi, onSaved, onError }: SiteSectionProps) {
  const language = lang ?? uiLang.value;
  const text = (key: SitesTextKey, vars?: Record<string, string | number>) => sitesText(language, key, vars);
  const { settings, access, reload } = useSiteSettings(api);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');

  const local = settings?.localOrigins ?? [];
  const managed = settings?.managedOrigins ?? [];
  const origins = [...new Set([...managed, ...local])];

  const enable = (event: Event) => {
    event.preventDefault();
    const origin = normalizeOrigin(input);
    if (!origin) {
      setMessage(text('accessInvalid', { input }));
      return;
    }
    // The permission request first, with no await before it: it needs the click's user gesture.
    api.requestAccess([origin]).then(
      async (granted) => {
        if (!granted) {
          setMessage(text('accessRefused', { origin }));
          return;
        }
        if (!local.includes(origin)) await api.writeOrigins([...local, origin]);
        setInput('');
        setMessage(text('accessAdded', { origin }));
        reload();
        onSaved?.();
      },
      (error: unknown) => {
        setMessage(text('accessRefused', { origin }));
        onError?.(error);
      },
    );
  };

  const allow = (origin: string) => {
    api.requestAccess([origin]).then(
      (granted) => {
        setMessage(granted ? text('accessAdded', { origin }) : text('accessRefused', { origin }));
        reload();
      },
      (error: unknown) => onError?.(error),
    );
  };

  const remove = (origin: string) => {
    api
      .writeOrigins(local.filter((o) => o !== origin))
      .then(() => (managed.includes(origin) ? true : api.removeAccess(origin)))
      .then(
        () => {
          setMessage(text('accessRemoved', { origin }));
          reload();
          onSaved?.();
        },
        (error: unknown) => onError?.(error),
      );
  };

  return (
    <section class="pc-step" aria-labelledby="options-sites" data-testid="site-access">
      <h2 id="options-sites" class="pc-subtitle">
        {text('accessHeading')}
      </h2>
      <p class="pc-help">{text('accessHelp')}</p>
      <p class="pc-help">{text('accessAlwaysOn')}</p>
      <form onSubmit={enable} class="pc-inline">
        <label class="pc-label" for="options-site-origin">
          {text('accessOriginLabel')}
        </label>
        <input
          id="options-site-origin"
          class="pc-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://his.hospital.be"
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="pc-button">
          {text('accessAdd')}
        </button>
      </form>
      {settings && origins.length === 0 && <p class="pc-help">{text('accessNone')}</p>}
      {origins.length > 0 && (
        <ul class="pc-fields" aria-label={text('accessHeading')}>
          {origins.map((origin) => {
            const granted = access.get(origin) === true;
            const byIt = managed.includes(origin);
            return (
              <li key={origin} data-origin={origin}>
                <code>{origin}</code>{' '}
                {byIt && <span class="pc-badge pc-badge--neutral">{text('accessManaged')}</span>}{' '}
                <span class={`pc-badge ${granted ? 'pc-badge--ok' : 'pc-badge--warn'}`}>{text(granted ? 'accessGranted' : 'accessNotGranted')}</span>{' '}
                {!granted && (
                  <button type="button" class="pc-button pc-button--secondary" onClick={() => allow(origin)}>
                    {text('accessAllow')} <span class="pc-sr-only">{origin}</span>
                  </button>
                )}{' '}
                {local.includes(origin) && (
                  <button type="button" class="pc-button pc-button--secondary" onClick={() => remove(origin)}>
                    {text('accessRemove')} <span class="pc-sr-only">{origin}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" class="pc-status">
        {message}
      </p>
    </section>
  );
}
