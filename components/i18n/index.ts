/**
 * The interface language, switchable at run time. `lang` is a signal: a component that
 * calls `t()` or `tx()` while rendering re-renders when the clerk switches language.
 * Browser strings (manifest, context menu) stay in `assets/public/_locales`.
 *
 * Each language's words are in two parts: the side panel's first screen (./<lang>-start.ts,
 * all four languages bundled with this module, so that the first render awaits no file) and
 * the rest (./<lang>.ts, a chunk loaded when first needed, with the rest of the panel); a page
 * loads the clerk's language before it renders (`switchLanguage`) and another one only when
 * the clerk switches to it. `./dictionaries.ts` has everything at once, for the tests.
 */
import { fillTemplate as fill, type Vars } from './fill';
import { signal } from '@preact/signals';
import type { Lang, Text } from '@/rules/index';
import type { Dictionary, MoreDictionary, UiKey } from './fr';
import { frStart, type StartDictionary } from './fr-start';
import { nlStart } from './nl-start';
import { deStart } from './de-start';
import { enStart } from './en-start';

export type { Lang, Text, UiKey, Dictionary };

export const UI_LANGS = ['fr', 'nl', 'de', 'en'] as const satisfies readonly Lang[];

/** `start`: the side panel's first screen; `all`: every word of the interface. */
export type DictionaryPart = 'start' | 'all';

/**
 * The first screen's words of all four languages are in the side panel's first chunk (about
 * 1.2 kB each): the first render never waits for a language's file, whichever the clerk chose.
 */
const START: Readonly<Record<Lang, StartDictionary>> = { fr: frStart, nl: nlStart, de: deStart, en: enStart };
const MORE: Readonly<Record<Lang, () => Promise<MoreDictionary>>> = {
  fr: () => import('./fr').then((m) => m.fr),
  nl: () => import('./nl').then((m) => m.nl),
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
};

/** The words loaded so far, by language; a signal, so that what was rendered early re-renders when more arrive. */
const words = signal<Partial<Record<Lang, Partial<Dictionary>>>>({});
const loading = new Map<string, Promise<void>>();

function loadPart(language: Lang, part: 'start' | 'more'): Promise<void> {
  const key = `${language}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    const load: () => Promise<Partial<Dictionary>> = part === 'start' ? () => Promise.resolve(START[language]) : MORE[language];
    pending = load().then(
      (loaded) => {
        words.value = { ...words.value, [language]: { ...words.value[language], ...loaded } };
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Whether `language`'s words (`part` of them) are here. */
export function hasDictionary(language: Lang, part: DictionaryPart = 'all'): boolean {
  const here = words.peek()[language];
  return here !== undefined && 'appTitle' in here && (part === 'start' || 'colon' in here);
}

/** Loads `language`'s words (`part` of them), once. */
export async function loadDictionary(language: Lang, part: DictionaryPart = 'all'): Promise<void> {
  await Promise.all(part === 'start' ? [loadPart(language, 'start')] : [loadPart(language, 'start'), loadPart(language, 'more')]);
}

let switching = 0;

/**
 * Shows the interface in `language`: at once when its words (`part` of them) are here, else
 * as soon as they have loaded. When switches overlap, the last one asked wins.
 */
export async function switchLanguage(language: Lang, part: DictionaryPart = 'all'): Promise<void> {
  const ticket = ++switching;
  if (!hasDictionary(language, part)) await loadDictionary(language, part);
  if (ticket === switching) lang.value = language;
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
  return fill(words.value[lang.value]?.[key] ?? key, vars);
}

/** Same, in a given language (the summary, tests). */
export function tIn(language: Lang, key: UiKey, vars?: Vars): string {
  return fill(words.value[language]?.[key] ?? key, vars);
}

/** Whether the dictionaries have `key` (facts the rules may add later have none). */
export function isUiKey(key: string): key is UiKey {
  return key in (words.value[lang.value] ?? {});
}

/** A four-language text of the rules, in the current language. */
export function tx(text: Text): string {
  return text[lang.value];
}

/** The placeholders a template uses, sorted (for the dictionary tests). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
