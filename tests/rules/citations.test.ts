import { describe, expect, it } from 'vitest';
import { CONTACTS, DOCUMENTS, DOCUMENT_IDS, SOURCES, verdictCitations, type Citation } from '../../rules/index';
import { decide } from '../../rules/validate';
import { P } from '../../rules/engine/passages';
import { COUNTRY_CITATIONS } from '../../rules/shared/countries';
import { plain, readShared } from './shared-spec';

const text: Record<string, string> = {};
function sourceText(c: Citation): string {
  const s = SOURCES[c.source];
  const file = s.kind === 'seed' ? `seeds/${s.file}` : s.via;
  return (text[file] ??= plain(readShared(file)));
}

function allCitations(): Citation[] {
  const out: Citation[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('source' in v && 'quote' in v && 'section' in v) out.push(v as Citation);
      else Object.values(v).forEach(walk);
    }
  };
  walk(DOCUMENTS);
  walk(COUNTRY_CITATIONS);
  walk(CONTACTS);
  for (const value of Object.values(P)) walk(typeof value === 'function' ? DOCUMENT_IDS.map((id) => (value as (d: string) => unknown)(id)) : value);
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.source}|${c.section}|${c.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

describe('citations', () => {
  const citations = allCitations();

  it('finds the knowledge base’s citations', () => {
    expect(citations.length).toBeGreaterThan(100);
  });

  it.each(citations.map((c) => [`${c.source} — ${c.section} — ${c.quote.slice(0, 50)}`, c] as const))(
    'quote is in its source: %s',
    (_, c) => {
      expect(sourceText(c)).toContain(plain(c.quote));
    },
  );

  it('every quote is short enough to read at the desk', () => {
    for (const c of citations) expect(c.quote.length, c.quote).toBeLessThanOrEqual(260);
  });

  it('every section of a seed citation starts with the fiche it comes from', () => {
    const fiches = ['Annexe', 'Attestation', 'Carte électronique', 'Lexique', 'Qu', 'Pouvez', 'Où', 'Qui', 'Est-ce', 'L’AMU', 'Cette fiche'];
    for (const c of citations.filter((x) => SOURCES[x.source].kind === 'seed')) {
      expect(fiches.some((f) => c.section.startsWith(f)), c.section).toBe(true);
    }
  });

  it('every verdict cites something for each payer, warning and the AMU attestation', () => {
    for (const document of DOCUMENT_IDS) {
      const v = decide({ document, indigent: true });
      expect(verdictCitations(v).length).toBeGreaterThan(0);
      for (const p of v.payers) expect(p.citations.length, `${document} ${p.id}`).toBeGreaterThan(0);
      for (const w of v.warnings) expect(w.citations.length, `${document} ${w.id}`).toBeGreaterThan(0);
      expect(v.amuAttestation.citations.length).toBeGreaterThan(0);
    }
  });
});
