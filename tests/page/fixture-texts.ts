/**
 * Every text of every fixture page, for tests that check the vocabulary's machinery against real
 * wordings: text nodes, and the attributes labels come from, normalised (`normalizeText`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../components/page/normalize-text';
import { FIXTURES_ROOT } from './load-fixture';

/** The fixture pages' texts, normalised, each at most `maxLength` characters; with `raw`, also as written. */
export function fixtureTexts({ maxLength = 160, raw = false }: { maxLength?: number; raw?: boolean } = {}): string[] {
  const out = new Set<string>();
  const add = (written: string) => {
    const text = normalizeText(written.replace(/&[a-z]+;|&#\d+;/g, ' '));
    if (text && text.length <= maxLength) out.add(text);
    const trimmed = written.trim();
    if (raw && trimmed && trimmed.length <= maxLength) out.add(trimmed);
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        for (const m of html.matchAll(/>([^<>]+)</g)) add(m[1]!);
        for (const m of html.matchAll(/\s(?:placeholder|title|aria-label|name|id|value)="([^"]*)"/g)) add(m[1]!.replace(/[_\-.[\]$:]+/g, ' '));
      }
    }
  };
  walk(FIXTURES_ROOT);
  return [...out];
}
