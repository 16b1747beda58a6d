import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../wxt.config';

const LOCALES_DIR = resolve(import.meta.dirname, '../../assets/public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const messages = (locale: string): Messages =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;

const reference = messages('fr');
const locales = readdirSync(LOCALES_DIR).sort();

describe('manifest locales', () => {
  it('exist for French, Dutch, German and English', () => {
    expect(locales).toEqual(['de', 'en', 'fr', 'nl']);
  });

  it.each(locales)('%s has exactly the keys of the French reference, none empty', (locale) => {
    const own = messages(locale);
    expect(Object.keys(own).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, { message }] of Object.entries(own)) expect(message.trim(), `${locale}.${key}`).not.toBe('');
  });

  it.each(locales)('%s fits the stores: name ≤ 75 characters, description ≤ 132', (locale) => {
    const own = messages(locale);
    expect(own.extName?.message.length).toBeLessThanOrEqual(75);
    expect(own.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(['chrome', 'firefox'] as const)('every __MSG_…__ in the %s manifest has a French message', (browser) => {
    const built = manifest({ browser, command: 'build', mode: 'production', manifestVersion: browser === 'chrome' ? 3 : 2 });
    const used = [...JSON.stringify(built).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(reference, key).toHaveProperty(key);
    expect(built.default_locale).toBe('fr');
  });
});
