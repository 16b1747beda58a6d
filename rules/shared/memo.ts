/** Tiny caches for pure builders on the hot path (the questionnaire re-decides a situation dozens of times). */
export function memoByKey<K, V>(build: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = build(key);
      cache.set(key, v);
    }
    return v;
  };
}

/** Concatenation of citation lists, cached by the identity of the first list. */
export function memoByRef<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key: K) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = build(key);
      cache.set(key, v);
    }
    return v;
  };
}
