import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/**
 * A value kept in the browser's extension storage, validated on the way in and out: what
 * comes back from storage that breaks the schema (an old or hand-edited value) reads as the
 * fallback instead of reaching the interface.
 *
 * WARNING: never store anything about a patient. Settings only (tests/panel/privacy.test.ts).
 */
export interface ValidatedItem<T> {
  /** The stored value, or the fallback when there is none or it is invalid. */
  get(): Promise<T>;
  /** Stores `value` after validating it; rejects an invalid one. */
  set(value: T): Promise<void>;
  /** Calls `listener` with every new valid value (from any page of the extension). */
  watch(listener: (value: T) => void): () => void;
  readonly fallback: T;
}

export interface ItemOptions<T> {
  schema: z.ZodMiniType<T>;
  fallback: T;
  /** Bump with a migration when the stored shape changes (WXT runs them in order). */
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** `key` is `local:…`, `session:…` or `sync:…` (WXT's storage areas). */
export function defineValidatedItem<T>(
  key: `local:${string}` | `session:${string}` | `sync:${string}`,
  options: ItemOptions<T>,
): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, {
    fallback: options.fallback,
    version: options.version,
    // Always given (even empty), so that WXT records the version beside the first value.
    migrations: options.migrations ?? {},
  });
  const valid = (raw: unknown): T => {
    const parsed = z.safeParse(options.schema, raw);
    return parsed.success ? parsed.data : options.fallback;
  };
  return {
    fallback: options.fallback,
    get: async () => valid(await item.getValue()),
    set: async (value) => {
      const parsed = z.safeParse(options.schema, value);
      if (!parsed.success) throw new Error(`Refusing to store an invalid value under ${key}`);
      await item.setValue(parsed.data);
    },
    watch: (listener) => item.watch((raw) => listener(valid(raw))),
  };
}
