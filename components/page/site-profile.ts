/**
 * Site profiles and enabled origins: what the clerk (options page) or hospital IT (managed
 * storage) says about one HIS. A profile gives, for one origin, CSS selectors per field kind
 * that replace the heuristics for that kind. Pure data and its zod/mini schemas (the content
 * script validates the profile of its own origin with `profileSchema`).
 */
import * as z from 'zod/mini';
import { FIELD_KINDS, type FieldKind } from './field-kinds';
import type { SiteProfile } from './detect-fields';

export type { SiteProfile };

/** "https://his.example.be" or "http://10.1.2.3:8080": a scheme, a host, maybe a port; nothing else. */
export const ORIGIN_PATTERN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/;

/** Profiles by origin. */
export type SiteProfiles = Readonly<Record<string, SiteProfile>>;

/**
 * What hospital IT may push through managed storage (assets/public/managed-schema.json says the
 * same for Chrome and Edge): origins where the extension runs, and site profiles.
 */
export interface ManagedPolicy {
  readonly enabledOrigins?: readonly string[];
  readonly siteProfiles?: SiteProfiles;
}

/** One profile's schema, built on first use: all the content script validates (its own origin's). */
function buildProfileSchema() {
  const Selectors = z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(50));
  /** CSS selectors per kind; unknown kinds are refused (a typo would silently do nothing). */
  const SiteProfile = z.strictObject(
    Object.fromEntries(FIELD_KINDS.map((kind) => [kind, z.optional(Selectors)])) as Record<FieldKind, z.ZodMiniOptional<typeof Selectors>>,
  );
  return { Selectors, SiteProfile };
}

let profileBuilt: ReturnType<typeof buildProfileSchema> | undefined;
export function profileSchema(): ReturnType<typeof buildProfileSchema>['SiteProfile'] {
  return (profileBuilt ??= buildProfileSchema()).SiteProfile;
}

/** The schemas of the options page and the background, built on first use. */
function buildSchemas() {
  const Origin = z.string().check(z.regex(ORIGIN_PATTERN, 'an origin such as https://his.example.be (scheme and host, no path)'));
  const { Selectors, SiteProfile } = (profileBuilt ??= buildProfileSchema());
  const SiteProfiles = z.record(Origin, SiteProfile);
  const EnabledOrigins = z.array(Origin).check(z.maxLength(200));
  const Managed = z.object({ enabledOrigins: z.optional(EnabledOrigins), siteProfiles: z.optional(SiteProfiles) });
  return { Origin, Selectors, SiteProfile, SiteProfiles, EnabledOrigins, Managed };
}

let built: ReturnType<typeof buildSchemas> | undefined;
export function siteSchemas(): ReturnType<typeof buildSchemas> {
  return (built ??= buildSchemas());
}

/**
 * The origin of what a clerk typed: "his.example.be" → "https://his.example.be",
 * "http://his:8080/app/" → "http://his:8080". Null when it is not a web origin.
 */
export function normalizeOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  const origin = url.origin.toLowerCase();
  return ORIGIN_PATTERN.test(origin) ? origin : null;
}

/**
 * The match pattern for an origin. Match patterns carry no port: "http://his:8080" gives
 * "http://his/*", which covers every port of that host.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The profile that applies on `origin`: IT's selectors win, kind by kind, over the clerk's. */
export function profileFor(origin: string, local: SiteProfiles | undefined, managed: SiteProfiles | undefined): SiteProfile | undefined {
  const mine = local?.[origin];
  const theirs = managed?.[origin];
  if (!mine && !theirs) return undefined;
  return { ...mine, ...theirs };
}

/** Every enabled origin, IT's first, without duplicates. */
export function mergeOrigins(local: readonly string[] | undefined, managed: readonly string[] | undefined): string[] {
  return Array.from(new Set([...(managed ?? []), ...(local ?? [])]));
}
