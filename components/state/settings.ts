/**
 * The clerk's settings — the only thing Payer Check stores. The zod/mini schema is the
 * single source of truth for their shape; `version` and migrations live with the storage
 * item. Nothing about a patient belongs here.
 */
import { signal, type Signal } from '@preact/signals';
import * as z from 'zod/mini';
import { defineValidatedItem, type ValidatedItem } from '@/components/platform/storage';
import { browserUiLanguage } from '@/components/platform/i18n';
import { SETTINGS_KEY, mirrorLanguage } from '@/components/platform/start-settings';
import { languageFor, switchLanguage, type Lang } from '@/components/i18n/index';

export const SettingsSchema = z.object({
  /** The interface language the clerk chose; null: the browser's. */
  language: z.nullable(z.enum(['fr', 'nl', 'de', 'en'])),
  /** Highlight the recognised fields of the admission software (content script). */
  highlightFields: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: null, highlightFields: true };

/** Version 1: { language, highlightFields }. Add numbered migrations here when it changes. */
export function settingsItem(): ValidatedItem<Settings> {
  return defineValidatedItem<Settings>(`local:${SETTINGS_KEY}`, {
    schema: SettingsSchema,
    fallback: DEFAULT_SETTINGS,
    version: 1,
  });
}

export interface SettingsStore {
  readonly settings: Signal<Settings>;
  /** Loads the stored settings and applies the language; follows changes made elsewhere. */
  load(): Promise<void>;
  update(patch: Partial<Settings>): Promise<void>;
  /** The language used when the clerk chose none. */
  readonly browserLanguage: Lang;
  dispose(): void;
}

export function createSettingsStore(item: ValidatedItem<Settings> = settingsItem()): SettingsStore {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const browserLanguage = languageFor(browserUiLanguage());
  /** The interface follows the settings' language (once its dictionary has loaded). */
  const apply = (value: Settings): Promise<void> => {
    settings.value = value;
    // The side panel's next start reads the language from this mirror, without waiting for the storage.
    mirrorLanguage(value.language);
    return switchLanguage(value.language ?? browserLanguage).catch(() => undefined);
  };
  let unwatch: (() => void) | undefined;
  return {
    settings,
    browserLanguage,
    async load() {
      unwatch ??= item.watch((value) => void apply(value));
      try {
        await apply(await item.get());
      } catch {
        await apply(DEFAULT_SETTINGS);
      }
    },
    async update(patch) {
      const next = { ...settings.value, ...patch };
      await Promise.all([apply(next), item.set(next)]);
    },
    dispose() {
      unwatch?.();
      unwatch = undefined;
    },
  };
}
