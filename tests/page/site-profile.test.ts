import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { mergeOrigins, normalizeOrigin, originPattern, profileFor, siteSchemas } from '../../components/page/site-profile';

describe('origins', () => {
  it.each([
    ['his.example.be', 'https://his.example.be'],
    ['https://HIS.example.be/app/index.html?x=1', 'https://his.example.be'],
    ['http://10.1.2.3:8080/', 'http://10.1.2.3:8080'],
    ['http://his:8443', 'http://his:8443'],
    ['  https://his.example.be  ', 'https://his.example.be'],
  ])('%s → %s', (input, origin) => expect(normalizeOrigin(input)).toBe(origin));

  it.each(['', 'ftp://his.example.be', 'file:///C:/his', 'javascript:alert(1)', 'https://user:pw@his.example.be', 'not a url at all'])('%s → null', (input) =>
    expect(normalizeOrigin(input)).toBeNull(),
  );

  it('turns an origin into a match pattern without its port (match patterns have none)', () => {
    expect(originPattern('https://his.example.be')).toBe('https://his.example.be/*');
    expect(originPattern('http://his:8080')).toBe('http://his/*');
  });

  it("merges IT's origins and the clerk's, IT's first, once each", () => {
    expect(mergeOrigins(['https://a.be', 'https://b.be'], ['https://b.be', 'https://c.be'])).toEqual(['https://b.be', 'https://c.be', 'https://a.be']);
  });
});

describe('profiles', () => {
  it("lets IT's selectors win kind by kind over the clerk's", () => {
    const local = { 'https://his.be': { payer: ['#mine'], commune: ['#commune'] } };
    const managed = { 'https://his.be': { payer: ['#theirs'] } };
    expect(profileFor('https://his.be', local, managed)).toEqual({ payer: ['#theirs'], commune: ['#commune'] });
    expect(profileFor('https://other.be', local, managed)).toBeUndefined();
  });

  it('refuses an unknown kind, an empty selector and a key that is not an origin', () => {
    const { SiteProfiles } = siteSchemas();
    expect(z.safeParse(SiteProfiles, { 'https://his.be': { payer: ['#p'] } }).success).toBe(true);
    expect(z.safeParse(SiteProfiles, { 'https://his.be': { payr: ['#p'] } }).success).toBe(false);
    expect(z.safeParse(SiteProfiles, { 'https://his.be': { payer: [''] } }).success).toBe(false);
    expect(z.safeParse(SiteProfiles, { 'https://his.be/app': { payer: ['#p'] } }).success).toBe(false);
  });
});

describe("a hospital's own build (PAYER_CHECK_HIS_ORIGINS)", () => {
  it('turns the listed origins into content-script match patterns, and refuses anything else', async () => {
    const { hisOriginPatterns } = await import('../../wxt.config');
    expect(hisOriginPatterns(undefined)).toEqual([]);
    expect(hisOriginPatterns('https://his.hospital.be, http://his-test:8080 https://his.hospital.be/app')).toEqual(['https://his.hospital.be/*', 'http://his-test/*']);
    expect(() => hisOriginPatterns('https://his.hospital.be,ftp://old')).toThrow(/"ftp:\/\/old" is not an origin/);
  });
});
