/** Every clerk-visible text exists in the four languages of Belgian hospital desks. */
export const LANGS = ['fr', 'nl', 'de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Text = Readonly<Record<Lang, string>>;

export function text(fr: string, nl: string, de: string, en: string): Text {
  return Object.freeze({ fr, nl, de, en });
}

/** Replaces `{name}` placeholders; used for the few texts that carry a value. */
export function fill(t: Text, values: Readonly<Record<string, string>>): Text {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  return { fr: sub(t.fr), nl: sub(t.nl), de: sub(t.de), en: sub(t.en) };
}

/** Like `fill`, with values that differ by language. */
export function fillEach(t: Text, values: (lang: Lang) => Readonly<Record<string, string>>): Text {
  const sub = (l: Lang) => t[l].replace(/\{(\w+)\}/g, (m, k: string) => values(l)[k] ?? m);
  return { fr: sub('fr'), nl: sub('nl'), de: sub('de'), en: sub('en') };
}
