// What is worked out once from an object of the official format (a format, a layout, a list of
// labels or identities) and kept while the object lives: every report read or checked against
// the object asks for it again.

/** `work` (which never answers undefined), answered once per key object; the answers go when their keys do (a WeakMap). */
export function derived<K extends object, V>(work: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    const found = known.get(key);
    if (found !== undefined) return found;
    const value = work(key);
    known.set(key, value);
    return value;
  };
}

/** `work` answered once per key for as long as the function returned is kept: a report's figures while one report is checked or worded. */
export function answeredOnce<K, V>(work: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = work(key);
    known.set(key, value);
    return value;
  };
}
