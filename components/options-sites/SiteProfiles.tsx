/**
 * Options page: site profiles — for one HIS origin, CSS selectors per field kind that replace
 * the automatic detection of that kind there (one selector per line) — and their import and
 * export as JSON, in the format of hospital IT's policy. Profiles from IT are shown read only.
 *
 * Fits the options page's sections: `{ id: 'site-profiles', Component: SiteProfiles }`.
 */
import { useState } from 'preact/hooks';
import { lang as uiLang } from '@/components/i18n/index';
import { FIELD_KINDS, type FieldKind } from '@/components/page/field-kinds';
import { FIELD_KIND_LABELS } from '@/components/page/kind-labels';
import { normalizeOrigin, type SiteProfile, type SiteProfiles } from '@/components/page/site-profile';
import { useSiteSettings, type SiteSectionProps } from './SiteAccess';
import { browserSelectorCheck, describeSitesError, parseSitesJson, sitesJson, type SelectorCheck } from './sites-json';
import { browserSitesApi } from './sites-api';
import { sitesText, type SitesTextKey } from './texts';

type Draft = { origin: string; selectors: Record<FieldKind, string> };

const emptyDraft = (origin = ''): Draft => ({ origin, selectors: Object.fromEntries(FIELD_KINDS.map((k) => [k, ''])) as Record<FieldKind, string> });

function draftOf(origin: string, profile: SiteProfile | undefined): Draft {
  const draft = emptyDraft(origin);
  for (const kind of FIELD_KINDS) draft.selectors[kind] = (profile?.[kind] ?? []).join('\n');
  return draft;
}

export interface SiteProfilesProps extends SiteSectionProps {
  /** Whether the browser accepts a CSS selector (default: asks this page's DOM). */
  readonly isValidSelector?: SelectorCheck;
}

