import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, DOCUMENT_IDS } from '../../rules/index';
import { DOCUMENT_INDEX } from '../../rules/documents/search-index.generated';
import { INDEXED_FIELDS, SEARCH_INDEX_PATH, searchIndexSource } from '../tools/write-search-index';

describe('the committed document search index', () => {
  it('is current (run `npm run search-index` after changing a document’s names or aliases)', () => {
    expect(readFileSync(SEARCH_INDEX_PATH, 'utf8')).toBe(searchIndexSource());
  });

  it('lists every document, in the rules’ order, with what DOCUMENTS says of it', () => {
    expect(Object.keys(DOCUMENT_INDEX)).toEqual([...DOCUMENT_IDS]);
    for (const id of DOCUMENT_IDS) {
      for (const field of INDEXED_FIELDS) expect(DOCUMENT_INDEX[id][field], `${id}.${field}`).toEqual(DOCUMENTS[id][field]);
    }
  });
});
