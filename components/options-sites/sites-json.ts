/**
 * Import and export of the HIS sites as JSON — the same shape hospital IT puts in the managed
 * policy, so one file serves both:
 *
 *   { "enabledOrigins": ["https://his.example.be"],
 *     "siteProfiles": { "https://his.example.be": { "payer": ["#debiteur"], "nationality": ["select[name=nat]"] } } }
 *
 * A bare profiles object ({ "<origin>": { … } }) is accepted too. Validated with the same zod
 * schemas as storage and the policy; every error names its line and its field.
 */
import * as z from 'zod/mini';
import { siteSchemas, type SiteProfiles } from '@/components/page/site-profile';
import { FIELD_KINDS } from '@/components/page/field-kinds';
import { JsonSyntaxError, parseJsonWithLines, type JsonPath } from './json-lines';

export interface ImportedSites {
  readonly enabledOrigins: readonly string[];
  readonly siteProfiles: SiteProfiles;
}

export interface SitesJsonError {
  /** 1-based; null when the text could not even be located. */
  readonly line: number | null;
  /** "siteProfiles › https://his.example.be › payer › 0" */
  readonly field: string;
  readonly message: string;
}

export type ImportResult = { readonly ok: true; readonly value: ImportedSites } | { readonly ok: false; readonly errors: readonly SitesJsonError[] };

/** A CSS selector the browser accepts (default: asks this page's DOM). */
export type SelectorCheck = (selector: string) => boolean;

export const browserSelectorCheck: SelectorCheck = (selector) => {
  try {
    globalThis.document?.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

function message(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `unknown field kind${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (known: ${FIELD_KINDS.join(', ')})`;
    case 'too_big':
      return `too long (at most ${String(issue.maximum)})`;
    case 'too_small':
      return issue.minimum === 1 ? 'must not be empty' : `too short (at least ${String(issue.minimum)})`;
    case 'invalid_key':
      return 'not an origin such as https://his.example.be (scheme and host, no path)';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
  }
}

const fieldName = (path: JsonPath): string => (path.length ? path.join(' › ') : '(the whole file)');

export function parseSitesJson(text: string, isValidSelector: SelectorCheck = browserSelectorCheck): ImportResult {
  let located;
  try {
    located = parseJsonWithLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, errors: [{ line: error.line, field: '(JSON syntax)', message: error.message }] };
    throw error;
  }
  const raw = located.value;
  const policyShape = !!raw && typeof raw === 'object' && !Array.isArray(raw) && ('siteProfiles' in raw || 'enabledOrigins' in raw);
  const schemas = siteSchemas();
  const parsed = policyShape ? z.safeParse(z.strictObject(schemas.Managed.shape), raw) : z.safeParse(schemas.SiteProfiles, raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        // An unknown kind: point at the key itself, not at its profile.
        const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
        return { line: located.lineOf(at), field: fieldName(at), message: message(issue) };
      }),
    };
  }
  const value: ImportedSites = policyShape
    ? {
        enabledOrigins: (parsed.data as { enabledOrigins?: string[] }).enabledOrigins ?? [],
        siteProfiles: (parsed.data as { siteProfiles?: SiteProfiles }).siteProfiles ?? {},
      }
    : { enabledOrigins: [], siteProfiles: parsed.data as SiteProfiles };
  const errors: SitesJsonError[] = [];
  for (const [origin, profile] of Object.entries(value.siteProfiles)) {
    for (const [kind, selectors] of Object.entries(profile)) {
      (selectors ?? []).forEach((selector, index) => {
        if (isValidSelector(selector)) return;
        const path = [...(policyShape ? ['siteProfiles'] : []), origin, kind, index];
        errors.push({ line: located.lineOf(path), field: fieldName(path), message: `not a CSS selector: ${selector}` });
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** The clerk's origins and profiles, as the JSON IT can put in the policy as it is. */
export function sitesJson(enabledOrigins: readonly string[], siteProfiles: SiteProfiles): string {
  return `${JSON.stringify({ enabledOrigins, siteProfiles }, null, 2)}\n`;
}

/** "Line 4, siteProfiles › https://x › payer: expected a list" */
export function describeSitesError(error: SitesJsonError, lineWord = 'Line'): string {
  return `${error.line === null ? '' : `${lineWord} ${error.line}, `}${error.field}: ${error.message}`;
}
