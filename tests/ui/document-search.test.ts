import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS } from '@/rules/index';
import { groupMatches, normalise, orderedMatches, searchDocuments } from '@/components/ui/document-search';

const first = (query: string) => searchDocuments(query)[0]?.id;

describe('document search', () => {
  it.each([
    ['K', 'card-k'],
    ['k', 'card-k'],
    ['C', 'card-c'],
    ['EU', 'card-eu'],
    ['EU+', 'card-eu-plus'],
    ['eu +', 'card-eu-plus'],
    ['F+', 'card-f-plus'],
    ['E+', 'card-e-plus'],
    ['26', 'annexe-26'],
    ['bijlage 26', 'annexe-26'],
    ['Anlage 3', 'annexe-3'],
    ['annex 3ter', 'annexe-3ter'],
    ['ANNEXE 19TER', 'annexe-19ter'],
    ['19ter', 'annexe-19ter'],
    ['carte orange', 'attestation-immatriculation'],
    ['oranje kaart', 'attestation-immatriculation'],
    ['kaart oranje', 'attestation-immatriculation'],
    ['orange Karte', 'attestation-immatriculation'],
    ['sans papiers', 'none'],
    ['sans-papiers', 'none'],
    ['sejour illegal', 'none'],
    ['zonder papieren', 'none'],
    ['blue card', 'card-h'],
    ['Ukraine', 'temporary-protection'],
    ['eID', 'belgian-eid'],
    ['Kids-ID', 'belgian-eid'],
    ['ordre de quitter', 'annexe-13'],
    ['Brexit', 'card-m'],
  ])('"%s" → %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('ignores accents, case and punctuation', () => {
    expect(normalise('  Déclaration d’ARRIVÉE ')).toBe('declaration d arrivee');
    expect(normalise('E+-kaart')).toBe('e+ kaart');
    expect(first('DECLARATION D ARRIVEE')).toBe('annexe-3');
  });

  it('a single letter finds that card only, not every word starting with it', () => {
    expect(searchDocuments('K').map((m) => m.id)).toEqual(['card-k']);
  });

  it('EU also lists the EU+ card and the old E card', () => {
    const ids = searchDocuments('EU').map((m) => m.id);
    expect(ids.slice(0, 2)).toEqual(['card-eu', 'card-eu-plus']);
    expect(ids).toContain('card-e');
  });

  it('lists every document, grouped, when nothing is typed', () => {
    const { groups, flat } = orderedMatches('');
    expect(flat).toHaveLength(DOCUMENT_IDS.length);
    expect(groups.map((g) => g.group)).toEqual(['card', 'paper', 'no-document']);
    expect(groups.find((g) => g.group === 'no-document')!.matches.map((m) => m.id)).toContain('none');
  });

  it('puts the group of the best match first', () => {
    expect(groupMatches(searchDocuments('sans papiers'))[0]!.group).toBe('no-document');
    expect(orderedMatches('26').groups[0]!.group).toBe('paper');
  });

  it('finds nothing for nonsense', () => {
    expect(searchDocuments('xqzw')).toEqual([]);
  });
});
