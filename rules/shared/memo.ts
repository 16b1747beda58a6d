/** Tiny caches for pure builders on the hot path (the questionnaire re-decides a situation dozens of times). */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

function memoIn<K, V>(cache: Cache<K, V>, build: (key: K) => V): (key: K) => V {
  return (key: K) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = build(key);
      cache.set(key, v);
    }
    return v;
  };
}

/** Cached by value (strings, numbers, document ids). */
export const memoByKey = <K, V>(build: (key: K) => V) => memoIn(new Map<K, V>(), build);

/** Cached by the identity of an object (a citation list, a document rule), without keeping it alive. */
export const memoByRef = <K extends object, V>(build: (key: K) => V) => memoIn(new WeakMap<K, V>(), build);
