/**
 * `compute`, remembered per key: running text repeats its words, so per-word answers are asked for again
 * and again. At `capacity` keys the memory is dropped whole (cheaper than tracking use; the words that
 * come next fill it again).
 */
export function remembered<V>(compute: (key: string) => V, capacity = 50_000): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = compute(key);
      if (memo.size >= capacity) memo.clear();
      memo.set(key, v);
    }
    return v;
  };
}
