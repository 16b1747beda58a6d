import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, DOCUMENT_IDS } from '../../rules/index';
import { DOCUMENT_INDEX } from '../../rules/documents/search-index.generated';
import { SEARCH_INDEX_PATH, repeatsAName, searchIndexSource } from '../tools/write-search-index';

describe('the committed document search index', () => {
  it('is current (run `npm run search-index` after changing a document’s names or aliases)', () => {
    expect(readFileSync(SEARCH_INDEX_PATH, 'utf8')).toBe(searchIndexSource());
  });

  it('lists every document, in the rules’ order, with what DOCUMENTS says of it', () => {
    expect(Object.keys(DOCUMENT_INDEX)).toEqual([...DOCUMENT_IDS]);
    for (const id of DOCUMENT_IDS) {
      const { aliases, ...indexed } = DOCUMENT_INDEX[id];
      const { group, mark, names, replaces, replacedBy } = DOCUMENTS[id];
      expect(JSON.parse(JSON.stringify(indexed)), id).toEqual(JSON.parse(JSON.stringify({ id, group, mark, names, replaces, replacedBy })));
      // Every alias of the rules is searchable: kept, or one of the names already.
      for (const alias of DOCUMENTS[id].aliases) expect(aliases.includes(alias) || repeatsAName(alias, names), `${id}: ${alias}`).toBe(true);
      for (const alias of aliases) expect(DOCUMENTS[id].aliases, id).toContain(alias);
    }
  });
});
