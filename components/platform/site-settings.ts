/**
 * What the content script and the options page keep about HIS sites, in the browser's local
 * extension storage: the origins the clerk enabled, and site profiles. Also reads — never
 * writes — the interface settings of components/state/settings.ts (highlight on/off, language),
 * defensively: a missing or odd value means the default (highlight on, browser's language).
 *
 * Nothing about a patient is ever stored here.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { FIELD_KIND_LABELS, type ClerkLanguage } from '@/components/page/kind-labels';
import { MANAGED_COPY_KEY, readManagedPolicy } from './managed';
import {
  siteSchemas,
  profileSchema,
  mergeOrigins,
  profileFor,
  type ManagedPolicy,
  type SiteProfile,
  type SiteProfiles,
} from '@/components/page/site-profile';

/** The interface settings' key (components/state/settings.ts, `local:settings`). Read only here. */
export const SETTINGS_KEY = 'settings';
export const ENABLED_ORIGINS_KEY = 'enabledOrigins';
export const SITE_PROFILES_KEY = 'siteProfiles';

export interface PageSettings {
  readonly highlight: boolean;
  readonly language: ClerkLanguage;
  readonly profile: SiteProfile | undefined;
}

/** Highlight on unless the settings say `highlightFields: false`. */
export function highlightFrom(settings: unknown): boolean {
  return !(settings && typeof settings === 'object' && (settings as { highlightFields?: unknown }).highlightFields === false);
}

/** The clerk's chosen language, else the browser's (nl-BE → nl; other languages → en; none → fr). */
export function languageFrom(settings: unknown, browserLanguage: string | undefined): ClerkLanguage {
  const chosen = settings && typeof settings === 'object' ? (settings as { language?: unknown }).language : undefined;
  if (typeof chosen === 'string' && chosen in FIELD_KIND_LABELS) return chosen as ClerkLanguage;
  if (!browserLanguage) return 'fr';
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary in FIELD_KIND_LABELS ? (primary as ClerkLanguage) : 'en';
}

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** `raw` if the schema accepts it, else the fallback; nothing stored is the fallback, unparsed. */
function valid<T>(schema: () => z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  if (raw === undefined) return fallback;
  const parsed = z.safeParse(schema(), raw);
  return parsed.success ? parsed.data : fallback;
}

const profilesSchema = (): z.ZodMiniType<SiteProfiles> => siteSchemas().SiteProfiles as z.ZodMiniType<SiteProfiles>;
const originsSchema = (): z.ZodMiniType<string[]> => siteSchemas().EnabledOrigins;

/** `record[key]`, when `record` is an object and has its own `key`. */
function entry(record: unknown, key: string): unknown {
  return record && typeof record === 'object' && Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** The clerk's or IT's profile for one origin, validated alone: a broken profile of another origin does not matter here. */
function originProfile(profiles: unknown, origin: string): SiteProfiles | undefined {
  const profile = valid<SiteProfile | undefined>(profileSchema as () => z.ZodMiniType<SiteProfile>, entry(profiles, origin), undefined);
  return profile && { [origin]: profile };
}

/** What the content script needs on `origin`: highlight, language, the profile (IT's wins kind by kind). */
export async function readPageSettings(origin: string): Promise<PageSettings> {
  const local = (await browser.storage.local.get([SETTINGS_KEY, SITE_PROFILES_KEY, MANAGED_COPY_KEY])) as Record<string, unknown>;
  const settings = local[SETTINGS_KEY];
  return {
    highlight: highlightFrom(settings),
    language: languageFrom(settings, uiLanguage()),
    // IT's policy as the background copied it (managed storage does not answer content scripts).
    profile: profileFor(origin, originProfile(local[SITE_PROFILES_KEY], origin), originProfile(entry(local[MANAGED_COPY_KEY], 'siteProfiles'), origin)),
  };
}

/** Calls `onChange` when anything `readPageSettings` reads changes (in any page of the extension, or by IT). */
export function onPageSettingsChange(onChange: () => void): () => void {
  return onStorageKeys([SETTINGS_KEY, SITE_PROFILES_KEY, MANAGED_COPY_KEY], onChange);
}

/** Calls `onChange` when the enabled origins or the profiles change, locally or by IT. */
export function onSiteSettingsChange(onChange: () => void): () => void {
  return onStorageKeys([ENABLED_ORIGINS_KEY, SITE_PROFILES_KEY], onChange);
}

function onStorageKeys(keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed' || (area === 'local' && keys.some((key) => key in changes))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export interface SiteSettings {
  /** Origins the clerk enabled in the options page. */
  readonly localOrigins: readonly string[];
  /** Origins hospital IT enabled (managed storage): shown, not removable here. */
  readonly managedOrigins: readonly string[];
  readonly localProfiles: SiteProfiles;
  readonly managedProfiles: SiteProfiles;
}

export async function readSiteSettings(): Promise<SiteSettings> {
  const [local, managed] = await Promise.all([
    browser.storage.local.get([ENABLED_ORIGINS_KEY, SITE_PROFILES_KEY]).catch(() => ({}) as Record<string, unknown>),
    readManagedPolicy(),
  ]);
  const record = local as Record<string, unknown>;
  return {
    localOrigins: valid<string[]>(originsSchema, record[ENABLED_ORIGINS_KEY], []),
    managedOrigins: managed.enabledOrigins ?? [],
    localProfiles: valid<SiteProfiles>(profilesSchema, record[SITE_PROFILES_KEY], {}),
    managedProfiles: managed.siteProfiles ?? {},
  };
}

/** Every origin where the content script should run: IT's and the clerk's. */
export function enabledOrigins(settings: SiteSettings): string[] {
  return mergeOrigins(settings.localOrigins, settings.managedOrigins);
}

export async function writeEnabledOrigins(origins: readonly string[]): Promise<void> {
  const parsed = z.safeParse(originsSchema(), [...new Set(origins)]);
  if (!parsed.success) throw new Error('Refusing to store invalid origins');
  await browser.storage.local.set({ [ENABLED_ORIGINS_KEY]: parsed.data });
}

export async function writeSiteProfiles(profiles: SiteProfiles): Promise<void> {
  const parsed = z.safeParse(profilesSchema(), profiles);
  if (!parsed.success) throw new Error('Refusing to store invalid site profiles');
  await browser.storage.local.set({ [SITE_PROFILES_KEY]: parsed.data });
}

export type { ManagedPolicy };
