/**
 * Hospital IT's policy for Payer Check, read from managed storage (Chrome/Edge: the
 * "3rdparty" extension policy, checked against assets/public/managed-schema.json; Firefox:
 * policies.json "3rdparty" → "Extensions"). Validated; no policy, a browser without managed
 * storage, or an invalid policy all read as {} — the extension then works on the clerk's
 * own settings alone.
 */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { siteSchemas, type ManagedPolicy } from '@/components/page/site-profile';

export type { ManagedPolicy };

function managedArea(): Browser.storage.StorageArea | undefined {
  return (browser.storage as { managed?: Browser.storage.StorageArea } | undefined)?.managed;
}

/** How long to wait for managed storage: a browser may never answer (Chromium, in a content script). */
const MANAGED_TIMEOUT_MS = 1_500;

/**
 * The policy, in the background or an extension page. Content scripts read the copy the
 * background keeps in local storage (`MANAGED_COPY_KEY`): Chromium never answers them.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  const area = managedArea();
  if (!area) return {};
  try {
    const raw = await Promise.race([
      area.get(['enabledOrigins', 'siteProfiles']),
      new Promise<never>((_, fail) => setTimeout(() => fail(new Error('managed storage did not answer')), MANAGED_TIMEOUT_MS)),
    ]);
    return parseManagedPolicy(raw);
  } catch {
    // Firefox rejects when no policy names the add-on: same as no policy.
    return {};
  }
}

/** The local-storage key of the background's copy of the policy (for the content script). */
export const MANAGED_COPY_KEY = 'managedPolicy';

/** Background: copies the current policy where content scripts can read it. Returns it. */
export async function copyManagedPolicy(): Promise<ManagedPolicy> {
  const policy = await readManagedPolicy();
  const stored = (await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY];
  // Written only when it changed: every content script re-reads its settings on a write.
  if (JSON.stringify(stored) !== JSON.stringify(policy)) await browser.storage.local.set({ [MANAGED_COPY_KEY]: policy });
  return policy;
}

/**
 * Keeps what is valid, key by key: a malformed site profile from IT must not also drop the
 * enabled origins.
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (record.enabledOrigins === undefined && record.siteProfiles === undefined) return {};
  const schemas = siteSchemas();
  const whole = z.safeParse(schemas.Managed, raw);
  if (whole.success) return whole.data;
  const out: { -readonly [K in keyof ManagedPolicy]: ManagedPolicy[K] } = {};
  const origins = z.safeParse(schemas.EnabledOrigins, record.enabledOrigins);
  if (origins.success) out.enabledOrigins = origins.data;
  const profiles = z.safeParse(schemas.SiteProfiles, record.siteProfiles);
  if (profiles.success) out.siteProfiles = profiles.data;
  return out;
}

/** Calls `onChange` when IT changes the policy while the browser runs. */
export function onManagedPolicyChange(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string): void => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
