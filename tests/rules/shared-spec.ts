/**
 * Where the specification lives: `../shared` beside the checkout (as in CI), or
 * PAYER_CHECK_SHARED. Tests that need it fail with a clear message when it is missing —
 * never a silent skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const sharedDir = process.env.PAYER_CHECK_SHARED ?? resolve(projectRoot, '../shared');

export function readShared(path: string): string {
  const full = resolve(sharedDir, path);
  if (!existsSync(full)) {
    throw new Error(`${full} not found: the specification folder "shared/" must sit beside the checkout (or set PAYER_CHECK_SHARED)`);
  }
  return readFileSync(full, 'utf8');
}

/** Markdown emphasis and escapes removed, apostrophes and white space folded: what a reader sees. */
export function plain(s: string): string {
  return s.replace(/[*`\\]/g, '').replace(/\s+/g, ' ').trim();
}
