/**
 * The interface language, switchable at run time. `lang` is a signal: a component that
 * calls `t()` or `tx()` while rendering re-renders when the clerk switches language.
 * Browser strings (manifest, context menu) stay in `assets/public/_locales`.
 */
import { fillTemplate as fill, type Vars } from './fill';
import { signal } from '@preact/signals';
import type { Lang, Text } from '@/rules/index';
import { fr, type Dictionary, type UiKey } from './fr';
import { nl } from './nl';
import { de } from './de';
import { en } from './en';

export type { Lang, Text, UiKey, Dictionary };

export const UI_LANGS = ['fr', 'nl', 'de', 'en'] as const satisfies readonly Lang[];

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { fr, nl, de, en };

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
  return fill(DICTIONARIES[lang.value][key], vars);
}

/** Same, in a given language (the summary, tests). */
export function tIn(language: Lang, key: UiKey, vars?: Vars): string {
  return fill(DICTIONARIES[language][key], vars);
}

/** A four-language text of the rules, in the current language. */
export function tx(text: Text): string {
  return text[lang.value];
}

/** The placeholders a template uses, sorted (for the dictionary tests). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
