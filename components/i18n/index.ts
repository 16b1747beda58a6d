/**
 * The interface language, switchable at run time. `lang` is a signal: a component that
 * calls `t()` or `tx()` while rendering re-renders when the clerk switches language.
 * Browser strings (manifest, context menu) stay in `assets/public/_locales`.
 *
 * Each dictionary is its own chunk, loaded when its language is first used: a page loads the
 * clerk's language before its first render (`switchLanguage`) and another one only when the
 * clerk switches to it. `./dictionaries.ts` has all four at once, for the tests.
 */
import { fillTemplate as fill, type Vars } from './fill';
import { signal } from '@preact/signals';
import type { Lang, Text } from '@/rules/index';
import type { Dictionary, UiKey } from './fr';

export type { Lang, Text, UiKey, Dictionary };

export const UI_LANGS = ['fr', 'nl', 'de', 'en'] as const satisfies readonly Lang[];

const LOADERS: Readonly<Record<Lang, () => Promise<Dictionary>>> = {
  fr: () => import('./fr').then((m) => m.fr),
  nl: () => import('./nl').then((m) => m.nl),
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
};

const loaded: Partial<Record<Lang, Dictionary>> = {};
const loading: Partial<Record<Lang, Promise<Dictionary>>> = {};

/** Whether `language`'s dictionary is here (loaded by `loadDictionary`). */
export function hasDictionary(language: Lang): boolean {
  return loaded[language] !== undefined;
}

/** Loads `language`'s dictionary (once). */
export function loadDictionary(language: Lang): Promise<Dictionary> {
  const ready = loaded[language];
  if (ready) return Promise.resolve(ready);
  return (loading[language] ??= LOADERS[language]().then(
    (dictionary) => (loaded[language] = dictionary),
    (error: unknown) => {
      delete loading[language];
      throw error;
    },
  ));
}

let switching = 0;

/**
 * Shows the interface in `language`: at once when its dictionary is here, else as soon as it
 * has loaded. When switches overlap, the last one asked wins.
 */
export async function switchLanguage(language: Lang): Promise<void> {
  const ticket = ++switching;
  if (!hasDictionary(language)) await loadDictionary(language);
  if (ticket === switching) lang.value = language;
}

/** The dictionary of `language`, or of a language that is here while it loads. */
function dictionary(language: Lang): Partial<Dictionary> {
  return loaded[language] ?? loaded.fr ?? Object.values(loaded)[0] ?? {};
}

/** Each language in its own words, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
  en: 'English',
};

/** The current interface language. */
export const lang = signal<Lang>('fr');

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

/**
 * The interface language for a browser language tag ("nl-BE" → nl). Belgian desks work in
 * French, Dutch or German; anything else falls back to English, except no tag at all: French.
 */
export function languageFor(tag: string | undefined | null): Lang {
  if (!tag) return 'fr';
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : 'en';
}

export type { Vars };

/** The interface string `key` in the current language, with `{placeholders}` filled. */
export function t(key: UiKey, vars?: Vars): string {
  return fill(dictionary(lang.value)[key] ?? key, vars);
}

/** Same, in a given language (the summary, tests). */
export function tIn(language: Lang, key: UiKey, vars?: Vars): string {
  return fill(dictionary(language)[key] ?? key, vars);
}

/** Whether the dictionaries have `key` (facts the rules may add later have none). */
export function isUiKey(key: string): key is UiKey {
  return key in dictionary(lang.value);
}

/** A four-language text of the rules, in the current language. */
export function tx(text: Text): string {
  return text[lang.value];
}

/** The placeholders a template uses, sorted (for the dictionary tests). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
