/**
 * Search as you type over every residence document the rules know: by any name, letter,
 * number or alias in French, Dutch, German or English, accent- and case-insensitive, with a
 * ranking that puts an exact letter or number first ("K" → card K, "26" → annex 26), then
 * names that start with what was typed, then words that do, then anything containing it.
 * Reads the generated search index, not the rules: the side panel searches before the engine
 * has loaded.
 */
import type { DocumentId } from '@/rules/index';
import { LANGS } from '@/rules/i18n/text';
import { DOCUMENT_INDEX, type IndexedDocument } from '@/rules/documents/search-index.generated';

export type DocumentGroup = IndexedDocument['group'];
export const GROUP_ORDER: readonly DocumentGroup[] = ['card', 'paper', 'no-document'];

/**
 * Lower case, no accents, apostrophes / dashes / dots as spaces, single spaces. Keeps "+"
 * (EU+ is not EU) and digits.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´‘".,;:()«»“”„/\\_–—-]/g, ' ')
    .replace(/\s*\+/g, '+')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Entry {
  readonly id: DocumentId;
  readonly group: DocumentGroup;
  readonly order: number;
  /** The card letter or annex number. */
  readonly mark: string;
  /** Every searchable name, normalised: names in four languages, aliases. */
  readonly names: readonly string[];
}

let index: readonly Entry[] | undefined;

function buildIndex(): readonly Entry[] {
  return Object.values(DOCUMENT_INDEX).map((doc, order) => {
    const id = doc.id;
    const names = new Set<string>();
    for (const l of LANGS) {
      names.add(normalise(doc.names.short[l]));
      names.add(normalise(doc.names.official[l]));
    }
    for (const alias of doc.aliases) names.add(normalise(alias));
    return { id, group: doc.group, order, mark: normalise(doc.mark), names: [...names].filter(Boolean) };
  });
}

/** How well `query` (normalised, non-empty) matches one name; 0 = not at all. */
function scoreName(name: string, query: string): number {
  if (name === query) return 100;
  if (name.startsWith(query)) return 80 - Math.min(20, name.length - query.length) / 2;
  const words = name.split(' ');
  const tokens = query.split(' ');
  // Every typed word starts a word of the name, in any order ("kaart oranje", "26 bijlage").
  if (tokens.every((token) => words.some((word) => word.startsWith(token)))) {
    return tokens.length === 1 ? 60 : 65;
  }
  if (query.length >= 3 && name.includes(query)) return 30;
  return 0;
}

/** The score of a document for a query; 0 = no match. */
function scoreEntry(entry: Entry, query: string): number {
  if (entry.mark === query) return 110;
  // One letter or digit is a card letter or the start of "K-kaart", never "Kids-ID".
  if (query.length === 1) return entry.names.some((n) => n === query || n.startsWith(`${query} `)) ? 90 : 0;
  let best = 0;
  for (const name of entry.names) {
    const s = scoreName(name, query);
    if (s > best) best = s;
    if (best >= 100) break;
  }
  // A bare letter or number ("k", "26") matches only marks and whole aliases, not every
  // word that starts with it ("kaart", "2004/38").
  if (query.length <= 2 && best < 70) return 0;
  return best;
}

export interface DocumentMatch {
  readonly id: DocumentId;
  readonly group: DocumentGroup;
  readonly score: number;
}

export interface DocumentGroupMatches {
  readonly group: DocumentGroup;
  readonly matches: readonly DocumentMatch[];
}

/**
 * The documents that match `query`, best first. An empty query lists every document in
 * the rules' order.
 */
export function searchDocuments(query: string): DocumentMatch[] {
  const q = normalise(query);
  // Every document in order: no need of the normalised names (built on the first letter typed,
  // not during the side panel's first render).
  if (q === '') return Object.values(DOCUMENT_INDEX).map((doc) => ({ id: doc.id, group: doc.group, score: 0 }));
  index ??= buildIndex();
  return index
    .map((entry) => ({ entry, score: scoreEntry(entry, q) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order)
    .map(({ entry, score }) => ({ id: entry.id, group: entry.group, score }));
}

/**
 * The same matches grouped (electronic cards, annexes and paper documents, no valid
 * document). With a query, the group holding the best match comes first; without one, the
 * fixed order. Inside a group, best first.
 */
export function groupMatches(matches: readonly DocumentMatch[]): DocumentGroupMatches[] {
  const groups = GROUP_ORDER.map((group) => ({ group, matches: matches.filter((m) => m.group === group) })).filter(
    (g) => g.matches.length > 0,
  );
  const best = (g: DocumentGroupMatches) => g.matches[0]?.score ?? 0;
  return groups.sort((a, b) => best(b) - best(a) || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
}

/** Grouped, then flattened: the order in which arrow keys walk the list. */
export function orderedMatches(query: string): { groups: DocumentGroupMatches[]; flat: DocumentMatch[] } {
  const groups = groupMatches(searchDocuments(query));
  return { groups, flat: groups.flatMap((g) => g.matches) };
}