export function SiteProfiles({ lang, api = browserSitesApi, onSaved, onError, isValidSelector = browserSelectorCheck }: SiteProfilesProps) {
  const language = lang ?? uiLang.value;
  const text = (key: SitesTextKey, vars?: Record<string, string | number>) => sitesText(language, key, vars);
  const { settings, reload } = useSiteSettings(api);
  const [draft, setDraft] = useState<Draft>(emptyDraft());
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [importText, setImportText] = useState('');
  const [exported, setExported] = useState<string | null>(null);

  const local: SiteProfiles = settings?.localProfiles ?? {};
  const managed: SiteProfiles = settings?.managedProfiles ?? {};

  const save = (event: Event) => {
    event.preventDefault();
    const problems: string[] = [];
    const origin = normalizeOrigin(draft.origin);
    if (!origin) problems.push(text('accessInvalid', { input: draft.origin }));
    const profile: Record<string, string[]> = {};
    for (const kind of FIELD_KINDS) {
      const lines = draft.selectors[kind].split('\n').map((l) => l.trim());
      lines.forEach((selector, i) => {
        if (selector && !isValidSelector(selector)) problems.push(text('profilesBadSelector', { kind: FIELD_KIND_LABELS[language][kind], line: i + 1, selector }));
      });
      const kept = lines.filter(Boolean);
      if (kept.length) profile[kind] = kept;
    }
    setErrors(problems);
    if (problems.length || !origin) return;
    const next: Record<string, SiteProfile> = { ...local };
    if (Object.keys(profile).length) next[origin] = profile;
    else delete next[origin];
    api.writeProfiles(next).then(
      () => {
        setMessage(text('profilesSaved', { origin }));
        setDraft(draftOf(origin, profile));
        reload();
        onSaved?.();
      },
      (error: unknown) => onError?.(error),
    );
  };

  const remove = (origin: string) => {
    const next: Record<string, SiteProfile> = { ...local };
    delete next[origin];
    api.writeProfiles(next).then(
      () => {
        setMessage(text('profilesDeleted', { origin }));
        if (normalizeOrigin(draft.origin) === origin) setDraft(emptyDraft());
        reload();
        onSaved?.();
      },
      (error: unknown) => onError?.(error),
    );
  };

  const importJson = () => {
    const result = parseSitesJson(importText, isValidSelector);
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeSitesError(e, text('importLine'))));
      return;
    }
    setErrors([]);
    const { enabledOrigins, siteProfiles } = result.value;
    const origins = settings?.localOrigins ?? [];
    const newOrigins = enabledOrigins.filter((o) => !origins.includes(o));
    // Any access first, straight from the click (the browser asks only during a user gesture).
    const granted = newOrigins.length ? api.requestAccess(newOrigins) : Promise.resolve(true);
    granted
      .then(async (ok) => {
        await api.writeProfiles({ ...local, ...siteProfiles });
        if (ok && newOrigins.length) await api.writeOrigins([...origins, ...newOrigins]);
        setMessage(text('importDone', { profiles: Object.keys(siteProfiles).length, origins: ok ? newOrigins.length : 0 }));
        setImportText('');
        reload();
        onSaved?.();
      })
      .catch((error: unknown) => onError?.(error));
  };

  const exportJson = () => setExported(sitesJson(settings?.localOrigins ?? [], local));

  const listed = [...new Set([...Object.keys(managed), ...Object.keys(local)])];

  return (
    <section class="pc-step" aria-labelledby="options-site-profiles" data-testid="site-profiles">
      <h2 id="options-site-profiles" class="pc-subtitle">
        {text('profilesHeading')}
      </h2>
      <p class="pc-help">{text('profilesHelp')}</p>
      {settings && listed.length === 0 && <p class="pc-help">{text('profilesNone')}</p>}
      {listed.length > 0 && (
        <ul class="pc-fields">
          {listed.map((origin) => (
            <li key={origin} data-origin={origin}>
              <code>{origin}</code>{' '}
              {managed[origin] && <span class="pc-badge pc-badge--neutral">{text('accessManaged')}</span>}{' '}
              {local[origin] && (
                <>
                  <button type="button" class="pc-button pc-button--secondary" onClick={() => setDraft(draftOf(origin, local[origin]))}>
                    {text('profilesEdit')} <span class="pc-sr-only">{origin}</span>
                  </button>{' '}
                  <button type="button" class="pc-button pc-button--secondary" onClick={() => remove(origin)}>
                    {text('profilesDelete')} <span class="pc-sr-only">{origin}</span>
                  </button>
                </>
              )}
              {managed[origin] && <p class="pc-help">{text('profilesManaged')}</p>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={save} aria-label={text('profilesNew')}>
        <fieldset class="pc-fieldset">
          <legend class="pc-label">{text('profilesNew')}</legend>
          <label class="pc-label" for="options-profile-origin">
            {text('profilesOrigin')}
          </label>
          <input
            id="options-profile-origin"
            class="pc-input"
            type="text"
            inputMode="url"
            spellcheck={false}
            autoComplete="off"
            placeholder="https://his.hospital.be"
            value={draft.origin}
            onInput={(e) => setDraft({ ...draft, origin: (e.currentTarget as HTMLInputElement).value })}
          />
          {FIELD_KINDS.map((kind) => (
            <div key={kind}>
              <label class="pc-label" for={`options-profile-${kind}`}>
                {FIELD_KIND_LABELS[language][kind]} <code>{kind}</code>
              </label>
              <textarea
                id={`options-profile-${kind}`}
                class="pc-input"
                rows={1}
                spellcheck={false}
                value={draft.selectors[kind]}
                onInput={(e) => setDraft({ ...draft, selectors: { ...draft.selectors, [kind]: (e.currentTarget as HTMLTextAreaElement).value } })}
              />
            </div>
          ))}
          <button type="submit" class="pc-button">
            {text('profilesSave')}
          </button>
        </fieldset>
      </form>
      <h3 class="pc-subtitle">{text('importHeading')}</h3>
      <p class="pc-help">{text('importHelp')}</p>
      <label class="pc-label" for="options-profiles-import">
        {text('importLabel')}
      </label>
      <textarea
        id="options-profiles-import"
        class="pc-input"
        rows={6}
        spellcheck={false}
        value={importText}
        onInput={(e) => setImportText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <button type="button" class="pc-button" onClick={importJson} disabled={!importText.trim()}>
        {text('importButton')}
      </button>{' '}
      <button type="button" class="pc-button pc-button--secondary" onClick={exportJson}>
        {text('exportButton')}
      </button>
      {errors.length > 0 && (
        <ul class="pc-note pc-note--error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {exported !== null && (
        <>
          <label class="pc-label" for="options-profiles-export">
            {text('exportLabel')}
          </label>
          <textarea id="options-profiles-export" class="pc-input" rows={8} readOnly value={exported} />
          <button
            type="button"
            class="pc-button pc-button--secondary"
            onClick={() => api.copy(exported).then(() => setMessage(text('exportCopied')), (error: unknown) => onError?.(error))}
          >
            {text('exportCopy')}
          </button>
        </>
      )}
      <p role="status" class="pc-status">
        {message}
      </p>
    </section>
  );
}
