/**
 * Every interface dictionary at once, for the tests (French is the reference key set: a test
 * fails on a missing key) and the end-to-end checks. The extension's pages never import this
 * file: they load one language at a time through `./index.ts`.
 */
import type { Lang } from '@/rules/index';
import { fr, type Dictionary } from './fr';
import { nl } from './nl';
import { de } from './de';
import { en } from './en';
import { frStart } from './fr-start';
import { nlStart } from './nl-start';
import { deStart } from './de-start';
import { enStart } from './en-start';

/** Each language whole: its first screen's words (./<lang>-start.ts) and the rest (./<lang>.ts). */
export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = {
  fr: { ...frStart, ...fr },
  nl: { ...nlStart, ...nl },
  de: { ...deStart, ...de },
  en: { ...enStart, ...en },
};
