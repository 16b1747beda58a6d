import { describe, expect, it } from 'vitest';
import { parseJsonWithLines, JsonSyntaxError } from '../../components/options-sites/json-lines';
import { describeSitesError, parseSitesJson, sitesJson } from '../../components/options-sites/sites-json';

const anySelector = () => true;

describe('parseJsonWithLines', () => {
  it('parses strict JSON and knows the line of every value', () => {
    const located = parseJsonWithLines('{\n  "a": [\n    1,\n    "x\\n"\n  ],\n  "b": { "c": null }\n}');
    expect(located.value).toEqual({ a: [1, 'x\n'], b: { c: null } });
    expect(located.lineOf(['a', 1])).toBe(4);
    expect(located.lineOf(['b', 'c'])).toBe(6);
    expect(located.lineOf(['b', 'nothing', 'deeper'])).toBe(6);
  });

  it.each([
    ['{ "a": 1, }', 1],
    ['{\n  "a": 1\n  "b": 2\n}', 3],
    ['[1, 2', 1],
    ['{ "a": \'x\' }', 1],
  ])('names the line of a syntax error: %s', (text, line) => {
    expect(() => parseJsonWithLines(text)).toThrow(JsonSyntaxError);
    try {
      parseJsonWithLines(text);
    } catch (error) {
      expect((error as JsonSyntaxError).line).toBe(line);
    }
  });
});

describe('parseSitesJson', () => {
  it('accepts the policy format and a bare profiles object', () => {
    const policy = '{"enabledOrigins": ["https://his.be"], "siteProfiles": {"https://his.be": {"payer": ["#deb"]}}}';
    expect(parseSitesJson(policy, anySelector)).toEqual({ ok: true, value: { enabledOrigins: ['https://his.be'], siteProfiles: { 'https://his.be': { payer: ['#deb'] } } } });
    expect(parseSitesJson('{"https://his.be": {"commune": ["#c"]}}', anySelector)).toEqual({ ok: true, value: { enabledOrigins: [], siteProfiles: { 'https://his.be': { commune: ['#c'] } } } });
  });

  it('names the line and the field of every mistake', () => {
    const text = ['{', '  "enabledOrigins": ["https://his.be"],', '  "siteProfiles": {', '    "https://his.be": {', '      "payer": "#deb",', '      "nationalty": ["#nat"]', '    }', '  }', '}'].join('\n');
    const result = parseSitesJson(text, anySelector);
    expect(result.ok).toBe(false);
    const lines = !result.ok ? result.errors.map((e) => describeSitesError(e)) : [];
    expect(lines).toContain('Line 5, siteProfiles › https://his.be › payer: expected a list');
    expect(lines.some((l) => l.startsWith('Line 6, siteProfiles › https://his.be › nationalty: unknown field kind "nationalty"'))).toBe(true);
  });

  it('refuses a selector the browser would not accept, with its line', () => {
    const text = '{\n  "https://his.be": {\n    "payer": ["#ok", "##bad"]\n  }\n}';
    const result = parseSitesJson(text, (s) => !s.startsWith('##'));
    expect(result).toEqual({ ok: false, errors: [{ line: 3, field: 'https://his.be › payer › 1', message: 'not a CSS selector: ##bad' }] });
  });

  it('reports a syntax error as such', () => {
    const result = parseSitesJson('{"https://his.be": {"payer": ["#a",]}}', anySelector);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.field).toBe('(JSON syntax)');
  });

  it('exports what it imports', () => {
    const text = sitesJson(['https://his.be'], { 'https://his.be': { payer: ['#deb'] } });
    expect(parseSitesJson(text, anySelector)).toEqual({ ok: true, value: { enabledOrigins: ['https://his.be'], siteProfiles: { 'https://his.be': { payer: ['#deb'] } } } });
  });
});
