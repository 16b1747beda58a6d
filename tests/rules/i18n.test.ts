import { describe, expect, it } from 'vitest';
import * as payer from '../../rules/i18n/payer-texts';
import * as warning from '../../rules/i18n/warning-texts';
import * as aid from '../../rules/i18n/aid-texts';
import * as questions from '../../rules/i18n/question-texts';
import { DOCUMENTS, LANGS, PAYER_IDS, WARNING_IDS } from '../../rules/index';

function texts(v: unknown, path: string, out: [string, Record<string, string>][] = []) {
  if (v && typeof v === 'object') {
    if ('fr' in v && 'nl' in v && 'de' in v && 'en' in v) out.push([path, v as Record<string, string>]);
    else for (const [k, x] of Object.entries(v)) texts(x, `${path}.${k}`, out);
  }
  return out;
}

const all = [...texts(payer, 'payer'), ...texts(warning, 'warning'), ...texts(aid, 'aid'), ...texts(questions, 'questions'), ...texts(DOCUMENTS, 'documents')];

describe('every clerk-visible text in French, Dutch, German and English', () => {
  it('has hundreds of texts to check', () => expect(all.length).toBeGreaterThan(250));

  it('no language is missing or empty, and no text is left untranslated (identical to another language) when long', () => {
    for (const [path, t] of all) {
      for (const l of LANGS) expect(t[l]?.trim().length, `${path}.${l}`).toBeGreaterThan(0);
      if (t.fr!.length > 40) expect(t.nl, path).not.toBe(t.fr);
      if (t.en!.length > 40) expect(t.de, path).not.toBe(t.en);
    }
  });

  it('every payer and warning id has its text', () => {
    for (const id of PAYER_IDS) expect(payer.PAYER_NAMES[id]).toBeDefined();
    for (const id of WARNING_IDS) expect(warning.WARNING_TEXTS[id]).toBeDefined();
  });

  it('placeholders are filled in every language', () => {
    for (const [path, t] of all) {
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
      for (const l of LANGS) expect(names(t[l]!), `${path}.${l}`).toBe(names(t.fr!));
    }
  });
});
