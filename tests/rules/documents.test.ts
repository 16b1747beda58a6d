import { describe, expect, it } from 'vitest';
import { DOCUMENTS, DOCUMENT_IDS, LANGS } from '../../rules/index';
import { DocumentRuleSchema } from '../../rules/schema/document-rule';

describe('the knowledge base', () => {
  it.each(DOCUMENT_IDS.map((id) => [id]))('%s has a valid rule under its own id', (id) => {
    const rule = DOCUMENTS[id];
    expect(rule.id).toBe(id);
    const r = DocumentRuleSchema.safeParse(rule);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
  });

  it('names and descriptions exist in the four languages', () => {
    for (const rule of Object.values(DOCUMENTS)) {
      for (const l of LANGS) {
        expect(rule.names.official[l].length, `${rule.id} ${l}`).toBeGreaterThan(2);
        expect(rule.names.short[l].length).toBeGreaterThan(1);
        expect(rule.what[l].length).toBeGreaterThan(10);
      }
    }
  });

  it('successor cards keep their predecessor’s rules (K as C, L as D, EU as E, EU+ as E+, 8ter as EU, 8quater as EU+)', () => {
    const pairs = [['card-k', 'card-c'], ['card-l', 'card-d'], ['card-eu', 'card-e'], ['card-eu-plus', 'card-e-plus'], ['annexe-8ter', 'card-eu'], ['annexe-8quater', 'card-eu-plus']] as const;
    for (const [next, prev] of pairs) {
      expect(DOCUMENTS[next].replaces).toBe(prev);
      expect(DOCUMENTS[next].cpas.value).toEqual(DOCUMENTS[prev].cpas.value);
      expect(DOCUMENTS[next].insuranceAccess.value).toBe(DOCUMENTS[prev].insuranceAccess.value);
      expect(DOCUMENTS[next].holderQualities.value).toEqual(DOCUMENTS[prev].holderQualities.value);
      expect(DOCUMENTS[next].dependantQualities.value).toEqual(DOCUMENTS[prev].dependantQualities.value);
    }
  });

  it('old names point to new ones', () => {
    expect(DOCUMENTS['card-c'].replacedBy).toBe('card-k');
    expect(DOCUMENTS['card-d'].replacedBy).toBe('card-l');
    expect(DOCUMENTS['card-e'].replacedBy).toBe('card-eu');
    expect(DOCUMENTS['card-e-plus'].replacedBy).toBe('card-eu-plus');
  });

  // Each fiche's own list of qualities ("Les principales qualités …"), as a table.
  it.each([
    ['annexe-3', ['higher-education-student'], ['child']],
    ['annexe-3ter', ['employed', 'higher-education-student'], ['child']],
    ['annexe-15', ['employed', 'higher-education-student', 'registered-resident'], ['spouse', 'ascendant', 'cohabitant', 'child']],
    ['annexe-19', ['employed', 'higher-education-student'], ['spouse', 'ascendant', 'cohabitant', 'child']],
    ['annexe-19ter', ['employed', 'higher-education-student'], ['spouse', 'child']],
    ['annexe-35', ['employed', 'higher-education-student', 'unaccompanied-minor'], ['child']],
    ['attestation-immatriculation', ['employed', 'higher-education-student', 'unaccompanied-minor', 'registered-resident'], ['spouse', 'ascendant', 'cohabitant', 'child']],
    ['card-a', ['employed', 'higher-education-student', 'registered-resident'], ['spouse', 'ascendant', 'cohabitant', 'child']],
    ['card-h', ['employed', 'higher-education-student', 'registered-resident'], ['spouse', 'ascendant', 'cohabitant']],
    ['none', [], []],
    ['annexe-13', [], []],
  ] as const)('%s lists the qualities of its fiche', (id, holder, dependant) => {
    expect(DOCUMENTS[id].holderQualities.value).toEqual(holder);
    expect(DOCUMENTS[id].dependantQualities.value).toEqual(dependant);
  });

  it('every document can be found by an alias', () => {
    for (const rule of Object.values(DOCUMENTS)) expect(rule.aliases.length, rule.id).toBeGreaterThan(0);
  });
});
